package org.newsgraph.extract.time;

import java.time.LocalDate;

/** Times of the day: "10:35 a.m.", "6 p.m.", "noon", "midnight", on the day the text last named or the article's. */
final class ClockTimes {

    private ClockTimes() {}

    static Reading match(Words w, int i, Scope s) {
        Word x = w.get(i);
        String b = x.bare();
        if (b.equals("noon") || b.equals("midday") || b.equals("midnight")) {
            if (!w.is(i - 1, "at", "by", "until", "before", "after", "around", "about", "from", "till", "to", "since")) return null;
            String clock = b.equals("midnight") ? "24:00" : "12:00";
            Reading day = dayAfter(w, i + 1, s);
            if (day != null) return new Reading(i, day.end(), "TIME", day.point().day() + "T" + clock, day.point());
            return at(i, i + 1, clock, s);
        }
        int hour;
        int minute = 0;
        int colon = b.indexOf(':');
        if (colon > 0) {
            try {
                hour = Integer.parseInt(b.substring(0, colon));
                minute = Integer.parseInt(b.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        } else if (x.digits() && b.length() <= 2) {
            hour = Integer.parseInt(b);
        } else {
            return null;
        }
        int end = i + 1;
        boolean pm = false;
        boolean meridiem = false;
        String next = w.bare(end);
        if (next.equals("a.m") || next.equals("am") || next.equals("a.m.")) {
            meridiem = true;
            end++;
        } else if (next.equals("p.m") || next.equals("pm") || next.equals("p.m.")) {
            meridiem = true;
            pm = true;
            end++;
        }
        if (!meridiem && colon < 0) return null;
        if (hour > 24 || minute > 59) return null;
        if (pm && hour < 12) hour += 12;
        if (!pm && meridiem && hour == 12) hour = 0;
        if (w.is(end, "est", "edt", "gmt", "pst", "pdt", "cst", "cdt", "et", "utc")) end++;
        String clock = String.format("%02d:%02d", hour, minute);
        Reading day = dayAfter(w, end, s);
        if (day != null) return new Reading(i, day.end(), "TIME", day.point().day() + "T" + clock, day.point());
        return at(i, end, clock, s);
    }

    /** "5 p.m. Friday", "noon Thursday", "5 p.m. EST Nov. 9": the day named right after the clock. */
    private static Reading dayAfter(Words w, int at, Scope s) {
        int k = w.is(at, "on", ",") ? at + 1 : at;
        s.readFrom(clockStart(w, at));
        try {
            Reading r = DeicticDates.match(w, k, s);
            if (r == null || r.point() == null || r.point().grain() != Grain.DAY || r.first() != k) r = CalendarDates.match(w, k, s);
            if (r == null || r.point() == null || r.point().grain() != Grain.DAY || r.first() != k) return null;
            return r;
        } finally {
            s.readFrom(-1);
        }
    }

    /** The first word of the clock time that ends before {@code at}. */
    private static int clockStart(Words w, int at) {
        int k = at - 1;
        while (k > 0 && k > at - 4 && !w.get(k).digits() && !w.get(k).bare().contains(":")
                && !w.is(k, "noon", "midnight", "midday")) k--;
        return k;
    }

    private static Reading at(int first, int end, String clock, Scope s) {
        Point last = s.last();
        LocalDate day = last != null && last.grain() == Grain.DAY ? last.day() : s.anchored() ? s.dct() : null;
        String date = day == null ? "XXXX-XX-XX" : day.toString();
        return new Reading(first, end, "TIME", date + "T" + clock, null);
    }
}
