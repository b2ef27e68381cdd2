package org.newsgraph.extract.time;

/** How much of the calendar a point in time covers, and so how its TimeML value is written. */
enum Grain {
    DAY, WEEK, WEEKEND, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    /** The grain a unit letter names ("D", "W", "M", "Q", "Y", "DE", "CE", "WE"), or null. */
    static Grain of(String unit) {
        return switch (unit) {
            case "D" -> DAY;
            case "W", "2W" -> WEEK;
            case "WE" -> WEEKEND;
            case "M" -> MONTH;
            case "Q" -> QUARTER;
            case "Y" -> YEAR;
            case "DE" -> DECADE;
            case "CE" -> CENTURY;
            default -> null;
        };
    }
}
