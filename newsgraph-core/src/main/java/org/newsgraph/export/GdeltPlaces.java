package org.newsgraph.export;

import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.model.Place;

/**
 * Our places in GDELT's location sub-fields. Country codes are ISO 3166-1 alpha-2 where GDELT writes FIPS 10-4,
 * first-level areas are ISO country + GeoNames admin1 code, feature ids are GeoNames ids (docs/EXPORTS.md).
 */
final class GdeltPlaces {

    private GdeltPlaces() {}

    /** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
    static int type(Place p) {
        boolean us = "US".equals(p.country());
        if ("P".equals(p.featureClass())) return us ? 3 : 4;
        if ("A".equals(p.featureClass()) && p.admin1() != null) return us ? 2 : 5;
        return 1;
    }

    static String fullName(Place p) {
        String country = p.country() == null ? null
                : Gazetteer.get().country(p.country()).map(c -> c.name()).orElse(p.country());
        String own = p.geoname() != null ? p.geoname() : p.name();
        StringBuilder b = new StringBuilder(own);
        if (p.admin1() != null && !p.admin1().equals(own)) b.append(", ").append(p.admin1());
        if (country != null && !country.equals(own)) b.append(", ").append(country);
        return b.toString();
    }
}
