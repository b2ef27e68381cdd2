package org.newsgraph.extract.place;

/**
 * One gazetteer entry.
 *
 * @param id          GeoNames id, or null (areas and regions: our bundled data lacks their ids)
 * @param kind        what sort of place it is; decides how a bare name is read
 * @param featureCode GeoNames feature code (PPLC, PPLA, PPL, PCLI, ADM1, ADM2, CONT, RGN, SEA, OCN)
 * @param admin1      first-level area code within the country ("GA" for Georgia, US), or null
 * @param population  people living there (0 when unknown)
 */
public record GeoEntry(Long id, String name, Kind kind, String country, String admin1, String featureCode,
                       long population, double lat, double lon) {

    /**
     * CONTINENT; REGION: a named part of the world or a sea ("Middle East", "Mediterranean"), inside one country
     * or none; COUNTRY; ADMIN1: states and provinces; ADMIN2: counties and districts; CITY: populated places.
     */
    public enum Kind { CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, CITY }

    /**
     * GeoNames feature class: A for countries and their areas, P for populated places, H for seas and oceans,
     * L for continents and regions.
     */
    public String featureClass() {
        return switch (kind) {
            case CONTINENT -> "L";
            case REGION -> isWater() ? "H" : "L";
            case COUNTRY, ADMIN1, ADMIN2 -> "A";
            case CITY -> "P";
        };
    }

    private boolean isWater() {
        return switch (featureCode) {
            case "OCN", "SEA", "GULF", "STRT", "BAY", "CNL", "LK", "STM" -> true;
            default -> false;
        };
    }

    /** Whether this entry lies inside {@code outer} (a country or an area). */
    public boolean within(GeoEntry outer) {
        if (outer == this || outer.country == null || !outer.country.equals(country)) return false;
        return switch (outer.kind) {
            case COUNTRY -> kind != Kind.COUNTRY && kind != Kind.CONTINENT;
            case ADMIN1 -> (kind == Kind.CITY || kind == Kind.ADMIN2) && outer.admin1.equals(admin1);
            default -> false;
        };
    }

    /** Great-circle distance in km. */
    public double km(double lat2, double lon2) {
        return Distance.km(lat, lon, lat2, lon2);
    }
}
