package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.claim.ClaimStage;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.extract.figure.FigureStage;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;

/** Article in, every fact out: the stages in order. The same call runs in the CLI, the server and Spark. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * The stages built so far. Places and events read the NLP stage's entities, actors and dates; figures and
     * claims come last: they read entities, dates and quotes.
     */
    public static Pipeline standard() {
        return new Pipeline(List.of(org.newsgraph.nlp.NlpStage.news(), PlaceStage.standard(), EventStage.standard(),
                new FigureStage(), new ClaimStage()));
    }

    public ExtractedArticle run(Article article) {
        ExtractedArticle x = ExtractedArticle.bare(article);
        for (Stage s : stages) x = s.apply(x);
        return x;
    }
}
