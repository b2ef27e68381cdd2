package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.CountryNames;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;

/**
 * "US Middle East envoy": a place mention that starts with a country's name and goes on to another name, where the
 * whole is no known place, is two places.
 */
final class CountryPrefixSplit implements EntityRule {

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            int n = m.endToken() - m.firstToken();
            if (m.type().equals("LOCATION") && n >= 2
                    && CountryNames.canonical(a.tokens().get(m.firstToken()).text()).isPresent()
                    && !Gazetteer.standard().isPlace(m.text()) && CountryNames.canonical(m.text()).isEmpty()) {
                out.add(Spans.span(a, "LOCATION", m.firstToken(), m.firstToken() + 1));
                out.add(Spans.span(a, "LOCATION", m.firstToken() + 1, m.endToken()));
            } else {
                out.add(m);
            }
        }
        return a.withMentions(out);
    }
}
