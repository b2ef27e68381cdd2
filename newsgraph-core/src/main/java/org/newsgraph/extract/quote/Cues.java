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

    /** The cues of a sentence; a word no list names needs a cue model score above {@code floor}. */
    public static List<Cue> in(List<Word> words, List<Quoted> quotes, double floor, LinearModel model) {
        List<Cue> out = new ArrayList<>();
        // a headline in title case ("Chris Christie Calls Clinton 'A Disgrace'") hides its verbs among capitals:
        // read its words after the first in lower case, as the cue lists and the cue model know them
        List<Word> read = titleCase(words) ? lowered(words) : words;
        for (int i = 0; i < words.size(); i++) {
            Word w = read.get(i);
            if (inside(w, quotes)) continue;
            String l = w.lower();
            if (l.equals("according") && i + 1 < words.size() && words.get(i + 1).is("to")) {
                Word to = words.get(i + 1);
                out.add(new Cue(new Span(w.start(), to.end()), w.text() + " " + to.text(), Cue.Form.ACCORDING_TO, i));
                continue;
            }
            Cue.Form form = CueWords.VERBS.contains(l) ? Cue.Form.VERB
                    : CueWords.PARTICIPLES.contains(l) ? Cue.Form.PARTICIPLE : null;
            if (form == null && learned(read, i, floor, model)) form = l.endsWith("ing") ? Cue.Form.PARTICIPLE : Cue.Form.VERB;
            boolean taggedNoun = w.tagged("NN") && !CueWords.VERBS.contains(l);
            if (form == null) continue;
            Word prev = i > 0 ? read.get(i - 1) : null;
            Word next = i + 1 < words.size() ? read.get(i + 1) : null;
            if (next != null && next.is("by")) {
                // "was first reported by the Post", "a view echoed by her aides": the agent after "by" is the source
                if (passive(read, i)) out.add(new Cue(new Span(w.start(), next.end()), words.get(i).text() + " "
                        + next.text(), Cue.Form.PASSIVE, i));
                continue;
            }
            boolean progressive = l.endsWith("ing") && progressive(read, i);  // "is demanding", "he's also claiming"
            if (progressive) form = Cue.Form.VERB;
            if (prev != null && prev.is("having")) continue;                                   // "Having said that"
            if (prev != null && (prev.lower().replace('\u2019', '\'').equals("let's") || prev.is("let"))) continue; // "Let's say"
            if (l.equals("called") && next != null && (next.capitalised() || next.is("into")) && prev != null
                    && !prev.capitalised() && !prev.is(",") && !Set.of("he", "she", "they", "who", "it", "we", "i").contains(prev.lower())
                    && !w.tagged("VBD"))
                continue;          // "a group called Lashkar": a name; but the tagger reads "the letter called Oz a quack"
            boolean pastVerb = w.tagged("VBD") || w.tagged("VBZ") || w.tagged("VBP");
            boolean taggedVerb = w.tagged("VB") && !w.tagged("VBG") || w.tagged("MD");
            if (!w.capitalised() && !taggedVerb && possessor(read, i) >= 0 && (next == null || NOUN_OPENERS.contains(next.lower())
                    || Sources.isMark(next) || !CueWords.VERBS.contains(l))) {
                // "his claim that", "Trump's plan to", "their views on": what the noun holds follows it; a noun
                // followed by its verb is a subject ("Israel's military said"), not a cue
                if (next != null && (NOUN_OPENERS.contains(next.lower()) || Sources.isMark(next)))
                    out.add(new Cue(new Span(w.start(), w.end()), words.get(i).text(), Cue.Form.NOUN, i));
                continue;
            }
            if (taggedNoun && form == Cue.Form.VERB) continue;   // "his March 3 announcement": a noun with no owner
            // "the local press claimed" is a subject and its verb, "the press reports" a noun: the tagger tells them apart
            if (!progressive && prev != null && (BE.contains(prev.lower()) || prev.is("to") || DETERMINERS.contains(prev.lower())
                    && form == Cue.Form.VERB && !prev.is("that") && !pastVerb)) continue;
            if (next != null && i + 2 < words.size() && (next.is("to") && words.get(i + 2).is("be")
                    || next.is("not") && words.get(i + 2).is("to"))) continue;              // "asked not to be named"
            if (form == Cue.Form.VERB && w.capitalised() && i == 0 && l.endsWith("s")) continue; // "Reports say"
            out.add(new Cue(new Span(w.start(), w.end()), words.get(i).text(), form, i));
        }
        return groups(words, out);
    }

    /**
     * Cues on neighbouring words are one verb group ("repeatedly demeaned", "privately express", "felt
     * comfortable"): one cue spanning them, headed by its first word that is not an adverb, so that the
     * source is looked for once, before the group, and the content starts after it.
     */
    private static List<Cue> groups(List<Word> words, List<Cue> cues) {
        List<Cue> out = new ArrayList<>();
        int i = 0;
        while (i < cues.size()) {
            if (i > 0 && listed(cues.get(i - 1)) && !listed(cues.get(i)) && cues.get(i).word() == cues.get(i - 1).word() + 1) {
                i++;   // "said separately", "said via": after a verb of saying the next word is its setting or content
                continue;
            }
            int j = i;
            while (j + 1 < cues.size() && cues.get(j + 1).word() == cues.get(j).word() + 1 && groupable(cues.get(j))
                    && groupable(cues.get(j + 1)) && !noun(words, cues.get(j + 1))) j++;
            if (j == i) {
                out.add(cues.get(i));
            } else {
                Cue head = cues.get(j);
                for (int x = i; x <= j; x++) {
                    if (!cues.get(x).text().toLowerCase(java.util.Locale.ROOT).endsWith("ly")) { head = cues.get(x); break; }
                }
                int start = cues.get(i).span().start(), end = cues.get(j).span().end();
                String text = words.get(cues.get(i).word()).text();
                for (int x = cues.get(i).word() + 1; x <= cues.get(j).word(); x++) text += " " + words.get(x).text();
                out.add(new Cue(new Span(start, end), text, head.form(), head.word()));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean groupable(Cue c) {
        return (c.form() == Cue.Form.VERB || c.form() == Cue.Form.PARTICIPLE) && !listed(c);
    }

    /** A word the tagger calls a noun ends a verb group: "shows footage of ..." is "shows" and its object. */
    private static boolean noun(List<Word> words, Cue c) {
        return words.get(c.word()).tagged("NN");
    }

    /** A cue the verb lists name (not one the cue model added). */
    static boolean listed(Cue c) {
        String l = c.text().toLowerCase(java.util.Locale.ROOT);
        return CueWords.VERBS.contains(l) || CueWords.PARTICIPLES.contains(l);
    }

    private static final Set<String> OWNERS = Set.of("his", "her", "their", "its", "our", "my");
    private static final Set<String> NOUN_OPENERS = Set.of("that", "to", ":", "about", "on", "of", "over", "for");

    /**
     * The word that owns a noun cue ("his", "Trump's"), right before it or before one adjective ("his earlier
     * claim"); -1 when there is none.
     */
    static int possessor(List<Word> words, int i) {
        // a listed verb after a noun is that noun's verb ("Israel's military said"), so it gets no adjective
        int lowest = CueWords.VERBS.contains(words.get(i).lower()) ? i - 1 : i - 2;
        for (int j = i - 1; j >= Math.max(0, lowest); j--) {
            Word x = words.get(j);
            String l = x.lower().replace('\u2019', '\'');
            if (Sources.contraction(x) > 0) return -1;   // "she's claiming": a verb, not "her claiming"
            if (OWNERS.contains(l) || l.endsWith("'s") && l.length() > 2 && (x.capitalised() || j > 0
                    && words.get(j - 1).capitalised())) return j;
            if (!x.isLetters() || x.capitalised() || NEVER.contains(x.lower())) return -1;
        }
        return -1;
    }

    private static final Set<String> BETWEEN = Set.of("also", "not", "still", "now", "again", "just", "already",
            "always", "never", "even", "n't");

    /** A form of "be" (or a contracted one) before the -ing word, perhaps across adverbs: "she's also praising". */
    private static boolean progressive(List<Word> words, int i) {
        int j = i - 1;
        while (j >= 0 && j >= i - 3 && (BETWEEN.contains(words.get(j).lower())
                || words.get(j).adverb())) j--;
        if (j < 0) return false;
        Word b = words.get(j);
        return BE.contains(b.lower()) || Sources.contraction(b) > 0 || b.lower().replace('\u2019', '\'').equals("isn't")
                || b.lower().replace('\u2019', '\'').equals("wasn't") || b.lower().replace('\u2019', '\'').equals("aren't");
    }

    /** Words after "by" that open a time, a means or a measure, not an agent: "by Friday", "by phone", "by 5". */
    private static final Set<String> NOT_AGENTS = Set.of("far", "then", "now", "phone", "telephone", "email",
            "mail", "video", "text", "hand", "law", "default", "design", "chance", "mistake", "accident", "contrast",
            "comparison", "way", "name", "night", "day", "midnight", "noon", "morning", "evening", "afternoon",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "itself", "themselves", "himself", "herself", "more", "less", "about", "nearly", "almost", "roughly",
            "some", "as", "much");

    /**
     * A past participle followed by "by" and an agent: "-ed", "-en" or an irregular past participle, and a
     * word after "by" that may open a noun phrase (not a number, a day or "far").
     */
    private static boolean passive(List<Word> words, int i) {
        String l = words.get(i).lower();
        if (!(l.endsWith("ed") || l.endsWith("en") || l.endsWith("wn") || IRREGULAR_PARTICIPLES.contains(l))) return false;
        if (i + 2 >= words.size()) return false;
        Word agent = words.get(i + 2);
        return agent.isLetters() && !NOT_AGENTS.contains(agent.lower()) && !Sources.isMark(agent);
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("told", "said", "made", "put", "set", "led",
            "held", "brought", "thought", "taught", "sought", "caught", "bought", "felt", "kept", "left", "met",
            "read", "sent", "spent", "built", "hit", "cut", "run", "won", "struck", "sung", "begun", "paid", "laid");

    /** Most longer words capitalised: a headline in title case. */
    static boolean titleCase(List<Word> words) {
        int longer = 0, capitalised = 0;
        for (Word w : words) {
            if (!w.isLetters() || w.text().length() < 4) continue;
            longer++;
            if (w.capitalised()) capitalised++;
        }
        return longer >= 3 && capitalised >= 0.75 * longer;
    }

    private static List<Word> lowered(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            out.add(i == 0 ? w : new Word(w.lower(), w.start(), w.end(), w.tag()));
        }
        return out;
    }

    /** Words the learned model may add: lower-case content words, not auxiliaries or function words. */
    private static final Set<String> NEVER = Set.of("has", "have", "had", "is", "was", "are", "were", "be", "been",
            "being", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "to",
            "in", "on", "at", "of", "for", "by", "with", "from", "about", "that", "this", "as", "and", "or", "but",
            "not", "also", "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their",
            "its", "so", "if", "than", "then", "there", "here", "out", "up", "over", "into", "after", "before");

    private static boolean learned(List<Word> words, int i, double floor, LinearModel model) {
        Word w = words.get(i);
        if (!w.isLetters() || w.capitalised() || NEVER.contains(w.lower()) || model.isEmpty() || w.adverb()) return false;
        if (i + 1 < words.size() && (CueWords.VERBS.contains(words.get(i + 1).lower()))) return false;
        return model.score(CueFeatures.of(words, i, false)) > floor;
    }

    /**
     * The cue model's score a word needs to become a candidate when the attribution model judges candidates.
     * Below zero on purpose: about half of the words just under zero are cues, and the attribution model, which
     * also sees the source and content the rules find, tells which (-4 and -8 gave the same dev score).
     */
    static final double CANDIDATE_FLOOR = -8;

    static boolean inside(Word w, List<Quoted> quotes) {
        for (Quoted q : quotes) if (q.marks().contains(w.start())) return true;
        return false;
    }
}
