package org.newsgraph.extract.place;

/**
 * One gazetteer entry.
 *
 * @param id          GeoNames id, or null (first-level areas: our bundled data lacks their ids)
 * @param kind        what sort of place it is; decides how a bare name is read
 * @param featureCode GeoNames feature code (PPLC, PPLA, PPL, PCLI, ADM1, CONT, RGN)
 * @param admin1      first-level area code within the country ("GA" for Georgia, US), or null
 * @param population  people living there (0 when unknown)
 */
public record GeoEntry(Long id, String name, Kind kind, String country, String admin1, String featureCode,
                       long population, double lat, double lon) {

    public enum Kind { CONTINENT, COUNTRY, ADMIN1, CITY }

    /** GeoNames feature class: A for countries and states, P for populated places, L for continents and regions. */
    public String featureClass() {
        return switch (kind) {
            case CONTINENT -> "L";
            case COUNTRY, ADMIN1 -> "A";
            case CITY -> "P";
        };
    }

    /** Whether this entry lies inside {@code outer} (a country or first-level area). */
    public boolean within(GeoEntry outer) {
        if (outer == this || outer.country == null || !outer.country.equals(country)) return false;
        return switch (outer.kind) {
            case COUNTRY -> kind != Kind.COUNTRY && kind != Kind.CONTINENT;
            case ADMIN1 -> kind == Kind.CITY && outer.admin1.equals(admin1);
            default -> false;
        };
    }

    /** Great-circle distance in km. */
    public double km(double lat2, double lon2) {
        return Distance.km(lat, lon, lat2, lon2);
    }
}
