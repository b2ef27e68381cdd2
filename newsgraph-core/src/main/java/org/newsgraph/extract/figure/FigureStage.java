package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Sentences;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.pipeline.Stage;

/**
 * Figures: every number of the body that counts something, with its hedge, what it counts, whose, where,
 * when, by whom and who says so. Reads entities, dates and quotes from the earlier stages when they are there
 * and works without them (then where, when and claimant stay null).
 */
public final class FigureStage implements Stage {

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        return new ExtractedArticle(x.article(), x.entities(), x.actors(), x.quotes(), find(x), x.claims(),
                x.dates(), x.places(), x.events(), x.story());
    }

    public static List<Figure> find(ExtractedArticle x) {
        List<Figure> out = new ArrayList<>();
        for (Sentence s : Sentences.of(x.article())) {
            if (!NumberWords.mayHoldNumber(s.text())) continue;   // cutting words is the cost; most sentences have no number
            Passage p = Passage.of(x, s);
            for (Quantity q : Quantities.find(p.words())) {
                if (Exclusions.reason(p, q) != null) continue;
                out.add(figure(p, q));
            }
        }
        return out;
    }

    static Figure figure(Passage p, Quantity q) {
        List<Word> w = p.words();
        Qualifier qualifier = Qualifiers.of(w, q);
        int first = qualifier != null ? Math.min(qualifier.first(), q.first()) : q.first();
        int last = qualifier != null ? Math.max(qualifier.last(), q.last()) : q.last();
        int start = w.get(first).start();
        int end = w.get(last).end();
        CountedPhrase phrase = CountedPhrase.after(p, q, last + 1);
        String kind = WhatIsCounted.kind(p, q, qualifier, phrase);
        String bound = qualifier == null ? null : qualifier.bound();
        Double low = "upper".equals(bound) ? null : q.low();
        Double high = "lower".equals(bound) ? null : q.high();
        return new Figure(q.value(), qualifier == null ? null : qualifier.text(), kind, OwnerOf.find(p, q, qualifier),
                PlaceOf.find(p, start, end), TimeOf.find(p, start, end), ClaimantOf.find(p, start, end), start, end,
                p.text().substring(start, end), phrase.text(), low, high, bound, q.vague(),
                q.unit(), PerpetratorOf.find(p, q, qualifier, phrase, kind));
    }
}
