package org.newsgraph.store.query;

/**
 * One place however the articles name it: "US", "U.S." and "United States" resolve to one gazetteer entry and are
 * one place on the map and in the facets. Rows group by the entry (its GeoNames id, else its gazetteer name and
 * country, for areas and regions whose ids our data lacks); a place named one way only keeps the article's
 * spelling, a place named several ways shows its gazetteer name.
 */
final class PlaceKey {

    /** The grouping key over {@code places p}. */
    static final String KEY = "COALESCE(CAST(p.geoname_id AS TEXT), p.geoname || '|' || COALESCE(p.country, ''), p.name)";

    /** The name a group shows. */
    static final String SHOWN = "CASE WHEN count(DISTINCT p.name) = 1 THEN min(p.name)"
            + " ELSE COALESCE(min(p.geoname), min(p.name)) END";

    private PlaceKey() {}
}
