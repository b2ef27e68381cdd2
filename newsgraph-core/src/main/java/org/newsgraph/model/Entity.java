package org.newsgraph.model;

/** A named-entity mention. type: PERSON | ORGANIZATION | LOCATION | MISC; actor: canonical actor name or null. */
public record Entity(String text, String type, String actor, int start, int end) {}
