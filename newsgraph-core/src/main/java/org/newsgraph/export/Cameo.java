package org.newsgraph.export;

import java.util.Map;

/**
 * PLOVER types as CAMEO root codes, for GDELT's event columns. Written for newsgraph from the PLOVER 2021
 * category definitions (CAMEO 03 express intent to cooperate is AGREE, 08 yield is CONCEDE or RETREAT, ...).
 * Goldstein values are the CAMEO scale's values for each root's base code (X0), rounded to one decimal.
 *
 * @param root      two-digit CAMEO root code
 * @param quadClass GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record Cameo(String root, int quadClass, double goldstein) {

    static final Map<String, Cameo> BY_PLOVER = Map.ofEntries(
            Map.entry("AGREE", new Cameo("03", 1, 4.0)),
            Map.entry("CONSULT", new Cameo("04", 1, 1.0)),
            Map.entry("SUPPORT", new Cameo("05", 1, 3.5)),
            Map.entry("COOPERATE", new Cameo("06", 2, 6.0)),
            Map.entry("AID", new Cameo("07", 2, 7.0)),
            Map.entry("CONCEDE", new Cameo("08", 2, 5.0)),
            Map.entry("RETREAT", new Cameo("08", 2, 5.0)),
            Map.entry("REQUEST", new Cameo("10", 3, -5.0)),
            Map.entry("ACCUSE", new Cameo("11", 3, -2.0)),
            Map.entry("REJECT", new Cameo("12", 3, -4.0)),
            Map.entry("THREATEN", new Cameo("13", 3, -4.4)),
            Map.entry("PROTEST", new Cameo("14", 3, -6.5)),
            Map.entry("MOBILIZE", new Cameo("15", 4, -7.2)),
            Map.entry("SANCTION", new Cameo("16", 4, -4.0)),
            Map.entry("COERCE", new Cameo("17", 4, -7.0)),
            Map.entry("ASSAULT", new Cameo("18", 4, -9.0)));

    public static Cameo of(String plover) {
        Cameo c = BY_PLOVER.get(plover);
        if (c == null) throw new IllegalArgumentException("not a PLOVER type: " + plover);
        return c;
    }

    /** The base code, the root followed by 0 ("180"): our events carry no finer CAMEO distinction. */
    public String base() {
        return root + "0";
    }
}
