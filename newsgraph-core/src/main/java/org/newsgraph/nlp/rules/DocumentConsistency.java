package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Names;

/**
 * One string, one type within an article: every mention of a name takes the type most of its mentions have (a tie
 * goes to the first mention's type).
 */
final class DocumentConsistency implements EntityRule {

    @Override
    public Analysis apply(Analysis a) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, String> first = new HashMap<>();
        for (Mention m : a.mentions()) {
            first.putIfAbsent(Names.fold(m.text()), m.type());
            votes.computeIfAbsent(Names.fold(m.text()), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            Map<String, Integer> v = votes.get(Names.fold(m.text()));
            // A tie goes to the type of the first mention, where a name is usually introduced most fully.
            String best = first.get(Names.fold(m.text()));
            int bestVotes = v.get(best);
            for (var e : v.entrySet()) {
                if (e.getValue() > bestVotes) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
            out.add(best.equals(m.type()) ? m : m.withType(best));
        }
        return a.withMentions(out);
    }
}
