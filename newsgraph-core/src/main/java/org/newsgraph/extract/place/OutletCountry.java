package org.newsgraph.extract.place;

/**
 * A town, county or state in the country the outlet publishes from gains a little: news names its own country's
 * places bare. Less than an article's own focus: an outlet reports from abroad too.
 */
final class OutletCountry implements Evidence {

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        String home = scene.setting().outletCountry();
        if (home == null || !home.equals(c.country())) return 0;
        return switch (c.kind()) {
            case CITY, ADMIN2, ADMIN1 -> 1.0;
            default -> 0;
        };
    }
}
