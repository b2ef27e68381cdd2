package org.newsgraph.model;

/** A place mention resolved to a GeoNames entry. */
public record Place(String name, String country, Double lat, Double lon, Long geonameId, int start, int end) {}
