package org.newsgraph.extract.time;

import java.util.Map;
import java.util.Set;

/** The calendar's words: months, weekdays, units, seasons, parts of the day, number words and ordinals. */
final class TimeWords {

    private TimeWords() {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3), Map.entry("thursday", 4),
            Map.entry("friday", 5), Map.entry("saturday", 6), Map.entry("sunday", 7), Map.entry("mon", 1),
            Map.entry("tue", 2), Map.entry("tues", 2), Map.entry("wed", 3), Map.entry("thu", 4),
            Map.entry("thur", 4), Map.entry("thurs", 4), Map.entry("fri", 5), Map.entry("sat", 6));

    /** Units of time, singular and plural, to their TimeML letter ("H", "MIN" and "S" are clock units). */
    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("second", "S"), Map.entry("seconds", "S"), Map.entry("minute", "MIN"),
            Map.entry("minutes", "MIN"), Map.entry("hour", "H"), Map.entry("hours", "H"), Map.entry("day", "D"),
            Map.entry("days", "D"), Map.entry("week", "W"), Map.entry("weeks", "W"), Map.entry("fortnight", "2W"),
            Map.entry("month", "M"), Map.entry("months", "M"), Map.entry("quarter", "Q"),
            Map.entry("quarters", "Q"), Map.entry("year", "Y"), Map.entry("years", "Y"),
            Map.entry("decade", "DE"), Map.entry("decades", "DE"), Map.entry("century", "CE"),
            Map.entry("centuries", "CE"), Map.entry("weekend", "WE"), Map.entry("weekends", "WE"),
            Map.entry("yr", "Y"), Map.entry("yrs", "Y"), Map.entry("hr", "H"), Map.entry("hrs", "H"),
            Map.entry("min", "MIN"), Map.entry("mins", "MIN"), Map.entry("millennium", "ML"));

    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA",
            "winter", "WI");

    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "overnight", "NI");

    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4),
            Map.entry("twentieth", 20), Map.entry("nineteenth", 19), Map.entry("twenty-first", 21),
            Map.entry("21st", 21), Map.entry("20th", 20), Map.entry("19th", 19), Map.entry("18th", 18),
            Map.entry("17th", 17), Map.entry("16th", 16), Map.entry("15th", 15), Map.entry("11th", 11),
            Map.entry("12th", 12), Map.entry("13th", 13), Map.entry("14th", 14), Map.entry("10th", 10),
            Map.entry("eighteenth", 18), Map.entry("seventeenth", 17), Map.entry("sixteenth", 16),
            Map.entry("fifteenth", 15), Map.entry("fourteenth", 14), Map.entry("thirteenth", 13));

    /** Words for an amount left open: "several days" is PXD. */
    static final Set<String> VAGUE = Set.of("several", "few", "many", "some", "numerous", "couple");

    static Integer month(Word w) {
        return MONTHS.get(w.bare());
    }

    static boolean clockUnit(String unit) {
        return unit.equals("H") || unit.equals("MIN") || unit.equals("S");
    }
}
