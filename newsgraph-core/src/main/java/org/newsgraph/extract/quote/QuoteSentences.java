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
                if (sameBlock(article, prev, cur) && (quoteCrosses(quotes, prev.end(), cur.start())
                        || endsWithQuote(article.text(), prev) && attributesOnly(article.text(), cur))) {
                    out.set(out.size() - 1, new Span(prev.start(), cur.end()));
                    continue;
                }
            }
            out.add(cur);
        }
        return out;
    }

    private static boolean endsWithQuote(String text, Span s) {
        char c = text.charAt(s.end() - 1);
        return QuoteMarks.isDoubleMark(c) || text.startsWith("''", s.end() - 2);
    }

    /**
     * '"How many times?" Clinton said.': after a quotation ending in ? or !, the splitter starts a new sentence,
     * but a short sentence made of a subject and a verb of saying is the quotation's attribution.
     */
    private static boolean attributesOnly(String text, Span s) {
        List<Word> w = Words.of(text, s);
        for (int i = 0; i < w.size() && i < 8; i++) {
            String l = w.get(i).lower();
            if (CueWords.VERBS.contains(l) && !w.get(i).capitalised() || CueWords.INVERTIBLE.contains(l)) {
                int rest = w.size() - i - 1;
                return rest <= 4 || i + 1 < w.size() && w.get(i + 1).is(",");
            }
        }
        return false;
    }

    private static boolean quoteCrosses(List<Quoted> quotes, int from, int to) {
        for (Quoted q : quotes) if (q.marks().start() < from && q.marks().end() > to) return true;
        return false;
    }

    private static boolean sameBlock(Article a, Span x, Span y) {
        return a.blocks().stream().anyMatch(b -> b.start() <= x.start() && y.end() <= b.end());
    }
}
