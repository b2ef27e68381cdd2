package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/**
 * "the Islamic Resistance in Iraq", "the Communist Party of China": an organisation named by a generic
 * organisation noun, after "the", completed by "in" or "of" and a place, is one name. The tagger splits it in two.
 */
final class OrganisationPlaceSuffix implements EntityRule {

    /** Nouns that name a kind of organisation rather than one organisation. */
    private static final Set<String> KINDS = Set.of("resistance", "state", "front", "movement", "army", "brigades",
            "brigade", "party", "council", "committee", "authority", "forces", "union", "organization",
            "organisation", "league", "alliance", "congress", "network", "jihad", "federation", "republic");

    /** Kinds that can also be a country ("the Democratic Republic of Congo", "the Russian Federation"). */
    private static final Set<String> ALSO_PLACES = Set.of("state", "union", "republic", "federation");

    /**
     * A tagged organisation, or a "place" or MISC whose last word is a kind of organisation that is never a place:
     * a tagger learnt from CoNLL may call "Islamic Resistance" a place.
     */
    private static boolean headed(Mention m, Analysis a) {
        if (m.type().equals("ORGANIZATION")) return true;
        if (!m.type().equals("LOCATION") && !m.type().equals("MISC")) return false;
        return !ALSO_PLACES.contains(Spans.lower(a.tokens().get(m.endToken() - 1)));
    }

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>();
        Set<Mention> absorbed = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (absorbed.contains(m)) continue;
            Mention merged = null;
            if (headed(m, a) && m.endToken() - m.firstToken() >= 2
                    && KINDS.contains(Spans.lower(a.tokens().get(m.endToken() - 1)))
                    && Spans.lower(Spans.inSentence(a, m.firstToken(), m.firstToken() - 1)).equals("the")) {
                Token prep = Spans.inSentence(a, m.firstToken(), m.endToken());
                String p = Spans.lower(prep);
                Mention place = (p.equals("in") || p.equals("of")) ? Spans.mentionStartingAt(a, m.endToken() + 1) : null;
                if (place != null && place.type().equals("LOCATION")) {
                    merged = Spans.span(a, "ORGANIZATION", m.firstToken(), place.endToken());
                    absorbed.add(place);
                }
            }
            out.add(merged == null ? m : merged);
        }
        out.removeAll(absorbed);
        return a.withMentions(out);
    }
}
