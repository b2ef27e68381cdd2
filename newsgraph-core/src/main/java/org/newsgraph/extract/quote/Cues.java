package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds candidate cues among a sentence's words, skipping words inside quotes (speech reported inside a quote
 * belongs to the quoted speaker's own story) and uses that are not speech: passives ("was told", "reported
 * by"), infinitives ("declined to say") and nouns after a determiner ("the reports").
 */
public final class Cues {

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "am", "'s");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "these", "those", "this", "that",
            "his", "her", "their", "its", "our", "my", "your", "some", "many", "new", "media", "news", "press",
            "initial", "earlier", "recent", "several", "such", "no", "any");

    private Cues() {}

    public static List<Cue> in(List<Word> words, List<Quoted> quotes) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (inside(w, quotes)) continue;
            String l = w.lower();
            if (l.equals("according") && i + 1 < words.size() && words.get(i + 1).is("to")) {
                Word to = words.get(i + 1);
                out.add(new Cue(new Span(w.start(), to.end()), w.text() + " " + to.text(), Cue.Form.ACCORDING_TO, i));
                continue;
            }
            Cue.Form form = CueWords.VERBS.contains(l) ? Cue.Form.VERB
                    : CueWords.PARTICIPLES.contains(l) ? Cue.Form.PARTICIPLE : null;
            if (form == null) continue;
            Word prev = i > 0 ? words.get(i - 1) : null;
            Word next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (prev != null && (BE.contains(prev.lower()) || prev.is("to") || DETERMINERS.contains(prev.lower())
                    && form == Cue.Form.VERB && !prev.is("that"))) continue;
            if (next != null && next.is("by")) continue;
            if (l.equals("declined") && next != null && next.is("to")) continue;   // "declined to be identified"
            if (next != null && i + 2 < words.size() && (next.is("to") && words.get(i + 2).is("be")
                    || next.is("not") && words.get(i + 2).is("to"))) continue;              // "asked not to be named"
            if (form == Cue.Form.VERB && w.capitalised() && i == 0 && l.endsWith("s")) continue; // "Reports say"
            out.add(new Cue(new Span(w.start(), w.end()), w.text(), form, i));
        }
        return out;
    }

    static boolean inside(Word w, List<Quoted> quotes) {
        for (Quoted q : quotes) if (q.marks().contains(w.start())) return true;
        return false;
    }
}
