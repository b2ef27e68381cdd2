package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * Who did what the figure counts, when the sentence names them: the subject of the verb before the number
 * ("Hamas killed some 1,200"), an agent after it ("were killed by Israeli settlers"), or the maker of the
 * weapon ("killed in an Israeli air strike": Israeli, or the actor the NLP stage gave that word).
 */
public final class PerpetratorOf {

    private static final Set<String> WEAPONS = Set.of("strike", "strikes", "airstrike", "airstrikes", "attack",
            "attacks", "raid", "raids", "bombing", "bombardment", "shelling", "shell", "missile", "rocket", "drone",
            "assault", "offensive", "operation", "fire", "gunfire");
    private static final Set<String> HARM = Set.of("killed", "wounded", "hostages", "prisoners", "arrested",
            "displaced", "missing", "casualties");
    private static final Set<String> SKIP = Set.of("have", "has", "had", "reportedly", "allegedly", "also",
            "then", "later", "say", "says", "said");

    private PerpetratorOf() {}

    public static String find(Passage p, Quantity q, Qualifier qualifier, CountedPhrase phrase, String kind) {
        if (!HARM.contains(kind)) return null;
        int start = qualifier != null && qualifier.first() < q.first() ? qualifier.first() : q.first();
        int cue = WhatIsCounted.cueBefore(p, start);
        if (cue >= 0 && !p.word(cue).is("toll", "dead")) {   // a toll has no agent: "the Gaza death toll"
            int j = cue - 1;
            while (p.word(j) != null && (SKIP.contains(p.word(j).lower()) || WhatIsCounted.quoteMark(p.word(j)))) j--;
            String name = Names.endingAt(p, j);
            if (name == null && p.word(j) != null && p.word(j).letters()) {
                name = Names.endingAt(p, j - 1) != null ? Names.endingAt(p, j - 1) + " " + p.word(j).text() : null;
            }
            if (name != null) return name;
        }
        int from = Math.max(phrase.head(), q.last()) + 1;
        for (int i = from; i < Math.min(p.words().size(), from + 8); i++) {
            Word w = p.word(i);
            if (w.is(".", ";")) break;
            if (w.is("by") && !p.wordIs(i + 1, "the", "a")) {
                String name = Names.startingAt(p, i + 1);
                if (name != null) return name;
            }
            if (w.is("in", "by") && p.wordIs(i + 1, "a", "an", "the")) {
                Word maker = p.word(i + 2);
                if (maker != null && maker.capitalised() && maker.letters()) {
                    int k = i + 3;
                    while (p.word(k) != null && p.word(k).letters() && !WEAPONS.contains(p.word(k).lower())
                            && k < i + 5) k++;
                    if (p.word(k) != null && WEAPONS.contains(p.word(k).lower())) return Names.startingAt(p, i + 2);
                }
            }
        }
        return null;
    }
}
