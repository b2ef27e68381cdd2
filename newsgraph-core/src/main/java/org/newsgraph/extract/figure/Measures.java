package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * Spans of time and physical measures: "10 months of fighting", "40 years", "5 km", "30 degrees". They are
 * measurements, not counts of people or events. (Ages are their own rule.)
 */
final class Measures implements Exclusion {

    private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries", "night", "nights", "km", "kilometres", "kilometers", "kilometre", "kilometer", "mile",
            "miles", "metres", "meters", "metre", "meter", "m", "cm", "mm", "feet", "foot", "ft", "inches", "inch",
            "kg", "kilograms", "kilos", "grams", "g", "lb", "lbs", "pounds-weight", "degrees", "mph", "kph", "km/h",
            "acres", "hectares", "sq", "square", "litres", "liters", "gallons", "barrels", "bpd", "megawatts", "mw",
            "gw", "kwh", "times");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (q.unit() != null) return false;
        Word after = p.word(q.last() + 1);
        if (after != null && after.is("-")) after = p.word(q.last() + 2);
        return after != null && UNITS.contains(after.lower());
    }
}
