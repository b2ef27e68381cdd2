package org.newsgraph.extract.place;

/**
 * An article is mostly about one or two countries: candidates in them gain in proportion to how much the
 * country figures in the article, relative to the one that figures most; what a name gave its country by being
 * named does not count for its own reading (a paper that names its own London ten times is not thereby British).
 */
final class Focus implements Evidence {

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        double top = scene.topWeight();
        if (top <= 0) return 0;
        return 1.5 * scene.weightBesides(c.country(), PlaceWords.bare(m.text())) / top;
    }
}
