package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/**
 * "Aya, 30, sheltering with her family": a capitalised name followed by an age between commas is a person, the
 * news convention for naming people, though the tagger left it untagged.
 */
final class AgeApposition implements EntityRule {

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>(a.mentions());
        List<Token> ts = a.tokens();
        for (int i = 0; i + 3 < ts.size(); i++) {
            Token name = ts.get(i);
            if (!name.pos().startsWith("NNP") || !name.isCapitalised() || !name.ner().equals("O")) continue;
            if (!ts.get(i + 1).text().equals(",") || !ts.get(i + 3).text().equals(",")) continue;
            String age = ts.get(i + 2).text();
            if (!age.matches("\\d{1,3}") || Integer.parseInt(age) < 1 || Integer.parseInt(age) > 120) continue;
            if (Spans.inSentence(a, i, i + 3) == null) continue;
            int first = i;
            while (first > 0 && Spans.inSentence(a, i, first - 1) != null && ts.get(first - 1).pos().startsWith("NNP")
                    && ts.get(first - 1).isCapitalised() && ts.get(first - 1).ner().equals("O")) first--;
            final int f = first;
            if (a.mentions().stream().anyMatch(m -> m.overlaps(ts.get(f).start(), name.end()))) continue;
            out.add(Spans.span(a, "PERSON", first, i + 1));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return a.withMentions(out);
    }
}
