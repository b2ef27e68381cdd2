package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.claim.ClaimStage;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.extract.figure.FigureStage;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.extract.quote.QuoteStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;

/** Article in, every fact out: the stages in order. The same call runs in the CLI, the server and Spark. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * The stages built so far. Quotes read the NLP stage's output; figures and claims read entities, dates and
     * quotes; places and events read the
     * NLP stage's entities, actors and dates, and come last because they fill the focus field that the other
     * stages' contract-only constructors would leave empty.
     */
    public static Pipeline standard() {
        return new Pipeline(standardStages());
    }

    /** The stages of {@link #standard()}, in order (for benchmarks that time each). */
    public static List<Stage> standardStages() {
        return List.of(org.newsgraph.nlp.NlpStage.news(), QuoteStage.standard(), new FigureStage(),
                new ClaimStage(), PlaceStage.standard(), EventStage.standard());
    }

    public ExtractedArticle run(Article article) {
        ExtractedArticle x = ExtractedArticle.bare(article);
        for (Stage s : stages) x = s.apply(x);
        return x;
    }
}
