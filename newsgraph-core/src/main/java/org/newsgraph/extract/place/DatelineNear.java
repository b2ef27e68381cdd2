package org.newsgraph.extract.place;

/**
 * A story filed from a place names the places around it: a town or county within 250 km of the dateline's place,
 * or in its state, and the state that holds it, gain more than any other co-mentioned place gives; when the
 * place itself does not resolve, places in the state the dateline writes after it gain as much.
 */
final class DatelineNear implements Evidence {

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        Mention d = scene.setting().dateline();
        if (d == null || d.equals(m)) return 0;
        double near = near(c, d, scene);
        if (near >= 0) return near;
        // a dateline town the gazetteer lacks ("HOLLIDAY, Mo."): its state still says where the story is
        Mention region = scene.setting().datelineRegion();
        if (region == null || region.equals(m)) return 0;
        String key = Names.fold(PlaceWords.bare(region.text()));
        for (Scene.Anchor a : scene.anchors()) {
            if (a.key().equals(key) && a.entry().kind() == GeoEntry.Kind.ADMIN1 && c.within(a.entry())) return 1.5;
        }
        return 0;
    }

    /** What nearness to the dateline's resolved place gives, or -1 when the place did not resolve. */
    private static double near(GeoEntry c, Mention d, Scene scene) {
        String key = Names.fold(PlaceWords.bare(d.text()));
        for (Scene.Anchor a : scene.anchors()) {
            if (!a.key().equals(key)) continue;
            GeoEntry at = a.entry();
            if (at.equals(c)) return 0;
            boolean local = c.kind() == GeoEntry.Kind.CITY || c.kind() == GeoEntry.Kind.ADMIN2;
            if (local && (c.km(at.lat(), at.lon()) < 250 || at.admin1() != null && at.admin1().equals(c.admin1())
                    && at.country() != null && at.country().equals(c.country()))) return 1.5;
            if (c.kind() == GeoEntry.Kind.ADMIN1 && at.within(c)) return 1.5;
            return 0;
        }
        return -1;
    }
}
