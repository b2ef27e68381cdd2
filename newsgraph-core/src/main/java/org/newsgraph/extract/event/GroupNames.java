package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name per group within an article. Phrases sharing a compound modifier name one group ("US-led military
 * forces", "US-led coalition"): it goes by the head the article itself uses on its own, as "the coalition", most
 * often. A bare "the coalition" is that group when the article has only one so named. A bare singular noun that
 * names no group of the article ("the government" alone) is no actor we can name.
 */
final class GroupNames {

    private static final Pattern COMPOUND = Pattern.compile(
            "^(\\S+-(?:led|linked|backed|based|allied|aligned|supported|sponsored|affiliated|funded|run|controlled))\\s");

    /** Chosen name per compound modifier ("us-led" to "US-led coalition"). */
    private final Map<String, String> byModifier = new LinkedHashMap<>();

    private GroupNames() {}

    /** @param parties every actor of the article; {@code text} the article body */
    static GroupNames of(List<Party> parties, String text) {
        GroupNames g = new GroupNames();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (Party p : parties) {
            if (p.kind() != Party.Kind.GROUP) continue;
            String key = modifier(p.name());
            if (key != null) variants.computeIfAbsent(key, k -> new ArrayList<>()).add(p.name());
        }
        for (Map.Entry<String, List<String>> e : variants.entrySet()) {
            String best = null;
            long bestScore = -1;
            for (String v : e.getValue()) {
                long score = definite(text, lastWord(v)) * 1000 + e.getValue().stream().filter(v::equals).count();
                if (score > bestScore) { best = v; bestScore = score; }
            }
            g.byModifier.put(e.getKey(), best);
        }
        return g;
    }

    /** The group's name in this article, or null when it is a bare singular noun that names none of its groups. */
    String name(Party p) {
        if (p == null) return null;
        if (p.kind() != Party.Kind.GROUP) return p.name();
        String key = modifier(p.name());
        if (key != null) return byModifier.getOrDefault(key, p.name());
        if (!p.bare()) return p.name();
        // "Negotiators", "Mediators": roles whose holders the sentence does not name
        if (ActorNouns.NEGOTIATING.contains(ActorNouns.singular(p.head()))) return null;
        String head = lastWord(p.name());
        List<String> same = byModifier.values().stream().filter(v -> lastWord(v).equals(head)).distinct().toList();
        if (same.size() == 1) return same.get(0);
        return p.plural() ? p.name() : null;
    }

    private static String modifier(String name) {
        Matcher m = COMPOUND.matcher(name);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    /** How often the article says "the HEAD" with nothing between. */
    private static long definite(String text, String head) {
        Matcher m = Pattern.compile("\\bthe " + Pattern.quote(head) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        long n = 0;
        while (m.find()) n++;
        return n;
    }
}
