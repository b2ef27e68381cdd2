package org.newsgraph.extract.time;

import java.util.Map;

/** Times that recur (TimeML SET): "daily", "every week", "each year", "twice a year" ("a year"), "every Monday". */
final class Recurrences {

    private static final Map<String, String> ADVERBS = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H", "nightly", "P1D", "biweekly", "P2W");

    private Recurrences() {}

    static Reading match(Words w, int i, Scope s) {
        String b = w.bare(i);
        String adverb = ADVERBS.get(b);
        if (adverb != null) {
            // "the party daily Granma" is a paper; "a daily basis", "weekly address" and "hourly earnings" recur
            if (w.get(i).pos().startsWith("NN") || w.get(i + 1).pos().startsWith("NNP") || w.get(i - 1).capitalised()
                    && !w.startsSentence(i - 1)) return null;
            return new Reading(i, i + 1, "SET", adverb, null);
        }
        if (w.is(i, "every", "each", "per") || w.is(i, "a", "an") && Durations.rate(w, i)) {
            int k = i + 1;
            if (w.is(k, "other")) {
                k++;
                String unit = TimeWords.UNITS.get(w.bare(k));
                if (unit == null) return null;
                return new Reading(i, k + 1, "SET", "P2" + Durations.letter(unit), null);
            }
            Amount a = w.is(i, "every") ? Amount.read(w, k) : null;
            if (a != null && !a.vague() && a.value() > 1) k = a.end();
            Integer month = TimeWords.month(w.get(k));
            if (month != null && w.get(k).capitalised() && CalendarDates.isMonth(w, k) && !w.is(i, "a", "an", "per")) {
                return new Reading(i, k + 1, "SET", String.format("XXXX-%02d", month), null);
            }
            Integer day = TimeWords.WEEKDAYS.get(w.bare(k));
            if (day != null && w.get(k).capitalised()) return new Reading(i, k + 1, "SET", "XXXX-WXX-" + day, null);
            String unit = TimeWords.UNITS.get(w.bare(k));
            if (unit == null || w.bare(k).endsWith("s") && a == null) return null;
            if (w.is(k, "second") && (w.get(k + 1).pos().startsWith("NN") || w.get(k + 1).pos().startsWith("JJ"))) return null;
            if (w.is(i, "each") && w.is(k + 1, "of")) return null;
            String n = a != null && a.value() > 1 ? a.count() : "1";
            return new Reading(i, k + 1, "SET", "P" + Durations.clock(unit) + n + Durations.letter(unit), null);
        }
        return null;
    }
}
