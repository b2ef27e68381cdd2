package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named place the gazetteer does not hold (an airport, a park, a district) that the text puts inside one it does:
 * "Toronto's Pearson airport", "Riverside Hospital in Dayton". It stands at its host's point, with no GeoNames id
 * of its own: the text says where it is, the gazetteer cannot say more.
 */
final class Hosts {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s? ");
    private static final Pattern IN = Pattern.compile(" (?:in|at) (?:the )?");

    /** Last words of facilities the tagger may type as organisations ("Pearson International Airport"). */
    private static final java.util.Set<String> FACILITIES = java.util.Set.of("airport", "hospital", "park", "stadium",
            "arena", "church", "cathedral", "mosque", "synagogue", "temple", "square", "bridge", "station", "museum",
            "gallery", "prison", "jail", "mall", "market", "centre", "center", "campus", "palace");

    private Hosts() {}

    /** Whether an entity may name a place of its own: a LOCATION, or an organisation named as a facility. */
    static boolean hostable(org.newsgraph.model.Entity e) {
        if (e.type().equals("LOCATION")) return true;
        if (!e.type().equals("ORGANIZATION")) return false;
        String[] words = e.text().split("\\s+");
        return words.length > 1 && FACILITIES.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /** The host of an unresolved mention among the resolved ones, if the text writes one. */
    static Optional<Resolution> of(String text, Mention m, List<Resolution> resolved) {
        List<Resolution> hosts = new ArrayList<>();
        for (Resolution r : resolved) {
            GeoEntry.Kind k = r.entry().kind();
            if (k != GeoEntry.Kind.CITY && k != GeoEntry.Kind.ADMIN2) continue;
            Mention h = r.mention();
            if (h.end() <= m.start() && m.start() - h.end() <= 3
                    && POSSESSIVE.matcher(text.substring(h.end(), m.start())).matches()) hosts.add(r);
            if (h.start() >= m.end() && h.start() - m.end() <= 8
                    && IN.matcher(text.substring(m.end(), h.start())).matches()) hosts.add(r);
        }
        return hosts.stream().findFirst();
    }
}
