package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;

/**
 * A name that runs on into a hyphenated Arabic article ("Haraket Hezbollah al-Nujaba", "Ali al-Sistani") keeps it:
 * the tagger often stops before the lower-case particle.
 */
final class ArabicParticles implements EntityRule {

    private static final Pattern PARTICLE = Pattern.compile("^ (?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu)-\\p{Lu}[\\p{L}']*");

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            int end = m.endToken();
            var match = PARTICLE.matcher(a.text().substring(m.end(), Math.min(a.text().length(), m.end() + 40)));
            if (match.find() && Spans.mentionStartingAt(a, end) == null) {
                int stop = m.end() + match.end();
                // The tokeniser may split "al-Nujaba" at the hyphen: take every token up to the particle's end.
                while (end < a.tokens().size() && a.tokens().get(end).end() <= stop
                        && Spans.inSentence(a, m.firstToken(), end) != null) end++;
            }
            out.add(end == m.endToken() ? m : Spans.span(a, m.type(), m.firstToken(), end));
        }
        return a.withMentions(out);
    }
}
