package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two sides of a negotiation an article tells of, when the article names exactly two through their
 * negotiators ("the Israeli delegation", "Hamas' negotiating team"): then "Negotiators were to meet" is a meeting
 * of those two, the side the article names more often first.
 */
final class Sides {

    private final List<String> sides;

    private Sides(List<String> sides) {
        this.sides = sides;
    }

    /** @param parties every actor of the article, in text order */
    static Sides of(List<Party> parties) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Party p : parties) if (p.kind() != Party.Kind.PRONOUN) mentions.merge(p.name(), 1, Integer::sum);
        List<String> found = new ArrayList<>();
        for (Party p : parties) {
            if (p.kind() != Party.Kind.COUNTRY && p.kind() != Party.Kind.ORGANISATION) continue;
            String head = ActorNouns.singular(p.head());
            boolean negotiating = ActorNouns.NEGOTIATING.contains(head)
                    || head.equals("team") && p.surface().toLowerCase(java.util.Locale.ROOT).contains("negotiat");
            if (negotiating && !found.contains(p.name())) found.add(p.name());
        }
        if (found.size() != 2) return new Sides(List.of());
        List<String> order = new ArrayList<>(mentions.keySet());
        found.sort((a, b) -> {
            int d = mentions.get(b) - mentions.get(a);
            return d != 0 ? d : order.indexOf(a) - order.indexOf(b);
        });
        return new Sides(found);
    }

    /** Whether an act's only named party is a negotiating role without a name ("Negotiators", "the delegations"). */
    static boolean unnamed(Party p) {
        return p != null && p.kind() == Party.Kind.GROUP && p.bare()
                && ActorNouns.NEGOTIATING.contains(ActorNouns.singular(p.head()));
    }

    boolean known() {
        return sides.size() == 2;
    }

    String first() {
        return sides.get(0);
    }

    String second() {
        return sides.get(1);
    }
}
