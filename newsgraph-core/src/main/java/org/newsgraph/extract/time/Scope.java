package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a time expression is read against: the article's own date (null when unknown), the point the text named
 * last (the anchor of "a day earlier", "the following year"), and the tense around a word.
 */
final class Scope {

    /** PRESENT is a present-tense verb: it ends the search for a tense, and reads as no tense. */
    enum Tense { PAST, FUTURE, PRESENT, UNKNOWN }

    private static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "upcoming", "looming", "scheduled",
            "due", "coming", "plans", "plan", "expected", "expects", "expect", "slated", "await", "awaiting", "would",
            "should", "must", "might", "could", "wo", "going");
    /** Words right before a date that say which side of the article's day it lies: "by Friday", "since May". */
    private static final Set<String> AHEAD = Set.of("by", "until", "till", "next", "effective");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "of", "end", "beginning", "the");
    private static final Set<String> BEHIND = Set.of("since", "last", "ago");

    final Words words;
    private final LocalDate dct;
    private Point last;
    private boolean lastAnchored;
    private Point quarter;
    private boolean quarterAnchored;
    /** Whether the rule reading now has leaned on the article's date. */
    private boolean leaned;
    /** Where a phrase that holds the expression starts ("until 9 a.m. Tuesday"): its tense is read from there. */
    private int readFrom = -1;

    void readFrom(int i) {
        readFrom = i;
    }
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
        if (p.grain() == Grain.QUARTER) {
            quarter = p;
            quarterAnchored = anchored;
        }
    }

    /** The quarter the text named last: results compare "the quarter" with "a year ago" in its terms. */
    Point quarter() {
        if (quarter != null) leaned |= quarterAnchored;
        return quarter;
    }

    /** Starts reading one expression: forgets whether the last one leaned on the article's date. */
    void begin() {
        leaned = false;
    }

    boolean leaned() {
        return leaned;
    }

    /**
     * The tense of the clause around words {@code [first, end)}: a word right before that says the side ("by
     * Friday", "since May"), else the nearest verb or future cue before it in its sentence, else after it.
     */
    Tense tense(int first, int end) {
        Tense t = tenseOrPresent(first, end);
        return t == Tense.PRESENT ? Tense.UNKNOWN : t;
    }

    /** As {@link #tense}, but telling a present-tense clause ("meets Monday") from one with no verb at all. */
    Tense tenseOrPresent(int first, int end) {
        if (readFrom >= 0 && readFrom < first) first = readFrom;
        int b = first - 1;
        while (b > first - 4 && MODIFIERS.contains(words.bare(b))) b--;
        String before = words.bare(b);
        if (AHEAD.contains(before)) return Tense.FUTURE;
        if (BEHIND.contains(before)) return Tense.PAST;
        int s = words.sentence(first);
        int from = words.sentenceStart(s);
        int to = words.sentenceEnd(s);
        for (int k = first - 1; k >= from; k--) {
            if (words.is(k, ",", ";", ":", "--", "but") && k < first - 1) break;
            Tense t = of(k);
            if (t != Tense.UNKNOWN) return t;
        }
        // after the expression only the first verb counts ("On May 4, investigators, wondering how ...")
        for (int k = end; k < to; k++) {
            Word w = words.get(k);
            if (w.pos().equals("MD")) return w.bare().equals("will") || w.bare().equals("shall") || w.bare().equals("'ll") ? Tense.FUTURE : Tense.UNKNOWN;
            if (w.pos().startsWith("VB")) {
                Tense t = of(k);
                return t == Tense.PRESENT ? Tense.PRESENT : t == Tense.PAST ? Tense.PAST : Tense.UNKNOWN;
            }
        }
        return Tense.UNKNOWN;
    }

    private Tense of(int k) {
        Word w = words.get(k);
        String b = w.bare();
        if (FUTURE_CUES.contains(b)) {
            if (b.equals("going") && !words.is(k + 1, "to")) return Tense.UNKNOWN;
            if ((b.startsWith("plan") || b.startsWith("expect")) && !w.pos().startsWith("VB")) return Tense.UNKNOWN;
            if (b.equals("coming") && !w.pos().startsWith("JJ") && !w.pos().startsWith("VBG")) return Tense.UNKNOWN;
            if (b.equals("expected") && !words.is(k - 1, "is", "are", "'s", "'re", "be")) return Tense.UNKNOWN;
            return Tense.FUTURE;
        }
        if (w.pos().equals("MD") && b.equals("may")) return Tense.FUTURE;
        String pos = w.pos();
        if (pos.equals("VBD")) return Tense.PAST;
        if (pos.equals("VBN")) {
            // "will be paid", "is expected": the auxiliary before decides
            if (words.is(k - 1, "be", "being", "is", "are", "'s", "'re", "am")) return Tense.UNKNOWN;
            return Tense.PAST;
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) return Tense.PRESENT;
        // "is to resume Tuesday", "planned to leave on Thursday"
        if (pos.equals("VB") && words.is(k - 1, "to")) return Tense.FUTURE;
        return Tense.UNKNOWN;
    }
}
