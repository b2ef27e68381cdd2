package org.newsgraph.model;

/**
 * A place mention resolved to a GeoNames entry.
 *
 * @param name         the mention as the text gives it ("Rafah")
 * @param country      ISO 3166-1 alpha-2 code of the country it lies in
 * @param geonameId    GeoNames id; null for an area, region or sea, whose id our bundled data lacks
 * @param geoname      the GeoNames name of the entry ("Rafaḩ")
 * @param admin1       the first-level administrative area's name ("Gaza Strip"), null for countries and regions
 * @param featureClass GeoNames feature class: A (country, state, county), P (populated place), H (sea, ocean),
 *                     L (region, continent)
 */
public record Place(String name, String country, Double lat, Double lon, Long geonameId, int start, int end,
                    String geoname, String admin1, String featureClass) {

    /** The contract's first fields only, for readers of older output. */
    public Place(String name, String country, Double lat, Double lon, Long geonameId, int start, int end) {
        this(name, country, lat, lon, geonameId, start, end, null, null, null);
    }
}
