package org.newsgraph.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Dates the calendar names outright: "Aug. 7, 1998", "7 August", "August 1998", "June last year", "1998", "the
 * 1990s", "the 20th century", "1998-08-07", "8/7/98". A day or month without its year takes the year of a sentence
 * that opens with one ("In 2019, ... on May 4"), of a date it is listed with ("May 4 and June 1, 2019"), else the
 * article's own year, moved by tense (a past "Dec. 20" read in January is last year's). A year inside a name
 * ("Vision 2035", "Agenda 2063", "Windows 2000") is no date.
 */
final class CalendarDates {

    /** Capitalised words before a year that still make it a date ("In 2019", "Summer 2020", "Fiscal 1990"). */
    private static final Set<String> BEFORE_YEAR = Set.of("in", "since", "until", "till", "by", "from", "through",
            "during", "before", "after", "of", "for", "to", "and", "or", "early", "late", "mid", "fiscal", "fy",
            "spring", "summer", "fall", "autumn", "winter", "christmas", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "the", "year", "calendar", "end",
            "between", "around", "circa", "about", "beginning", "start", "middle", "as", "at", "on", "than", "but",
            "is", "was", "be", "will", "unlike", "like", "last", "this", "next", "with", "that", "whereas");
    private static final Set<String> NOT_AFTER_YEAR = Set.of("%", "percent", "per", "people", "points", "point",
            "persons", "times", "troops", "soldiers", "units", "feet", "meters", "metres", "miles", "km", "kilometers",
            "tons", "tonnes", "dollars", "pounds", "euros", "acres", "shares", "cars", "homes", "jobs", "members");
    private static final Set<String> NOT_BEFORE_YEAR = Set.of("$", "#", "no", "number", "route", "flight", "room",
            "page", "section", "article", "resolution", "model", "a", "an", "some", "about", "nearly", "almost",
            "over", "than", "only", "just", "least", "all", "those", "these", "the");

    private CalendarDates() {}

    static Reading match(Words w, int i, Scope s) {
        Word x = w.get(i);
        if (x.text().length() == 10 && x.text().charAt(4) == '-' && x.text().charAt(7) == '-') return iso(i, x);
        if (x.text().indexOf('/') > 0) return slashed(i, x);
        Integer month = TimeWords.month(x);
        if (month != null && isMonth(w, i)) return fromMonth(w, i, month, s);
        Reading d = fromDay(w, i, s);
        if (d != null) return d;
        return yearOrDecade(w, i, s);
    }

    private static Reading iso(int i, Word x) {
        try {
            return Reading.date(i, i + 1, new Point(LocalDate.parse(x.text()), Grain.DAY));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "8/7/98", "08/07/1998": month first, as American news writes. */
    private static Reading slashed(int i, Word x) {
        String[] p = x.text().split("/");
        if (p.length != 3) return null;
        try {
            int m = Integer.parseInt(p[0]);
            int d = Integer.parseInt(p[1]);
            int y = Integer.parseInt(p[2]);
            if (p[2].length() == 2) y += y < 30 ? 2000 : 1900;
            else if (p[2].length() != 4) return null;
            return Reading.date(i, i + 1, new Point(LocalDate.of(y, m, d), Grain.DAY));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** "May" and "March" are verbs and modals too; abbreviations without their full stop are rarely months. */
    static boolean isMonth(Words w, int i) {
        Word x = w.get(i);
        if (!x.capitalised()) return false;
        String b = x.bare();
        if (b.length() == 3 && !b.equals("may") && !x.text().endsWith(".")) {
            return day(w.get(i + 1)) != null || year(w, i + 1);
        }
        if (b.equals("may") || b.equals("march")) {
            if (day(w.get(i + 1)) != null || year(w, i + 1)) return true;
            if (x.pos().equals("MD") || x.pos().startsWith("VB")) return false;
            if (w.startsSentence(i)) return false;
            return w.is(i - 1, "in", "since", "until", "early", "late", "mid", "last", "next", "this", "of", "by",
                    "through", "from", "to", "and", "or", "between", "before", "after", "during", "that");
        }
        return true;
    }

    private static Reading fromMonth(Words w, int i, int month, Scope s) {
        Integer dom = day(w.get(i + 1));
        if (dom != null) {
            int end = i + 2;
            if (w.is(end, "th", "st", "nd", "rd")) end++;
            int yearAt = w.is(end, ",") ? end + 1 : end;
            if (year(w, yearAt)) return day(i, yearAt + 1, yearOf(w.get(yearAt)), month, dom);
            return yearless(w, i, end, month, dom, s);
        }
        int yearAt = w.is(i + 1, ",", "of") ? i + 2 : i + 1;
        int[] spelled = spelledYear(w, yearAt);
        if (spelled != null) {
            return Reading.date(i, spelled[1], new Point(LocalDate.of(spelled[0], month, 1), Grain.MONTH));
        }
        if (year(w, yearAt) && !(w.is(i + 1, ",") && w.is(yearAt + 1, ","))) {
            return Reading.date(i, yearAt + 1, new Point(LocalDate.of(yearOf(w.get(yearAt)), month, 1), Grain.MONTH));
        }
        if (s.anchored() && w.is(i + 1, "last", "this", "next") && w.is(i + 2, "year")) {
            int y = s.dct().getYear() + (w.is(i + 1, "last") ? -1 : w.is(i + 1, "next") ? 1 : 0);
            return Reading.date(i, i + 3, new Point(LocalDate.of(y, month, 1), Grain.MONTH));
        }
        if (!s.anchored()) return Reading.date(i, i + 1, String.format("XXXX-%02d", month));
        Integer framed = frame(w, i, s);
        int y = framed != null ? framed : yearByTense(s, i, i + 1, LocalDate.of(s.dct().getYear(), month, 1), Grain.MONTH);
        return Reading.date(i, i + 1, new Point(LocalDate.of(y, month, 1), Grain.MONTH));
    }

    /** "7 August 1998", "the 7th of August". */
    private static Reading fromDay(Words w, int i, Scope s) {
        Integer dom = day(w.get(i));
        if (dom == null) return null;
        int m = i + 1;
        if (w.is(m, "th", "st", "nd", "rd")) m++;
        if (w.is(m, "of")) m++;
        Integer month = TimeWords.month(w.get(m));
        if (month == null || !w.get(m).capitalised() || !isMonth(w, m)) return null;
        int yearAt = w.is(m + 1, ",") ? m + 2 : m + 1;
        if (year(w, yearAt)) return day(i, yearAt + 1, yearOf(w.get(yearAt)), month, dom);
        return yearless(w, i, m + 1, month, dom, s);
    }

    private static Reading day(int first, int end, int year, int month, int dom) {
        try {
            return Reading.date(first, end, new Point(LocalDate.of(year, month, dom), Grain.DAY));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Reading yearless(Words w, int first, int end, int month, int dom, Scope s) {
        if (dom < 1 || dom > 31) return null;
        Integer y = listedYear(w, end);
        if (y == null) y = frame(w, first, s);
        if (y == null && !s.anchored()) return Reading.date(first, end, String.format("XXXX-%02d-%02d", month, dom));
        if (y == null) {
            LocalDate d = safe(s.dct().getYear(), month, dom);
            if (d == null) return null;
            y = yearByTense(s, first, end, d, Grain.DAY);
        }
        LocalDate d = safe(y, month, dom);
        return d == null ? null : Reading.date(first, end, new Point(d, Grain.DAY));
    }

    /**
     * The year of the article for a point it names without one: a past reference is the latest such point on or
     * before the article's date, a future one the earliest on or after it, one without tense the nearest.
     */
    static int yearByTense(Scope s, int first, int end, LocalDate inDctYear, Grain g) {
        Scope.Tense t = s.tense(first, end);
        LocalDate today = new Point(s.dct(), g).first();
        int y = inDctYear.getYear();
        LocalDate p = new Point(inDctYear, g).first();
        if (t == Scope.Tense.PAST) {
            // "set a Jan. 14 deadline" read on Jan. 5: a day just ahead, not one almost a year back
            LocalDate ahead = p.isAfter(today) ? p : new Point(inDctYear.plusYears(1), g).first();
            if ((g == Grain.DAY || g == Grain.MONTH) && ahead.toEpochDay() - today.toEpochDay() <= 45) return ahead.getYear();
            return p.isAfter(today) ? y - 1 : y;
        }
        if (t == Scope.Tense.FUTURE) return p.isBefore(today) ? y + 1 : y;
        long here = Math.abs(p.toEpochDay() - today.toEpochDay());
        long before = Math.abs(new Point(inDctYear.minusYears(1), g).first().toEpochDay() - today.toEpochDay());
        long after = Math.abs(new Point(inDctYear.plusYears(1), g).first().toEpochDay() - today.toEpochDay());
        if (before < here && before <= after) return y - 1;
        if (after < here) return y + 1;
        return y;
    }

    /** The year of a later date the day is listed with: "May 4 and June 1, 2019", "May 4-6, 2019". */
    private static Integer listedYear(Words w, int end) {
        int k = end;
        if (w.is(k, ",")) {
            if (year(w, k + 1)) return null;
        }
        if (!w.is(k, "and", "or", "to", "through", "until", "-", "--") && !w.get(k).joined()) return null;
        if (w.get(k).joined() && day(w.get(k)) != null) {
            k++;
        } else {
            k++;
            if (TimeWords.month(w.get(k)) != null) k++;
            if (day(w.get(k)) == null) return null;
            k++;
        }
        if (w.is(k, ",")) k++;
        return year(w, k) ? yearOf(w.get(k)) : null;
    }

    /** The year the sentence opens with, when it frames what follows: "In 2019, ...", "In March 2019, ...". */
    private static Integer frame(Words w, int i, Scope s) {
        int sentence = w.sentence(i);
        int k = w.sentenceStart(sentence);
        if (!w.is(k, "in", "during", "back") || k >= i) return null;
        if (w.is(k, "back") && w.is(k + 1, "in")) k++;
        k++;
        if (TimeWords.month(w.get(k)) != null) k++;
        if (!year(w, k) || k >= i) return null;
        if (!w.is(k + 1, ",")) return null;
        return yearOf(w.get(k));
    }

    private static Reading yearOrDecade(Words w, int i, Scope s) {
        Word x = w.get(i);
        String b = x.bare();
        // "the year 2000", "the year two thousand", "nineteen ninety-six"
        int at = w.is(i, "the") && w.is(i + 1, "year") ? i + 2 : i;
        int[] spelled = spelledYear(w, at);
        if (spelled != null && (at > i || !TimeWords.UNITS.containsKey(w.bare(spelled[1])) && !w.get(spelled[1]).pos().startsWith("NN"))) {
            return Reading.date(i, spelled[1], new Point(LocalDate.of(spelled[0], 1, 1), Grain.YEAR));
        }
        if (at > i && year(w, at)) return Reading.date(i, at + 1, new Point(LocalDate.of(yearOf(w.get(at)), 1, 1), Grain.YEAR));
        // "the 20th century", "the nineteenth century": TimeML writes the century's first two digits
        int c = w.is(i, "the") ? i + 1 : i;
        Integer ordinal = TimeWords.ORDINALS.get(w.bare(c));
        if (ordinal != null && ordinal > 1 && w.is(c + 1, "century") && !w.get(c + 1).joined()) {
            return Reading.date(i, c + 2, String.format("%02d", ordinal - 1));
        }
        if (b.equals("the") && w.is(i + 1, "nineties", "eighties", "seventies", "sixties")) {
            String d = switch (w.bare(i + 1)) {
                case "nineties" -> "199";
                case "eighties" -> "198";
                case "seventies" -> "197";
                default -> "196";
            };
            return Reading.date(i, i + 2, d);
        }
        // "the 1990s", "1990s", "the '90s", "the nineties"
        if (b.length() == 5 && b.endsWith("s") && b.charAt(3) == '0' && allDigits(b, 0, 4)) {
            int first = w.is(i - 1, "the") ? i - 1 : i;
            return Reading.date(first, i + 1, b.substring(0, 3));
        }
        if ((b.equals("'s") || b.equals("s")) && year(w, i - 1)) return null;
        if (b.length() == 4 && b.startsWith("'") && b.endsWith("0s") && allDigits(b, 1, 3)) {
            return Reading.date(w.is(i - 1, "the") ? i - 1 : i, i + 1, "19" + b.charAt(1));
        }
        if (year(w, i) && isYearHere(w, i)) {
            int y = yearOf(x);
            int end = i + 1;
            if (w.is(i + 1, "'s") || w.bare(i + 1).equals("s") && w.get(i + 1).start() == x.end()) {
                if (w.bare(i + 1).equals("s")) return Reading.date(i, i + 2, String.valueOf(y).substring(0, 3));
            }
            return Reading.date(i, end, new Point(LocalDate.of(y, 1, 1), Grain.YEAR));
        }
        return null;
    }

    /** Whether a four-digit number here is a year: not a count, a price, a number in a name. */
    private static boolean isYearHere(Words w, int i) {
        Word before = w.get(i - 1);
        Word after = w.get(i + 1);
        if (NOT_BEFORE_YEAR.contains(before.bare()) && !before.bare().equals("the")) return false;
        if (before.bare().equals("the") && !w.is(i + 1, "period", "quarter", "season", "election", "elections",
                "budget", "fiscal", "level", "levels", "figure", "figures", "results", "war", "crisis", "census",
                "olympics", "games", "campaign", "race", "contest", "plan", "law", "act", "agreement", "accord",
                "talks", "deal", "summit")) {
            // "the 1998 period" is a date; "the 1500 troops" is not
            if (w.get(i + 1).pos().startsWith("NNS")) return false;
        }
        if (NOT_AFTER_YEAR.contains(after.bare())) return false;
        if (after.pos().equals("NNS") && !after.bare().equals("elections") && !after.bare().equals("olympics")) {
            return false;
        }
        if (before.bare().equals(",") && w.get(i - 2).digits()) return false;
        // A year right after a capitalised name word is part of the name: "Vision 2035", "Windows 2000".
        if (before.capitalised() && !BEFORE_YEAR.contains(before.bare()) && !w.startsSentence(i - 1)
                && TimeWords.WEEKDAYS.get(before.bare()) == null) return false;
        if (before.capitalised() && !BEFORE_YEAR.contains(before.bare()) && TimeWords.WEEKDAYS.get(before.bare()) == null
                && before.pos().startsWith("NNP")) return false;
        return true;
    }

    static boolean year(Words w, int i) {
        Word x = w.get(i);
        if (x.text().length() != 4 || !x.digits()) return false;
        int y = Integer.parseInt(x.text());
        return y >= 1000 && y <= 2099;
    }

    /**
     * A year said in words, as broadcasts write it: "nineteen ninety-four", "nineteen eighty", "two thousand",
     * "two thousand and one". Returns {year, end} or null.
     */
    static int[] spelledYear(Words w, int i) {
        String b = w.bare(i);
        if (b.equals("two") && w.is(i + 1, "thousand")) {
            int end = i + 2;
            int k = w.is(end, "and") ? end + 1 : end;
            Integer unit = TimeWords.NUMBERS.get(w.bare(k));
            if (unit != null && unit < 20) return new int[] {2000 + unit, k + 1};
            return new int[] {2000, end};
        }
        if (!b.equals("nineteen") && !b.equals("eighteen")) return null;
        Integer tens = TimeWords.NUMBERS.get(w.bare(i + 1));
        if (tens == null || tens < 10 || tens > 90 || tens >= 20 && tens % 10 != 0) return null;
        int y = (b.equals("nineteen") ? 1900 : 1800) + tens;
        int end = i + 2;
        Integer unit = TimeWords.NUMBERS.get(w.bare(end));
        if (tens >= 20 && unit != null && unit < 10) {
            y += unit;
            end++;
        }
        return new int[] {y, end};
    }

    static int yearOf(Word x) {
        return Integer.parseInt(x.text());
    }

    /** A day of the month: 1 to 31, "7th", "7". */
    static Integer day(Word x) {
        String b = x.bare();
        if (b.endsWith(",")) b = b.substring(0, b.length() - 1);
        int n = b.length();
        if (n > 2 && (b.endsWith("th") || b.endsWith("st") || b.endsWith("nd") || b.endsWith("rd"))) b = b.substring(0, n - 2);
        if (b.isEmpty() || b.length() > 2 || !allDigits(b, 0, b.length())) return null;
        int d = Integer.parseInt(b);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
