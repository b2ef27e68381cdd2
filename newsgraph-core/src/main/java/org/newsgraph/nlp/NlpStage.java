package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.PublicationDate;
import org.newsgraph.extract.TimeMentions;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.nlp.rules.EntityRule;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.resolve.ActorResolver;

/**
 * Annotates an article: its publication date, its entities (tagger plus the entity rules), its actors and its
 * dates. Pure: the engine's models are the only state, shared and read-only.
 */
public final class NlpStage implements Stage {

    private final NlpEngine engine;

    public NlpStage(NlpEngine engine) {
        this.engine = engine;
    }

    public static NlpStage news() {
        return new NlpStage(NlpEngine.news());
    }

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        Article a = x.article();
        Published known = PublicationDate.beforeText(a);
        LocalDate reference = known == null || known.date() == null ? null : LocalDate.parse(known.date());
        Analysis an = EntityRule.applyAll(engine.analyze(a.text(), reference));
        PublicationDate.TextEstimate estimate = known == null ? PublicationDate.fromText(an, a)
                : new PublicationDate.TextEstimate(known, Map.of());
        Published published = estimate.published();
        List<DateMention> dates = TimeMentions.normalise(an, published, estimate.resolved());
        ActorResolver.Resolution r = new ActorResolver(engine.titleWords(), Gazetteer.standard()).resolve(an);
        return new ExtractedArticle(a.withPublished(published), r.entities(), r.actors(), x.quotes(), x.figures(),
                x.claims(), dates, x.places(), x.events(), x.story());
    }
}
