package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/**
 * "Mohammed bin Salman", "Ahmed ibn Hanbal": a lower-case "son of" between two names joins them into one person.
 * A tagger learnt from CoNLL's Reuters text, which has few such names, often stops at the particle.
 */
final class Patronymics implements EntityRule {

    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint");

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>();
        Set<Mention> absorbed = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (absorbed.contains(m)) continue;
            Mention joined = m;
            while (joined.type().equals("PERSON")) {
                Token particle = Spans.inSentence(a, joined.firstToken(), joined.endToken());
                if (particle == null || !PARTICLES.contains(particle.text())) break;
                Mention next = Spans.mentionStartingAt(a, joined.endToken() + 1);
                if (next == null || !next.type().equals("PERSON")) break;
                absorbed.add(next);
                joined = Spans.span(a, "PERSON", joined.firstToken(), next.endToken());
            }
            out.add(joined);
        }
        out.removeAll(absorbed);
        return a.withMentions(out);
    }
}
