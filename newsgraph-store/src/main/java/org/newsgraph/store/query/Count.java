package org.newsgraph.store.query;

/** A value and how many times it occurs. */
public record Count(String value, int n) {}
