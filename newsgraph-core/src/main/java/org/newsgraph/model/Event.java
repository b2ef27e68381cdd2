package org.newsgraph.model;

/** An actor-action-target event; action is a PLOVER type. */
public record Event(String source, String action, String target, String date, String place, int start, int end) {}
