package org.newsgraph.extract.place;

import java.util.List;
import java.util.Optional;

/**
 * The name news gives an area whose GeoNames name carries its kind: "Province of Laguna" and "Kurdistan Province"
 * are "Laguna" and "Kurdistan", "Provincia di Siracusa" is "Siracusa". "County" and "Parish" stay: a bare
 * "Suffolk" or "Orleans" is more often a town, and the geocoder links the bare form to the county only when
 * the article names the county in full.
 */
final class AreaNames {

    private static final List<String> PREFIXES = List.of("Province of ", "Provincia di ", "Provincia de ",
            "Provincia del ", "Departamento de ", "Departamento del ", "Municipio de ", "Municipality of ",
            "District of ", "City of ", "Royal Borough of ", "Borough of ", "Regierungsbezirk ", "Landkreis ",
            "Kreis ", "Politischer Bezirk ", "Comuna ", "Powiat ", "Okres ", "Kabupaten ", "Kota ", "Amphoe ",
            "Markaz ", "Shahrestān-e ", "Gemeente ", "Obshtina ", "Distrito de ", "Partido de ");
    private static final List<String> SUFFIXES = List.of(" Province", " District", " Governorate", " Oblast",
            " Region", " Prefecture", " Department", " Municipality", " Division", " Rayon", " Raion", " Okrug",
            " Krai", " Kray", " Kommun", " Kommune", " Shi", " Diqu", " Tumani", " İlçesi");

    private AreaNames() {}

    /** The name without the word for its kind, if it has one and something of three letters or more is left. */
    static Optional<String> bare(String name) {
        for (String p : PREFIXES) {
            if (name.startsWith(p) && name.length() - p.length() >= 3) return Optional.of(name.substring(p.length()));
        }
        for (String s : SUFFIXES) {
            if (name.endsWith(s) && name.length() - s.length() >= 3) return Optional.of(name.substring(0, name.length() - s.length()));
        }
        return Optional.empty();
    }
}
