package org.newsgraph.extract.place;

/** A mention and the gazetteer entry it was resolved to, with the winning score (for tracing, not a probability). */
public record Resolution(Mention mention, GeoEntry entry, double score) {}
