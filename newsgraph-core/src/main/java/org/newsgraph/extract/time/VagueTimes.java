package org.newsgraph.extract.time;

/**
 * Times TimeML leaves vague: the present ("now", "currently", "current"), the past ("recently", "in the past") and
 * the future ("the future"): PRESENT_REF, PAST_REF, FUTURE_REF.
 */
final class VagueTimes {

    private VagueTimes() {}

    static Reading match(Words w, int i, Scope s) {
        String b = w.bare(i);
        switch (b) {
            case "now", "currently", "nowadays" -> {
                if (b.equals("now") && w.is(i + 1, "that")) return null;
                return Reading.date(i, i + 1, "PRESENT_REF");
            }
            case "current" -> {
                if (w.is(i + 1, "account", "accounts", "affairs", "events", "of", "flows", "flow")) return null;
                if (w.is(i - 1, "the", "its", "his", "her", "their", "our", "a") || w.get(i + 1).pos().startsWith("NN")) {
                    return Reading.date(i, i + 1, "PRESENT_REF");
                }
                return null;
            }
            case "recently", "lately" -> {
                return Reading.date(i, i + 1, "PAST_REF");
            }
            case "recent" -> {
                if (w.is(i - 1, "most")) return Reading.date(i - 1, i + 1, "PAST_REF");
                return Reading.date(i, i + 1, "PAST_REF");
            }
            case "past" -> {
                if (w.is(i - 1, "the") && !w.get(i + 1).pos().startsWith("NN") && !w.get(i + 1).pos().startsWith("JJ")
                        && !w.get(i + 1).pos().equals("CD")) return Reading.date(i - 1, i + 1, "PAST_REF");
                return null;
            }
            case "future" -> {
                if (w.is(i - 1, "the") && !w.get(i + 1).pos().startsWith("NN")) return Reading.date(i - 1, i + 1, "FUTURE_REF");
                return null;
            }
            default -> {
                if (b.equals("these") && w.is(i + 1, "days")) return Reading.date(i, i + 2, "PRESENT_REF");
                if (b.equals("at") && w.is(i + 1, "present")) return Reading.date(i + 1, i + 2, "PRESENT_REF");
                if (b.equals("the") && w.is(i + 1, "moment") && w.is(i - 1, "at")) return Reading.date(i, i + 2, "PRESENT_REF");
                return null;
            }
        }
    }
}
