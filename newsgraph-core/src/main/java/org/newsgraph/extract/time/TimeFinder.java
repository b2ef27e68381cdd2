package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.TimeExpression;

/**
 * Our time expressions, TimeML style: every date, time, duration and set in a text, with its TIMEX3 type and
 * value, relative ones resolved against the article's own date (or left with unknown parts, XXXX, when there is
 * none). One pass over the words, left to right: at each word the rules each read the longest expression they
 * can, the longest reading wins, and the words it covers are done. Every rule looks a few words ahead at most, so
 * the pass is linear in the length of the text. Pure: the same analysis and date give the same expressions.
 */
public final class TimeFinder {

    /** Words that shift a point without changing its value: TimeML keeps them in the extent (mod START, END, MID). */
    private static final Set<String> POINT_MODIFIERS = Set.of("early", "late", "mid", "earlier", "later", "fiscal",
            "end", "beginning", "start", "middle", "turn", "dawn", "close");
    /** Words that qualify an amount: "about two years", "more than a decade ago", "at least 20 years". */
    private static final Set<String> AMOUNT_MODIFIERS = Set.of("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "just", "only", "barely", "over", "under", "within");

    /** A family of rules: the longest expression it reads at a word, or null. */
    private interface Rule {
        Reading match(Words w, int i, Scope s);
    }

    private static final Rule[] RULES = {CalendarDates::match, DeicticDates::match, TextAnchoredDates::match,
            Durations::match, Recurrences::match, ClockTimes::match, VagueTimes::match, Periods::match};

    private TimeFinder() {}

    /** The time expressions of an analysed text, read against {@code dct}, the article's date (null if unknown). */
    public static List<TimeExpression> find(Analysis a, LocalDate dct) {
        Words w = new Words(a);
        Scope s = new Scope(w, dct);
        List<TimeExpression> out = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < w.size(); i++) {
            if (i < done) continue;
            Reading r = longest(w, i, s, done);
            if (r == null) continue;
            out.add(expression(a, w, r));
            if (r.point() != null) s.named(r.point(), r.anchored());
            done = r.end();
        }
        return out;
    }

    private static Reading longest(Words w, int i, Scope s, int done) {
        Reading best = at(w, i, s);
        int m = modifier(w, i);
        if (m > 0) {
            Reading inner = at(w, i + m, s);
            if (inner != null && inner.first() == i + m && fits(w, i, inner)) {
                Reading wide = inner.from(i);
                if (best == null || wide.length() > best.length()) best = wide;
            }
        }
        if (best != null && best.first() < done) best = best.first() == done - 1 ? null : best;
        return best;
    }

    /** The longest reading of any rule starting at word {@code i}. */
    private static Reading at(Words w, int i, Scope s) {
        Reading best = null;
        for (Rule rule : RULES) {
            s.begin();
            Reading r = rule.match(w, i, s);
            if (r != null && (best == null || r.length() > best.length())) best = r.anchored(s.leaned());
        }
        return best;
    }

    /** How many words of modifier start at {@code i}: "early", "the end of", "more than", "at least". */
    private static int modifier(Words w, int i) {
        String b = w.bare(i);
        if (w.is(i, "the") && POINT_MODIFIERS.contains(w.bare(i + 1)) && w.is(i + 2, "of")) return 3;
        if (b.equals("end") && w.is(i + 1, "of")) return 2;
        if (POINT_MODIFIERS.contains(b) && !w.is(i + 1, "of")) return 1;
        if (w.is(i, "more", "less", "fewer") && w.is(i + 1, "than")) return 2;
        if (w.is(i, "at") && w.is(i + 1, "least", "most")) return 2;
        if (w.is(i, "up") && w.is(i + 1, "to")) return 2;
        if (AMOUNT_MODIFIERS.contains(b)) return 1;
        return 0;
    }

    /** Whether the modifier at {@code i} belongs to the reading after it. */
    private static boolean fits(Words w, int i, Reading inner) {
        String b = w.bare(i);
        boolean amount = AMOUNT_MODIFIERS.contains(b) || w.is(i, "more", "less", "fewer", "at", "up");
        boolean counted = inner.type().equals("DURATION") || w.is(inner.end() - 1, "ago", "earlier", "later");
        if (amount) return counted && !w.is(i, "within", "over", "under") && !b.equals("some") || b.equals("some") && counted;
        if (b.equals("earlier") || b.equals("later")) {
            return w.is(i + 1, "this", "that", "last", "next", "today", "yesterday", "tomorrow")
                    || TimeWords.WEEKDAYS.containsKey(w.bare(i + 1)) || TimeWords.month(w.get(i + 1)) != null;
        }
        if (b.equals("fiscal")) return CalendarDates.year(w, i + 1);
        return inner.type().equals("DATE") || inner.type().equals("TIME");
    }

    private static TimeExpression expression(Analysis a, Words w, Reading r) {
        Word first = w.get(r.first());
        Word last = w.get(r.end() - 1);
        return new TimeExpression(a.text().substring(first.start(), last.end()), r.type(), r.value(), first.start(),
                last.end(), first.token(), last.token() + 1, r.anchored());
    }
}
