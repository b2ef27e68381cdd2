package org.newsgraph.extract.figure;

import org.newsgraph.model.Entity;

/**
 * Reads a name at a word position: the NLP stage's entity there (under its canonical actor name when it has
 * one), else the run of capitalised words, so the rules still work before the NLP stage has run.
 */
public final class Names {

    private Names() {}

    /** The name whose last word is words[i], or null. */
    public static String endingAt(Passage p, int i) {
        Word w = p.word(i);
        if (w == null || !w.letters() || !w.capitalised()) return null;
        Entity e = p.entityAt(w);
        if (e != null) return canonical(e);
        int from = i;
        while (from - 1 >= 0 && p.word(from - 1).letters() && p.word(from - 1).capitalised()) from--;
        if (p.word(from).is("The", "A", "An") && from < i) from++;
        return join(p, from, i);
    }

    /** The name whose first word is words[i], or null. */
    public static String startingAt(Passage p, int i) {
        Word w = p.word(i);
        if (w == null || !w.letters() || !w.capitalised()) return null;
        Entity e = p.entityAt(w);
        if (e != null) return canonical(e);
        int to = i;
        while (to + 1 < p.words().size() && p.word(to + 1).letters() && p.word(to + 1).capitalised()) to++;
        return join(p, i, to);
    }

    /** An entity's canonical actor name when the NLP stage resolved it, else its text. */
    public static String canonical(Entity e) {
        return e.actor() != null && !e.actor().isBlank() ? e.actor() : e.text();
    }

    private static String join(Passage p, int from, int to) {
        return p.text().substring(p.word(from).start(), p.word(to).end());
    }
}
