package org.newsgraph.extract.figure;

/**
 * "one" is mostly a pronoun or a determiner ("one of the", "one day", "no one"). It is a figure only with a
 * hedge ("at least one") or right before a counted noun ("one soldier", "one person").
 */
final class PronounOne implements Exclusion {

    @Override
    public boolean excludes(Passage p, Quantity q) {
        Word w = p.words().get(q.first());
        if (q.first() != q.last() || !w.is("one", "a", "an")) return false;
        if (Qualifiers.of(p.words(), q) != null) return false;
        Word after = p.word(q.last() + 1);
        return after == null || !(CountVocabulary.noun(after.lower()) != null
                || after.is("person", "civilian", "child", "man", "woman", "people"));
    }
}
