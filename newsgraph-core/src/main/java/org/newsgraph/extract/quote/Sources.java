package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Set;

/**
 * Finds the source mention of a cue among the words of its sentence: the subject before a verb of saying
 * ("Badran said"), after it when the order is inverted after a quote or clause ('"...," said Caddell'),
 * a subject with an apposition or relative clause between commas ("Aya, 30, sheltering ..., told"), the
 * noun after "according to", and for a participle the subject of the clause it hangs on.
 *
 * <p>Without a parser the subject is the run of words before the verb up to the nearest clause boundary:
 * punctuation, a quote mark, a subordinating word, or "and" followed by a lower-case word (a new clause,
 * not "Qatari and US officials").
 */
public final class Sources {

    /** Words that may stand between a subject and its verb of saying. */
    private static final Set<String> BEFORE_VERB = Set.of("has", "have", "had", "also", "again", "then", "later",
            "earlier", "once", "often", "would", "will", "could", "may", "might", "must", "should", "can", "did",
            "does", "do", "not", "never", "already", "still", "just", "first", "previously", "late", "early",
            "didn't", "doesn't", "hasn't", "haven't", "now", "ever", "long", "even", "separately", "together",
            "jointly", "both", "wouldn't", "won't", "couldn't", "can't", "cannot", "don't", "shouldn't",
            // only reached for progressive cues ("is demanding"): Cues drops verbs of saying after "is"
            "are", "was", "were", "'s", "am", "is");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "night", "morning",
            "afternoon", "evening", "weekend");
    private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "late", "early", "earlier");
    private static final Set<String> BOUNDARY_WORDS = Set.of("that", "because", "while", "when", "if", "as",
            "although", "though", "after", "before", "since", "until", "where", "whether", "than", "but", "so",
            "who", "which", "whom", "whose", "what", "how", "why", "is", "was", "are", "were", "or", "nor", "yet",
            "unless", "once", "whereas", "said", "says", "told", "say");
    private static final Set<String> LEADING_NOISE = Set.of("but", "and", "yet", "so", "meanwhile", "still",
            "however", "also", "now", "then", "instead", "indeed", "separately", "later", "earlier", "thus",
            "moreover", "furthermore", "besides", "finally", "today");
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "of", "the", "a", "an", "in", "on", "at",
            "for", "with", "by", "from", "and", "or", "is", "was", "are", "were", "be", "been", "has", "have",
            "had", "not", "as", "its", "his", "her", "their", "this", "these", "those", "very", "it's");
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "said", "says", "told", "can", "could", "did", "does", "do", "should", "must", "may");
    private static final Set<String> INTRODUCERS = Set.of("in", "on", "at", "after", "before", "during", "with",
            "while", "when", "as", "since", "although", "though", "following", "despite", "amid", "for", "by",
            "from", "under", "over", "if", "because", "asked", "speaking", "separately", "meanwhile", "earlier",
            "later", "but", "and", "yet", "still", "instead", "also", "however", "now", "then", "again", "last",
            "this", "today");
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "while", "because", "although",
            "though", "if", "since", "but", "and", "yet", "still", "instead", "also", "however", "now", "then",
            "meanwhile", "separately");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "who");
    /** Pronouns that are a whole subject by themselves ("it" is too often a dummy: "it said" is rarer). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we", "you");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "his", "her",
            "their", "its", "two", "three", "several", "some", "many", "most", "other", "senior", "top");
    private static final Set<String> RIGHT_STOPS = Set.of("in", "on", "at", "during", "after", "before",
            "while", "when", "as", "who", "which", "that", "adding", "noting", "saying", "and", "but", "last",
            "this", "earlier", "later", "told", "to", "about", "because", "if", "though", "although");

    /** Words that may follow an inverted subject: '"...," said Trump on Tuesday', '..., said Kamin, who'. */
    private static final Set<String> INVERSION_ENDS = Set.of("on", "in", "at", "during", "last", "this",
            "earlier", "later", "who", "adding", "noting", "saying", "while", "when", "as", "after", "before",
            "told", "to", "about", "because", "of", "recently", "today", "yesterday", "tonight", "friday", "monday",
            "tuesday", "wednesday", "thursday", "saturday", "sunday", "and");

    private static final Set<String> INVERTED_OPENERS = Set.of("one", "a", "an", "the", "two", "three", "several",
            "some", "another", "many", "other", "senior", "top", "local", "state", "federal");

    private static final Set<String> SPEAKER_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson",
            "lawyer", "lawyers", "attorney", "attorneys", "analyst", "analysts", "expert", "experts", "statement",
            "report", "witness", "witnesses", "resident", "residents");

    private Sources() {}

    /** Whether a phrase of at most six words has a noun for someone who speaks: "one council source". */
    private static boolean namesSpeaker(List<Word> w, Span r) {
        int n = 0;
        boolean speaker = false;
        for (Word x : w) {
            if (x.start() < r.start() || x.end() > r.end()) continue;
            n++;
            speaker |= Anonymity.HEADS.contains(x.lower()) || SPEAKER_NOUNS.contains(x.lower());
        }
        return speaker && n <= 6;
    }

    /** Whether only a short setting or the sentence end follows a span: "one source in the room." */
    private static boolean closes(List<Word> w, Span r) {
        int i = 0;
        while (i < w.size() && w.get(i).start() < r.end()) i++;
        int rest = 0;
        for (; i < w.size(); i++) {
            if (w.get(i).is(",") || w.get(i).is(".") || w.get(i).is(";") || isMark(w.get(i))) return true;
            if (++rest > 4) return false;
        }
        return true;
    }

    /** The source mention of a verb or "according to" cue, or null when the sentence gives none. */
    public static Span of(List<Word> w, Cue cue) {
        int k = cue.word();
        if (cue.form() == Cue.Form.ACCORDING_TO) return right(w, k + 2, 12);
        if (cue.form() == Cue.Form.PARTICIPLE) return k > 0 && actsOnParticiple(w.get(k - 1)) ? nounBefore(w, k) : null;
        if (cue.form() == Cue.Form.NOUN) return owner(w, Cues.possessor(w, k));
        if (cue.form() == Cue.Form.PASSIVE) return right(w, k + 2, 10);
        boolean afterBreak = k > 0 && (w.get(k - 1).is(",") || isMark(w.get(k - 1)));
        // after a quote anything may follow the verb ('," said the official'); after a plain comma only a name
        // does ("..., said Kamin"), because "X, a voter, said the event ..." has its subject on the left
        boolean afterQuote = k > 0 && isMark(w.get(k - 1)) || k > 1 && w.get(k - 1).is(",") && isMark(w.get(k - 2));
        boolean nameNext = k + 1 < w.size() && w.get(k + 1).capitalised() && w.get(k + 1).isLetters()
                && !Settings.TIMES.contains(w.get(k + 1).lower()) && !PRONOUNS.contains(w.get(k + 1).lower());
        if (k == 0 && nameNext && CueWords.INVERTIBLE.contains(w.get(k).lower())) {
            Span r = inverted(w, k + 1, false);   // "Said Ellis: ..." opening its sentence
            if (r != null) return r;
        }
        if (afterBreak && (afterQuote || nameNext) && CueWords.INVERTIBLE.contains(w.get(k).lower())) {
            Span r = inverted(w, k + 1, afterQuote);
            if (r != null) return r;
        }
        // "..., said one council source in the room.": a phrase opened by a determiner and naming a speaker may
        // follow the verb when it closes the sentence ("..., who watched it, said the event ..." has its
        // subject on the left)
        if (afterBreak && !afterQuote && k + 1 < w.size() && INVERTED_OPENERS.contains(w.get(k + 1).lower())
                && CueWords.INVERTIBLE.contains(w.get(k).lower())) {
            Span r = inverted(w, k + 1, true);
            if (r != null && closes(w, r) && namesSpeaker(w, r)) return r;
        }
        return left(w, k);
    }

    private static Span left(List<Word> w, int k) {
        int j = k - 1;
        while (j >= 0) {
            String l = w.get(j).lower();
            if (contraction(w.get(j)) > 0) {
                // "He's also praising", "she's not saying": the pronoun before the contracted verb
                return new Span(w.get(j).start(), w.get(j).start() + contraction(w.get(j)));
            }
            if (BEFORE_VERB.contains(l.replace('\u2019', '\'')) || w.get(j).adverb()
                    || l.equals("since") && j > 0 && HAVE.contains(w.get(j - 1).lower())) {   // "has since said"
                j--;
            } else if (w.get(j).is(",") && aside(w, j) > 0) {
                j = aside(w, j) - 1;   // "A poll has, however, revealed", "officials have, in fact, praised"
            } else if (isYear(w.get(j)) && j > 0 && (w.get(j - 1).is("in") || w.get(j - 1).is("since"))) {
                j -= 2;   // "who in 2010 said"
            } else if (TIMES.contains(l) || isMonthDay(w, j)) {
                j--;
                if (j >= 0 && TIME_LEADS.contains(w.get(j).lower())) j--;
                if (j >= 0 && (w.get(j).is("late") || w.get(j).is("early"))) j--;
            } else {
                break;
            }
        }
        if (j < 0) return null;
        Word last = w.get(j);
        if (last.is("who") || last.is("which")) return new Span(last.start(), last.end());
        // "the $2 million he says he raised": a pronoun is a whole subject, whatever noun stands before it
        if (SUBJECT_PRONOUNS.contains(last.lower())) return new Span(last.start(), last.end());
        if (last.is("whom") && j >= 2 && w.get(j - 1).is("of") && w.get(j - 2).isLetters()) {
            return new Span(w.get(j - 2).start(), last.end());                    // "many of whom say"
        }
        if (last.is("that") && relativeThat(w, j)) return new Span(last.start(), last.end());   // "a group that supports"
        if (last.is(",")) return apposition(w, j);
        int end = j;
        if (last.is(")")) {
            int open = j;
            while (open > 0 && !w.get(open).is("(")) open--;
            if (open == 0 || j - open > 6) return null;
            j = open - 1;
        } else if (isDash(last)) {
            // "Jason Ortiz -- a teacher from the valley, who ran twice -- says": the subject before the dashes,
            // with the aside between them
            int open = openingDash(w, j);
            if (open < 0) return null;
            j = open - 1;
        }
        int i = j;
        while (i >= 0 && !boundary(w, i)) i--;
        if (i > 0 && i < j && (w.get(i).is("who") || w.get(i).is("whom")) && !w.get(i).capitalised()
                && w.get(i - 1).isLetters() && !FUNCTION_WORDS.contains(w.get(i - 1).lower())) {
            // "sources who reviewed them told": the relative clause belongs to the noun before "who"
            int n = i - 1;
            while (n >= 0 && !boundary(w, n)) n--;
            if (i - n <= 6) i = n;
        }
        int start = i + 1;
        while (start <= j && LEADING_NOISE.contains(w.get(start).lower())) start++;
        if (start > j) return null;
        if (j - start + 1 > 12) {
            // no boundary in a long stretch ("In a March meeting with the board of the Post Trump said"):
            // the capitalised words just before the verb are the likeliest subject
            int c = j;
            while (c >= start && w.get(c).capitalised() && j - c < 4) c--;
            if (c == j) return null;
            start = c + 1;
        }
        if (!nominal(w.get(j))) return null;
        return new Span(w.get(start).start(), w.get(end).end());
    }

    /** Verbs that take an -ing object ("kept saying", "stopped asking"): the word before is no subject then. */
    private static final Set<String> ASPECT = Set.of("keep", "keeps", "kept", "start", "starts", "started",
            "stop", "stops", "stopped", "begin", "begins", "began", "begun", "continue", "continues", "continued",
            "avoid", "avoids", "avoided", "finish", "finished", "quit", "risk", "risks", "mind", "enjoy", "enjoys",
            "enjoyed", "deny", "denies", "mean", "means", "like", "likes", "love", "loves", "hate", "hates", "go",
            "goes", "went", "spent", "spend", "spends", "considered", "considers", "without", "while", "when", "by",
            "after", "before", "since", "from", "upon", "on", "of", "about", "for", "in", "despite", "amid", "as");

    /**
     * "footage of Trump saying", "with Russia backing the government", "has skittish Democrats contemplating":
     * a participle right after a noun (no comma between) has that noun as its subject; after a comma it hangs
     * on the clause ("..., saying"), and after a verb it is that verb's object ("kept saying").
     */
    private static boolean actsOnParticiple(Word before) {
        String l = before.lower();
        if (!before.isLetters() || FUNCTION_WORDS.contains(l) || ASPECT.contains(l) || FINITE.contains(l)
                || BEFORE_VERB.contains(l) || isCue(before) || PRONOUNS.contains(l)) return false;
        if (l.endsWith("ing") || before.adverb()) return false;
        return before.capitalised() || !l.endsWith("ed") || Set.of("him", "them", "us", "me").contains(l);
    }

    /**
     * The noun phrase right before word {@code k}: its nouns and adjectives back to a preposition, verb or
     * punctuation, with its determiner ("footage of [Mayor Lund] saying", "with [the Greens] backing").
     */
    private static Span nounBefore(List<Word> w, int k) {
        int i = k - 1;
        while (i >= 0 && k - i <= 6) {
            Word x = w.get(i);
            String l = x.lower();
            if (!(x.isLetters() || Character.isDigit(l.charAt(0))) || FUNCTION_WORDS.contains(l) || FINITE.contains(l)
                    || BOUNDARY_WORDS.contains(l) || ASPECT.contains(l) || isCue(x) || DETERMINERS.contains(l)
                    || !x.capitalised() && l.endsWith("ed") || x.tagged("VB")) break;
            i--;
        }
        if (i >= 0 && i < k - 1 && DETERMINERS.contains(w.get(i).lower())) i--;
        if (i == k - 1) return null;
        return new Span(w.get(i + 1).start(), w.get(k - 1).end());
    }

    /** A dash token: an em or en dash, a horizontal bar, or one hyphen of a typed "--". */
    static boolean isDash(Word x) {
        return x.is("\u2014") || x.is("\u2013") || x.is("\u2015") || x.is("-");
    }

    /**
     * The index of the dash that opens the aside a dash at {@code close} ends (the first hyphen of a "--"),
     * or -1: it must come within 30 words, after a word, with no quote mark or other sentence punctuation between.
     */
    private static int openingDash(List<Word> w, int close) {
        int k = close - 1;
        while (k >= 0 && w.get(k).is("-")) k--;   // the first hyphen of a closing "--"
        for (int i = k; i >= 0 && k - i < 30; i--) {
            Word x = w.get(i);
            if (isMark(x) || x.is(";") || x.is(":") || x.is("(") || x.is(")")) return -1;
            if (isDash(x)) {
                while (i > 0 && w.get(i - 1).is("-")) i--;
                return i > 0 && i < k ? i : -1;
            }
        }
        return -1;
    }

    /** Words before a "that" that make it a conjunction ("so that", "now that"), not a relative pronoun. */
    private static final Set<String> NOT_ANTECEDENT = Set.of("so", "now", "such", "except", "in", "given", "and",
            "but", "or", "than", "provided", "assuming", "is", "was", "are", "were", "be", "been", "not", "all",
            "said", "say", "says", "like", "believe", "believes", "think", "thinks", "know", "knows", "what");

    /**
     * "a downtown museum that promotes", "groups that once backed him": a "that" right after a noun (not a verb,
     * not a conjunction) and right before the cue stands for that noun, and PolNeAR marks the "that" itself as
     * the source, as it does "who" and "which".
     */
    private static boolean relativeThat(List<Word> w, int j) {
        if (j == 0) return false;
        Word before = w.get(j - 1);
        String l = before.lower();
        return before.isLetters() && !NOT_ANTECEDENT.contains(l) && !isCue(before) && !FUNCTION_WORDS.contains(l)
                && !l.endsWith("ly");
    }

    /** "Aya, 30, sheltering with her family in Deir Al-Balah, told": the whole subject with its apposition. */
    private static Span apposition(List<Word> w, int comma) {
        int i = comma - 1;
        while (i >= 0 && !isMark(w.get(i)) && !w.get(i).is(";") && !w.get(i).is(":") && !w.get(i).is("\u2014"))
            i--;
        int start = i + 1;
        int segments = 1;
        int firstEnd = -1;
        for (int x = start; x < comma; x++) {
            if (w.get(x).is(",")) {
                if (firstEnd < 0) firstEnd = x;
                segments++;
            }
        }
        // an introductory phrase ("In a statement issued on Thursday,") is not part of the subject
        if (SUBORDINATORS.contains(w.get(start).lower()) && start + 1 < comma) {
            start++;   // "as Eric Garner, gasping on a sidewalk, said": the subordinator, not its clause
        } else if (firstEnd > 0 && INTRODUCERS.contains(w.get(start).lower())) {
            start = firstEnd + 1;
            segments--;
            firstEnd = -1;
            for (int x = start; x < comma; x++) if (w.get(x).is(",")) { firstEnd = x; break; }
        }
        if (start >= comma || segments > 6) return null;
        int firstLength = 0;   // the words of the subject itself; initials, "(D-N.Y.)" and the like not counted
        boolean bracket = false;
        for (int x = start; x < (firstEnd < 0 ? comma : firstEnd); x++) {
            if (w.get(x).is("(")) bracket = true;
            if (!bracket && (w.get(x).isLetters() || Character.isDigit(w.get(x).text().charAt(0)))) firstLength++;
            if (w.get(x).is(")")) bracket = false;
        }
        if (firstLength > 10) return null;
        // inside ", who asked not to be named," and ", the senator who is running against him," verbs are the
        // relative clause's own
        boolean relative = false;
        for (int x = start; x < comma; x++) {
            String l = w.get(x).lower();
            if (w.get(x).is(",")) relative = false;
            if (Set.of("who", "which", "whose").contains(l) && x > start) relative = true;
            if (!relative && (FINITE.contains(l) || CueWords.INVERTIBLE.contains(l) || CueWords.TAKES_LISTENER.contains(l)))
                return null;
        }
        while (start < comma && LEADING_NOISE.contains(w.get(start).lower())) start++;
        if (start >= comma) return null;
        return new Span(w.get(start).start(), w.get(comma - 1).end());
    }

    /** '"...," said Caddell' and '"...," said the senator from Texas': the words after the verb. */
    private static Span inverted(List<Word> w, int from, boolean afterQuote) {
        if (from >= w.size()) return null;
        Word first = w.get(from);
        String l = first.lower();
        // after a quote the speaker may open with a title or a number ('," said former senator Ann Ruiz',
        // '," said 9/11 widow Terry Strada'); a preposition starts a setting instead ('," said in a statement')
        boolean titled = afterQuote && (first.isLetters() || Character.isDigit(first.text().charAt(0)))
                && !FUNCTION_WORDS.contains(l) && !INVERSION_ENDS.contains(l) && !RIGHT_STOPS.contains(l);
        if (!(first.capitalised() && first.isLetters() || PRONOUNS.contains(l) || DETERMINERS.contains(l) || titled))
            return null;
        if (l.equals("it") || l.equals("that") || l.equals("this")) return null;
        Span r = right(w, from, 10);
        if (r == null) return null;
        int end = from;
        while (end < w.size() && w.get(end).end() <= r.end()) {
            if (end > from && FINITE.contains(w.get(end).lower())) return null;   // "said he had fought"
            end++;
        }
        if (end < w.size() && w.get(end).isLetters() && !INVERSION_ENDS.contains(w.get(end).lower())) return null;
        // after a plain comma only a name: "..., said Kamin", not "X, who served ..., said Clinton reached out"
        for (int x = from; !afterQuote && x < end; x++) {
            Word y = w.get(x);
            if (y.isLetters() && !y.capitalised() && !FUNCTION_WORDS.contains(y.lower())) return null;
        }
        return r;
    }

    private static Span right(List<Word> w, int from, int max) {
        int end = from;
        while (end < w.size() && end - from < max) {
            Word x = w.get(end);
            if (!x.isLetters() && !Character.isDigit(x.text().charAt(0)) && !x.text().equals("'")) break;
            if (end > from && RIGHT_STOPS.contains(x.lower())) break;
            end++;
        }
        while (end > from && FUNCTION_WORDS.contains(w.get(end - 1).lower())) end--;
        if (end == from) return null;
        return new Span(w.get(from).start(), w.get(end - 1).end());
    }

    /**
     * The subject of the clause a participle cue hangs on ("Trump criticized the plan, saying ..."): the words
     * from the clause start to the first finite-looking verb, after an introductory phrase.
     */
    public static Span clauseSubject(List<Word> w, int cueWord) {
        int s = 0;
        while (s < cueWord && (isMark(w.get(s)) || w.get(s).is("(")) ) s++;
        if (s < cueWord && (INTRODUCERS.contains(w.get(s).lower()) || w.get(s).lower().endsWith("ing"))) {
            int c = s;
            while (c < cueWord && !w.get(c).is(",")) c++;
            s = c + 1;
        }
        while (s < cueWord && LEADING_NOISE.contains(w.get(s).lower())) s++;
        for (int v = s; v < cueWord; v++) {
            Word x = w.get(v);
            String l = x.lower();
            boolean verbish = !x.capitalised() && x.isLetters()
                    && (FINITE.contains(l) || l.endsWith("ed") && v > s || CueWords.VERBS.contains(l));
            if (isMark(x)) return null;
            if (verbish) {
                int end = v - 1;
                while (end >= s && (BEFORE_VERB.contains(w.get(end).lower()) || w.get(end).is(","))) end--;
                if (end < s || end - s + 1 > 10 || !nominal(w.get(end))) return null;
                return new Span(w.get(s).start(), w.get(end).end());
            }
        }
        return null;
    }

    /** The owner of a noun cue: the possessive pronoun, or the name ending in "'s" with the words of its name. */
    private static Span owner(List<Word> w, int j) {
        if (j < 0) return null;
        int i = j;
        if (w.get(j).lower().replace('\u2019', '\'').endsWith("'s")) {
            while (i > 0 && j - i < 4 && (w.get(i - 1).capitalised() && w.get(i - 1).isLetters()
                    || w.get(i - 1).is("the"))) i--;
        }
        return new Span(w.get(i).start(), w.get(j).end());
    }

    /** "He's", "they're": the length of the pronoun before the contracted verb, or 0. */
    static int contraction(Word x) {
        String l = x.lower().replace('\u2019', '\'');
        int apostrophe = l.indexOf('\'');
        if (apostrophe <= 0) return 0;
        String tail = l.substring(apostrophe);
        if (!tail.equals("'s") && !tail.equals("'re") && !tail.equals("'ve") && !tail.equals("'d") && !tail.equals("'ll"))
            return 0;
        return PRONOUNS.contains(l.substring(0, apostrophe)) ? apostrophe : 0;
    }

    private static boolean boundary(List<Word> w, int i) {
        Word x = w.get(i);
        String l = x.lower();
        if (!x.isLetters() && !Character.isDigit(l.charAt(0)) && !l.equals("'") && !l.equals("-")
                && !l.equals("&") && !l.equals(".")) return true;
        if (BOUNDARY_WORDS.contains(l) || isCue(x) && !x.capitalised()) return true;
        if (l.equals("and") || l.equals("or")) return i + 1 < w.size() && !w.get(i + 1).capitalised();
        return false;
    }

    private static boolean isCue(Word x) {
        return CueWords.VERBS.contains(x.lower()) || CueWords.PARTICIPLES.contains(x.lower());
    }

    private static boolean nominal(Word x) {
        String l = x.lower().replace('\u2019', '\'');
        return (x.isLetters() || Character.isDigit(x.text().charAt(0))) && !FUNCTION_WORDS.contains(l)
                && !l.endsWith("n't");   // "Don't blame Bush": no subject
    }

    /**
     * The index of the comma opening a short aside that the comma at {@code close} ends (", however,", ", in
     * fact,"), or -1: one to three lower-case words that are no verb of saying, right after a verb or auxiliary.
     */
    private static int aside(List<Word> w, int close) {
        for (int i = close - 1; i >= 0 && close - i <= 4; i--) {
            Word x = w.get(i);
            if (x.is(",")) {
                if (i == close - 1 || i == 0) return -1;
                String before = w.get(i - 1).lower();
                return FINITE.contains(before) || BEFORE_VERB.contains(before) ? i : -1;
            }
            if (!x.isLetters() || x.capitalised() || isCue(x)) return -1;
        }
        return -1;
    }

    private static boolean isYear(Word x) {
        return x.text().length() == 4 && x.text().chars().allMatch(Character::isDigit)
                && (x.text().startsWith("19") || x.text().startsWith("20"));
    }

    private static boolean isMonthDay(List<Word> w, int j) {
        return Character.isDigit(w.get(j).text().charAt(0)) && j > 0 && w.get(j - 1).capitalised()
                && w.get(j).text().length() <= 2;
    }

    static boolean isMark(Word x) {
        return x.text().equals("''") || x.text().length() == 1 && QuoteMarks.isDoubleMark(x.text().charAt(0));
    }
}
