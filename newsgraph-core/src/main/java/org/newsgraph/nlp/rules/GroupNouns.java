package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/**
 * The common noun the text puts with a name says what kind of thing it is: "the Rahma group", "the Tala militia",
 * and each name listed after "groups such as" or "militias, including", are organisations, whatever the tagger
 * guessed (a person, or MISC). Nationality and religion words ("the Muslim group", "Kurdish groups") stay as
 * they are: the group is not named by them.
 */
final class GroupNouns implements EntityRule {

    /** Nouns that, right after a name, make it a group's name. */
    private static final Set<String> AFTER = Set.of("group", "militia", "movement", "faction", "organisation",
            "organization", "guerrillas", "militants", "fighters", "rebels");
    /** Plural nouns that, before "such as" or "including", make the names listed groups. */
    private static final Set<String> BEFORE_LIST = Set.of("groups", "militias", "movements", "factions",
            "organisations", "organizations", "parties", "companies", "firms", "banks", "agencies", "unions");

    @Override
    public Analysis apply(Analysis a) {
        Set<Mention> groups = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (!retypable(a, m)) continue;
            Token after = Spans.inSentence(a, m.firstToken(), m.endToken());
            if (after != null && AFTER.contains(after.text())) groups.add(m);
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            int listStart = listAfter(a, i);
            if (listStart < 0) continue;
            int t = listStart;
            Mention m;
            while ((m = Spans.mentionStartingAt(a, t)) != null) {
                if (retypable(a, m)) groups.add(m);
                Token sep = Spans.inSentence(a, m.firstToken(), m.endToken());
                String s = Spans.lower(sep);
                if (s.equals(",")) {
                    Token next = Spans.inSentence(a, m.firstToken(), m.endToken() + 1);
                    t = Spans.lower(next).equals("and") || Spans.lower(next).equals("or") ? m.endToken() + 2 : m.endToken() + 1;
                } else if (s.equals("and") || s.equals("or")) {
                    t = m.endToken() + 1;
                } else {
                    break;
                }
            }
        }
        if (groups.isEmpty()) return a;
        List<Mention> out = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) out.add(groups.contains(m) ? m.withType("ORGANIZATION") : m);
        return a.withMentions(out);
    }

    /** The first token of the list after "groups such as" or "groups, including" at token i, or -1. */
    private static int listAfter(Analysis a, int i) {
        if (!BEFORE_LIST.contains(Spans.lower(a.tokens().get(i)))) return -1;
        int k = i + 1;
        if (Spans.lower(Spans.inSentence(a, i, k)).equals(",")) k++;
        String w = Spans.lower(Spans.inSentence(a, i, k));
        if (w.equals("including")) return k + 1;
        if (w.equals("such") && Spans.lower(Spans.inSentence(a, i, k + 1)).equals("as")) return k + 2;
        return -1;
    }

    private static boolean retypable(Analysis a, Mention m) {
        if (!m.type().equals("PERSON") && !m.type().equals("MISC")) return false;
        return !Gazetteer.get().isDemonym(m.text()) && a.tokens().get(m.endToken() - 1).pos().startsWith("NNP");
    }
}
