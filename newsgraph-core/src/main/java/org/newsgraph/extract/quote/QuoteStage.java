package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.pipeline.Stage;

/**
 * Who said what: the article's direct and reported speech, each with its cue, medium and speaker resolved to a
 * canonical actor. Reads the text and whatever entities and actors earlier stages found; adds {@code quotes}.
 */
public final class QuoteStage implements Stage {

    private final NlpEngine engine;   // null: the cue model reads words without parts of speech

    /** Without a tagger: for callers that have none; the shipped models expect one (see {@link #standard()}). */
    public QuoteStage() {
        this(null);
    }

    public QuoteStage(NlpEngine engine) {
        this.engine = engine;
    }

    /** With the news engine's tagger, as the models were trained. */
    public static QuoteStage standard() {
        return new QuoteStage(NlpEngine.news());
    }

    /**
     * The article as the attribution rules read it: its dateline blanked with spaces, offsets unchanged. "BEIRUT: They
     * dug trenches" has no speaker, and "BERLIN -- The agency says" has the agency alone as its source.
     */
    private static Article withoutDateline(Article a) {
        Dateline d = a.metadata().dateline();
        if (d == null || d.end() > a.text().length()) return a;
        String text = a.text().substring(0, d.start()) + " ".repeat(d.end() - d.start()) + a.text().substring(d.end());
        return new Article(a.id(), a.source(), a.headline(), a.published(), a.images(), a.blocks(), text, a.metadata());
    }

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        String text = x.article().text();
        List<Span> blocks = new ArrayList<>();
        for (Block b : x.article().blocks()) blocks.add(new Span(b.start(), b.end()));
        PartsOfSpeech tags = engine == null ? PartsOfSpeech.NONE : PartsOfSpeech.of(engine.tag(text));
        List<Attribution> found = Attributions.find(withoutDateline(x.article()), tags);
        Speakers speakers = new Speakers(text, blocks, x.entities(), x.actors());
        Map<Attribution, Speaker> who = new HashMap<>();
        Map<Attribution, Media.Found> how = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (Attribution a : found) {
            Attribution same = a.continues() != null ? a.continues()
                    : a.parent() != null && a.parent().cue() == a.cue() ? a.parent() : null;
            Speaker s = same != null && who.containsKey(same) ? who.get(same) : speakers.resolve(a.source(), a.sentence());
            speakers.heard(s);
            who.put(a, s);
            Media.Found m = same != null && how.containsKey(same) ? how.get(same)
                    : Media.of(text, Words.of(text, a.sentence()), a.cue(), a.content());
            how.put(a, m);
            quotes.add(new Quote(a.content().of(text), a.direct(), s.name(), a.source().of(text), s.anonymous(),
                    a.cue().text(), m.medium(), a.content().start(), a.content().end(),
                    a.source().start(), a.source().end(), a.cue().span().start(), a.cue().span().end(),
                    m.setting(), a.parent() == null ? -1 : found.indexOf(a.parent()), Kinds.of(a, text)));
        }
        return new ExtractedArticle(x.article(), x.entities(), x.actors(), quotes, x.figures(), x.claims(),
                x.dates(), x.places(), x.events(), x.story());
    }
}
