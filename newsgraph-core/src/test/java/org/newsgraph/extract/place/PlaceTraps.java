package org.newsgraph.extract.place;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** Runs the place stage on a one-paragraph article of our own and hands back its places. */
final class PlaceTraps {

    static final PlaceStage STAGE = PlaceStage.standard();

    private PlaceTraps() {}

    static ExtractedArticle run(String headline, String... paragraphs) {
        Article a = Article.assemble(new Source("test", null, "dump", 0), headline, Published.unknown(), List.of(),
                java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return STAGE.apply(ExtractedArticle.bare(a));
    }

    static Place place(ExtractedArticle x, String name) {
        return x.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " in " + x.places()));
    }
}
