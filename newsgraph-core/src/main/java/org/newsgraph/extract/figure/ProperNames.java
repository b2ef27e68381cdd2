package org.newsgraph.extract.figure;

/**
 * Numbers inside names: "G20", "MH17", "F-16", "COVID-19", "Resolution 2334", "Apollo 11", "Channel Four".
 * Digits glued to letters or to a hyphenated name, a capitalised word right before a number (not at the
 * start of the sentence) not followed by what it counts, or a capitalised number word inside a sentence.
 */
final class ProperNames implements Exclusion {

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (q.unit() != null || q.vague()) return false;
        Word first = p.words().get(q.first());
        Word before = p.word(q.first() - 1);
        if (before != null && before.touches(first) && before.letters()) return true;             // G20, MH17
        if (before != null && before.is("-") && before.touches(first)) {                        // F-16
            Word name = p.word(q.first() - 2);
            if (name != null && name.letters() && name.touches(before)) return true;
        }
        if (first.letters() && first.capitalised() && q.first() > 0 && !allCaps(p)) return true; // Channel Four
        if (before != null && before.letters() && before.capitalised() && q.first() - 1 > 0 && !allCaps(before)) {
            // "Apollo 11 landed" is a name; "On Thursday 6 soldiers died" counts soldiers
            return CountedPhrase.after(p, q, q.last() + 1).head() != q.last() + 1;
        }
        return false;
    }

    /** Subheads in capitals ("TWO KILLED IN RAID") give no case information. */
    private static boolean allCaps(Passage p) {
        String s = p.sentence().text();
        return s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean allCaps(Word w) {
        return w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT));
    }
}
