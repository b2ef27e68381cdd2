package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;

/** Article in, every fact out: the stages in order. The same call runs in the CLI, the server and Spark. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The stages built so far; places and events come after the NLP stages, whose entities they read. */
    public static Pipeline standard() {
        return new Pipeline(List.of(PlaceStage.standard(), EventStage.standard()));
    }

    public ExtractedArticle run(Article article) {
        ExtractedArticle x = ExtractedArticle.bare(article);
        for (Stage s : stages) x = s.apply(x);
        return x;
    }
}
