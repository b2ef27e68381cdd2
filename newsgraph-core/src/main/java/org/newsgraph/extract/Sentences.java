package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;

/**
 * Splits an article's body into sentences with offsets, without an NLP model: extractors that only need
 * sentence spans (quotes, figures) stay fast and independent of the tagger.
 *
 * <p>A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) when the next
 * non-space character starts a new sentence (capital letter, digit or opening quote), unless the word
 * before the period is a known abbreviation ("Jan.", "Mr.", "U.S.") or a single initial. Blocks
 * (paragraphs, subheads) always end a sentence, but a quotation that runs on over paragraphs is still
 * cut at the paragraph: joining them is the quote extractor's job.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj",
            "st", "jr", "sr", "rev", "hon", "pres", "adm", "cmdr", "insp", "supt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig", "ft", "mt");

    private Sentences() {}

    public static List<Sentence> of(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : article.blocks()) split(article.text(), b.start(), b.end(), out);
        return out;
    }

    /** Sentences of a plain text taken as one block per line group separated by blank lines. */
    public static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) end = text.length();
            split(text, start, end, out);
            start = end + 2;
        }
        return out;
    }

    private static void split(String text, int from, int to, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) end++;
                int next = skipSpace(text, end, to);
                if (next >= to) break;
                if (next > end && startsSentence(text.charAt(next)) && !(c == '.' && abbreviationBefore(text, i))) {
                    add(text, start, end, out);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < to) add(text, start, trimEnd(text, start, to), out);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        if (end > start) out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;   // an initial: "John F. Kennedy"
        if (word.contains(".")) return true;                                            // "U.S.", "a.m."
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
                || c == '\u2018' || c == '(' || c == '[';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && isSpace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int to) {
        while (to > start && isSpace(text.charAt(to - 1))) to--;
        return to;
    }

    /** Java's isWhitespace leaves out the no-break space, which scraped text often has after a period. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
