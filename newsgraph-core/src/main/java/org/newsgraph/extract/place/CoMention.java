package org.newsgraph.extract.place;

/**
 * Places named together lie together: a candidate inside a country the article names elsewhere, inside a state
 * or county it names (more: it narrows the choice more), containing a place it names, or within 300 km of one,
 * gains. Each kind of support counts once, so a long list of places cannot outvote a capital.
 */
final class CoMention implements Evidence {

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        boolean inNamedCountry = false, inNamedArea = false, containsNamed = false, near = false;
        String key = Names.fold(m.text());
        for (Scene.Anchor anchor : scene.anchors()) {
            GeoEntry a = anchor.entry();
            if (anchor.key().equals(key) || a.equals(c)) continue;   // "Mexico" the country is no evidence for Mexico City
            if (c.within(a)) {
                if (a.kind() == GeoEntry.Kind.COUNTRY) inNamedCountry = true;
                else inNamedArea = true;
            }
            if (a.within(c) && a.kind() == GeoEntry.Kind.CITY) containsNamed = true;
            if (local(c) && local(a) && c.km(a.lat(), a.lon()) < 300) near = true;
        }
        return (inNamedCountry ? 1.5 : 0) + (inNamedArea ? 1.5 : 0) + (containsNamed ? 2 : 0) + (near ? 1 : 0);
    }

    /** Towns and counties: small enough for nearness to mean something. */
    private static boolean local(GeoEntry e) {
        return e.kind() == GeoEntry.Kind.CITY || e.kind() == GeoEntry.Kind.ADMIN2;
    }
}
