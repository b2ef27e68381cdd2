package org.newsgraph.extract.event;

/** A word or phrase that reports an act of a PLOVER type, with its span in the text searched. */
public record Cue(String type, int start, int end) {}
