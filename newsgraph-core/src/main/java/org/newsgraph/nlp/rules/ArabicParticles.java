package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/**
 * A name that runs on into a hyphenated Arabic article ("Haraket Hezbollah al-Nujaba", "Ali al-Sistani") keeps it:
 * the tagger often stops before the lower-case particle.
 */
final class ArabicParticles implements EntityRule {

    private static final Pattern PARTICLE = Pattern.compile("(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu)-\\p{Lu}[\\p{L}'-]*");

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            int end = m.endToken();
            while (true) {
                Token next = Spans.inSentence(a, m.firstToken(), end);
                if (next == null || !PARTICLE.matcher(next.text()).matches()) break;
                if (next.start() != a.tokens().get(end - 1).end() + 1) break;
                if (Spans.mentionStartingAt(a, end) != null) break;
                end++;
            }
            out.add(end == m.endToken() ? m : Spans.span(a, m.type(), m.firstToken(), end));
        }
        return a.withMentions(out);
    }
}
