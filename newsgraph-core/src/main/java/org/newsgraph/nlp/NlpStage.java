package org.newsgraph.nlp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Datelines;
import org.newsgraph.extract.PublicationDate;
import org.newsgraph.extract.TimeMentions;
import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.nlp.rules.EntityRule;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.resolve.ActorResolver;

/**
 * Annotates an article: its publication date, its entities (tagger plus the entity rules), its actors and its
 * time expressions (ours, {@link TimeFinder}, read against the best date the article has before its text). Pure: the engine's models are the only state, shared and read-only.
 */
public final class NlpStage implements Stage {

    private final NlpEngine engine;
    /** The day of reading: publisher dates after it are no evidence. */
    private final Clock clock;

    public NlpStage(NlpEngine engine) {
        this(engine, Clock.systemUTC());
    }

    public NlpStage(NlpEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public static NlpStage news() {
        return new NlpStage(NlpEngine.news());
    }

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        Article a = x.article();
        a = a.withMetadata(a.metadata().withDateline(Datelines.find(a).map(Datelines.Found::dateline).orElse(null)));
        LocalDate today = LocalDate.now(clock);
        Published known = PublicationDate.beforeText(a, today);
        LocalDate reference = known == null || known.date() == null ? null : LocalDate.parse(known.date());
        Analysis tagged = engine.analyze(a.text(), reference);
        Analysis an = EntityRule.applyAll(tagged.withTimes(TimeFinder.find(tagged, reference)));
        LocalDate archive = null;
        if (known != null && "caption".equals(known.basis()) && PublicationDate.archivePhoto(an, reference)) {
            // The photo is older than what the text reports: it dates nothing, and the text's times are read again
            // undated.
            archive = reference;
            known = null;
            an = an.withTimes(TimeFinder.find(tagged, null));
        }
        PublicationDate.TextEstimate estimate = known == null ? PublicationDate.fromText(an, a, archive)
                : new PublicationDate.TextEstimate(known, Map.of());
        String rejected = PublicationDate.rejected(a.published(), today);
        Published published = rejected == null ? PublicationDate.within(estimate.published(), a.published())
                : estimate.published().withRejected(rejected);
        List<DateMention> dates = TimeMentions.normalise(an, published, estimate.resolved());
        ActorResolver.Resolution r = new ActorResolver(engine.titleWords(), Gazetteer.standard()).resolve(an);
        return new ExtractedArticle(a.withPublished(published), r.entities(), r.actors(), x.quotes(), x.figures(),
                x.claims(), dates, x.places(), x.events(), x.story());
    }
}
