package org.newsgraph.extract.place;

/** One reason to prefer a candidate for a mention; scores of all rules add up. */
interface Evidence {

    double weigh(GeoEntry candidate, Mention mention, Scene scene);
}
