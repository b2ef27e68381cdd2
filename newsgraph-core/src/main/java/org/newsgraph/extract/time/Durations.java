package org.newsgraph.extract.time;

import java.util.Set;

/**
 * Stretches of time: "two days", "the past three months", "a two-year term", "five and a half hours", "the first
 * nine months", "several years", "weeks" ("for weeks"), "12 to 18 months". TimeML writes them P2D, P3M, P2Y,
 * PT5H30M, P9M, PXY, PXW; an ISO clock unit goes after a T.
 */
final class Durations {

    /** Words before a bare plural unit that make it a stretch of time ("for weeks", "in recent years"). */
    private static final Set<String> BEFORE_BARE = Set.of("for", "in", "over", "within", "after", "recent",
            "coming", "past", "last", "next", "the", "of", "take", "took", "takes", "taking", "lasted",
            "spent", "spend", "few", "many", "several", "during");

    private Durations() {}

    static Reading match(Words w, int i, Scope s) {
        int k = i;
        boolean the = w.is(k, "the");
        if (the) k++;
        boolean frame = w.is(k, "past", "last", "next", "coming", "first", "final", "previous", "following", "latest",
                "recent", "initial", "remaining", "other");
        if (frame) k++;
        if (!the && !frame && w.is(k, "recent", "coming")) k++;
        Amount a = Amount.read(w, k);
        if (a != null && w.is(a.end(), "to", "or") && Amount.read(w, a.end() + 1) != null) {
            Amount b = Amount.read(w, a.end() + 1);
            if (!b.vague() && TimeWords.UNITS.containsKey(w.bare(b.end()))) a = new Amount(null, b.end());
        }
        if (a != null) {
            int u = a.end();
            if (w.is(u, "more", "full", "straight", "consecutive", "trading", "business", "working", "calendar")) u++;
            String unit = TimeWords.UNITS.get(w.bare(u));
            if (unit == null) return null;
            if (a.value() != null && a.value() == 1 && w.bare(u).endsWith("s") && !w.bare(u).equals("days") && w.get(k).digits()) return null;
            // "44-year-old" and "37 years old" are ages, "three-quarters" a share, "a second group" an ordinal
            if (w.is(u + 1, "old")) return null;
            if (unit.equals("Q") && w.get(u).joined()) return null;
            if (w.is(u, "second") && (w.get(u + 1).pos().startsWith("NN") || w.get(u + 1).pos().startsWith("JJ"))) return null;
            if (w.get(u).capitalised() && !w.startsSentence(u) && !w.startsSentence(k)) return null;
            if (w.is(u + 1, "ago", "earlier", "later")) return null;
            // "a year" after a count or a price is a rate ("twice a year", "$5 a year"): a set, read elsewhere
            if (w.is(k, "a", "an", "per") && !the && !frame && rate(w, k)) return null;
            int end = u + 1;
            if (w.is(end, "and") && w.is(end + 1, "a") && w.is(end + 2, "half")) return half(i, end + 3, a, unit);
            if (w.is(end, "or") && w.is(end + 1, "so")) end += 2;
            if (w.is(end, "-") && w.is(end + 1, "long")) end += 2;
            else if (w.is(end, "long") && w.get(end).joined()) end++;
            return Reading.duration(i, end, value(a, unit));
        }
        if (a == null && (the || frame) && !w.is(k, "few")) {
            // "the years", "the past decade", "the first hours"
            String unit = TimeWords.UNITS.get(w.bare(k));
            if (unit == null) return null;
            if (!w.bare(k).endsWith("s") && !frame) return null;
            if (!frame && !w.is(k + 1, "ended", "ending", "since", "before", "after", "that")) return null;
            // a singular unit after a frame ("the past decade") is a deictic reading's
            if (w.bare(k).endsWith("s")) return Reading.duration(i, k + 1, "P" + clock(unit) + "X" + letter(unit));
            return null;
        }
        // "weeks", "for years", "decades-long"
        String unit = TimeWords.UNITS.get(w.bare(k));
        if (unit == null || !w.bare(k).endsWith("s") || unit.equals("WE") || unit.equals("Q") && !w.is(k - 1, "several")) {
            if (unit != null && w.is(k + 1, "long") && w.get(k + 1).joined() && !w.bare(k).endsWith("s")) {
                return Reading.duration(i, k + 2, "P" + span(unit));
            }
            return null;
        }
        if (w.is(k + 1, "ago")) return null;
        if (k == i && !BEFORE_BARE.contains(w.bare(i - 1)) && !(w.is(k + 1, "long") && w.get(k + 1).joined())) return null;
        int end = k + 1;
        if (w.is(end, "long") && w.get(end).joined()) end++;
        if (w.is(end, "or") && TimeWords.UNITS.containsKey(w.bare(end + 1))) end += 2;
        return Reading.duration(i, end, "P" + clock(unit) + "X" + letter(unit));
    }

    /** Whether "a/per UNIT" at {@code k} follows a count or a price ("twice a year", "$5 a day", "3% a year"). */
    static boolean rate(Words w, int k) {
        Word before = w.get(k - 1);
        if (w.is(k, "per")) return true;
        return before.digits() || before.bare().matches("[\\d.,]+") || before.bare().equals("%")
                || before.bare().equals("percent") || before.bare().equals("once") || before.bare().equals("twice")
                || before.bare().equals("times") || before.pos().equals("CD") || before.pos().equals("NNS")
                || before.bare().equals("cents") || before.bare().equals("dollars") || before.bare().endsWith("illion");
    }

    private static Reading half(int first, int end, Amount a, String unit) {
        double v = a.value() == null ? 0 : a.value();
        String whole = (long) v + letter(unit);
        String part = switch (unit) {
            case "H" -> "30M";
            case "MIN" -> "30S";
            case "D" -> "12H";
            case "Y" -> "6M";
            default -> "";
        };
        String value = TimeWords.clockUnit(unit) || unit.equals("D")
                ? (unit.equals("D") ? "P" + whole + "T" + part : "PT" + whole + part)
                : "P" + whole + part;
        return Reading.duration(first, end, value);
    }

    static String value(Amount a, String unit) {
        if (a.vague()) return "P" + clock(unit) + "X" + letter(unit);
        double v = a.value();
        switch (unit) {
            case "DE" -> { return "P" + count(v * 10) + "Y"; }
            case "CE" -> { return "P" + count(v * 100) + "Y"; }
            case "2W" -> { return "P" + count(v * 2) + "W"; }
            case "WE" -> { return "P" + count(v * 2) + "D"; }
            case "Q" -> { return "P" + count(v * 3) + "M"; }
            default -> { }
        }
        if (v * 2 == Math.rint(v * 2) && (unit.equals("H") || unit.equals("MIN") || unit.equals("D") || unit.equals("Y"))
                && v != Math.rint(v)) {
            // "five and a half hours": PT5H30M, as TimeML writes a half
            String whole = count(Math.floor(v));
            return switch (unit) {
                case "H" -> "PT" + whole + "H30M";
                case "MIN" -> "PT" + whole + "M30S";
                case "D" -> "P" + whole + "DT12H";
                default -> "P" + whole + "Y6M";
            };
        }
        if (v != Math.rint(v)) {
            // "1.5 years" as months, "2.5 hours" as minutes
            return switch (unit) {
                case "Y" -> "P" + count(v * 12) + "M";
                case "H" -> "PT" + count(v * 60) + "M";
                case "D" -> "PT" + count(v * 24) + "H";
                case "M" -> "P" + count(v * 30) + "D";
                default -> "P" + clock(unit) + count(v) + letter(unit);
            };
        }
        return "P" + clock(unit) + count(v) + letter(unit);
    }

    static String span(String unit) {
        return DeicticDates.span(unit);
    }

    private static String count(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    static String clock(String unit) {
        return TimeWords.clockUnit(unit) ? "T" : "";
    }

    static String letter(String unit) {
        return switch (unit) {
            case "MIN" -> "M";
            case "DE" -> "Y";
            case "CE" -> "Y";
            case "2W" -> "W";
            case "WE" -> "D";
            default -> unit;
        };
    }
}
