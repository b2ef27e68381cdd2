package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Token;

/**
 * A "person" that the GeoNames gazetteer knows as a place, in a place's position ("in Deir Al-Balah", "the cities of
 * Rafah and Khan Younis"), is a place, unless the article names a person of whom it is a part ("Kirby" after
 * "John Kirby").
 */
final class GazetteerPlaces implements EntityRule {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "to", "into", "of", "around",
            "outside", "across", "toward", "towards", "through", "inside", "within", "between");

    private final Gazetteer gazetteer;

    GazetteerPlaces() {
        this(Gazetteer.standard());
    }

    GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Analysis apply(Analysis a) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            boolean place = m.type().equals("PERSON") && gazetteer.isPlaceLoosely(m.text())
                    && inPlacePosition(a, m) && !partOfLongerPerson(a, m);
            out.add(place ? m.withType("LOCATION") : m);
        }
        return a.withMentions(out);
    }

    private static boolean inPlacePosition(Analysis a, Mention m) {
        Token before = Spans.inSentence(a, m.firstToken(), m.firstToken() - 1);
        if (LOCATIVE.contains(Spans.lower(before))) return true;
        String b = Spans.lower(before);
        if (b.equals("and") || b.equals("or") || b.equals(",")) {
            Mention left = Spans.mentionEndingAt(a, m.firstToken() - 1);
            if (left != null && left.type().equals("LOCATION")) return true;
        }
        String after = Spans.lower(Spans.inSentence(a, m.firstToken(), m.endToken()));
        if (after.equals("and") || after.equals("or") || after.equals(",")) {
            Mention right = Spans.mentionStartingAt(a, m.endToken() + 1);
            return right != null && right.type().equals("LOCATION");
        }
        return false;
    }

    private static boolean partOfLongerPerson(Analysis a, Mention m) {
        String key = " " + Names.fold(m.text()) + " ";
        for (Mention o : a.mentions()) {
            if (o == m || !o.type().equals("PERSON")) continue;
            String other = " " + Names.fold(o.text()) + " ";
            if (other.length() > key.length() && other.contains(key)) return true;
        }
        return false;
    }
}
