package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a time expression is read against: the article's own date (null when unknown), the point the text named
 * last (the anchor of "a day earlier", "the following year"), and the tense around a word.
 */
final class Scope {

    enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "upcoming", "looming", "scheduled",
            "due", "coming", "planned", "plans", "plan", "expected", "expects", "expect", "slated", "until", "till",
            "by", "before", "await", "awaiting", "set");
    private static final int WINDOW = 8;

    final Words words;
    private final LocalDate dct;
    private Point last;
    private boolean lastAnchored;
    /** Whether the rule reading now has leaned on the article's date. */
    private boolean leaned;
    /** The year a sentence opens with ("In 2019, ..."), for the yearless dates inside it; by sentence index. */
    int frameSentence = -1;
    int frameYear;

    Scope(Words words, LocalDate dct) {
        this.words = words;
        this.dct = dct;
    }

    boolean anchored() {
        return dct != null;
    }

    /** The article's date; reading it marks the expression being read as anchored. */
    LocalDate dct() {
        leaned = true;
        return dct;
    }

    Point today() {
        return new Point(dct(), Grain.DAY);
    }

    /** The point the text named last, or null. */
    Point last() {
        if (last != null) leaned |= lastAnchored;
        return last;
    }

    void named(Point p, boolean anchored) {
        last = p;
        lastAnchored = anchored;
    }

    /** Starts reading one expression: forgets whether the last one leaned on the article's date. */
    void begin() {
        leaned = false;
    }

    boolean leaned() {
        return leaned;
    }

    /** The tense of the clause around word {@code i}: the nearest verb or future cue before it, else after it. */
    Tense tense(int first, int end) {
        int s = words.sentence(first);
        int from = words.sentenceStart(s);
        int to = words.sentenceEnd(s);
        for (int k = first - 1; k >= from && first - k <= WINDOW; k--) {
            Tense t = of(k);
            if (t != Tense.UNKNOWN) return t;
        }
        for (int k = end; k < to && k - end < WINDOW; k++) {
            Tense t = of(k);
            if (t != Tense.UNKNOWN) return t;
        }
        return Tense.UNKNOWN;
    }

    private Tense of(int k) {
        Word w = words.get(k);
        if (FUTURE_CUES.contains(w.bare()) && !(w.bare().equals("set") && !w.pos().startsWith("VB"))) {
            if (w.bare().equals("by") || w.bare().equals("before") || w.bare().equals("until")) return Tense.UNKNOWN;
            return Tense.FUTURE;
        }
        if (w.bare().equals("going") && words.is(k + 1, "to")) return Tense.FUTURE;
        String pos = w.pos();
        if (pos.equals("VBD")) return Tense.PAST;
        if (pos.equals("VBN") && (words.is(k - 1, "has", "have", "had", "was", "were", "been")
                || words.is(k - 2, "has", "have", "had", "was", "were"))) return Tense.PAST;
        return Tense.UNKNOWN;
    }
}
