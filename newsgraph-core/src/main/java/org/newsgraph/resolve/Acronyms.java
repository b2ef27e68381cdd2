package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Acronyms of names: "PMF" of "Popular Mobilization Forces". */
final class Acronyms {

    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "in", "on", "&", "de", "al");

    private Acronyms() {}

    static boolean looksLikeAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** True when the capitals of the name's words, small words left out or kept, spell the acronym. */
    static boolean abbreviates(String acronym, String name) {
        String a = acronym.replace(".", "");
        return a.equals(initials(name, false)) || a.equals(initials(name, true));
    }

    private static String initials(String name, boolean keepSmall) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty()) continue;
            if (!keepSmall && SMALL.contains(w.toLowerCase())) continue;
            words.add(w);
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(Character.toUpperCase(w.charAt(0)));
        return b.toString();
    }
}
