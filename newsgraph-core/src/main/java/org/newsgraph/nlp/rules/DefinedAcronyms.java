package org.newsgraph.nlp.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/**
 * "the Popular Mobilization Forces (PMF)": an acronym the text defines in brackets after a name is a name of the
 * same type, there and wherever else the article uses it, though the tagger left it untagged.
 */
final class DefinedAcronyms implements EntityRule {

    @Override
    public Analysis apply(Analysis a) {
        Map<String, String> defined = new HashMap<>();
        for (Mention m : a.mentions()) {
            int i = m.endToken();
            if (i + 2 >= a.tokens().size()) continue;
            String open = a.tokens().get(i).text();
            String acronym = a.tokens().get(i + 1).text();
            String close = a.tokens().get(i + 2).text();
            if (open.equals("(") && close.equals(")") && isAcronym(acronym)) defined.put(acronym, m.type());
        }
        if (defined.isEmpty()) return a;
        List<Mention> out = new ArrayList<>(a.mentions());
        for (Token t : a.tokens()) {
            String type = defined.get(t.text());
            if (type == null || a.mentions().stream().anyMatch(m -> m.overlaps(t.start(), t.end()))) continue;
            out.add(Spans.span(a, type, t.index(), t.index() + 1));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return a.withMentions(out);
    }

    static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
    }
}
