package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Sentences;
import org.newsgraph.model.Article;

/**
 * Sentences for attribution: the model-free sentence splitter's spans, joined again where a quotation runs
 * over a sentence end ('"This is the only solution. Otherwise ...," Sudani said.' is one attribution).
 */
public final class QuoteSentences {

    private QuoteSentences() {}

    public static List<Span> of(Article article, List<Quoted> quotes) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : Sentences.of(article)) {
            Span cur = new Span(s.start(), s.end());
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (sameBlock(article, prev, cur) && quoteCrosses(quotes, prev.end(), cur.start())) {
                    out.set(out.size() - 1, new Span(prev.start(), cur.end()));
                    continue;
                }
            }
            out.add(cur);
        }
        return out;
    }

    private static boolean quoteCrosses(List<Quoted> quotes, int from, int to) {
        for (Quoted q : quotes) if (q.marks().start() < from && q.marks().end() > to) return true;
        return false;
    }

    private static boolean sameBlock(Article a, Span x, Span y) {
        return a.blocks().stream().anyMatch(b -> b.start() <= x.start() && y.end() <= b.end());
    }
}
