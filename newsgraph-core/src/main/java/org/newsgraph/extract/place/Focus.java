package org.newsgraph.extract.place;

/**
 * An article is mostly about one or two countries: candidates in them gain in proportion to how much the
 * country figures in the article, relative to the one that figures most.
 */
final class Focus implements Evidence {

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        double top = scene.topWeight();
        if (top <= 0) return 0;
        return 1.5 * scene.weightOf(c.country()) / top;
    }
}
