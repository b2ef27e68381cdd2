package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Names;

/**
 * "The White House said", "the Kremlin denied": news names a government by its seat, and means the institution.
 * CoNLL's annotators tagged these buildings as places, so a tagger learnt from CoNLL does too; the speakers and
 * actors downstream need the organisation (the place stage still reads the landmark as its city when asked).
 */
final class SeatsOfGovernment implements EntityRule {

    private static final Set<String> SEATS = Set.of("white house", "kremlin", "pentagon", "downing street",
            "elysee", "elysee palace", "whitehall", "zhongnanhai", "capitol hill", "foggy bottom", "blue house",
            "quai dorsay");

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) {
            boolean seat = m.type().equals("LOCATION") && SEATS.contains(Names.fold(m.text()));
            out.add(seat ? m.withType("ORGANIZATION") : m);
        }
        return a.withMentions(out);
    }
}
