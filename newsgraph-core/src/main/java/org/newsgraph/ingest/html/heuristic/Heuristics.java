package org.newsgraph.ingest.html.heuristic;

import java.util.List;
import org.newsgraph.ingest.html.Heuristic;

/** The standard heuristics, in the order they are asked. */
public final class Heuristics {

    private Heuristics() {}

    public static List<Heuristic> standard() {
        return List.of(new BoilerplateNames(), new CommentBlocks(), new RelatedBlocks(), new Banners(),
                new ShareBars(), new Bylines(), new LinkDensity(), new BoilerplateLines());
    }
}
