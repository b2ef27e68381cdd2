package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.TimeExpression;

/**
 * Years that do not say when the article was written. A year inside a name ("Vision 2035", "Agenda 2063", "Expo
 * 2020") names a plan or an event, so it bounds nothing; a year the text treats as over ("more than in the whole of
 * 2019", "all of 2019", "throughout 2019") says the article is from a later year.
 */
final class NamedYear {

    /** Capitalised words that put a year in time rather than in a name: "In 2019", "Summer 2024", "March 2020". */
    private static final Set<String> TIME_WORDS = Set.of("in", "by", "since", "until", "till", "of", "for", "from",
            "through", "during", "before", "after", "early", "late", "mid", "the", "and", "or", "to", "at", "on",
            "around", "circa", "fiscal", "year", "summer", "winter", "spring", "autumn", "fall", "christmas", "easter",
            "ramadan", "eid", "hanukkah", "thanksgiving", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "ad", "bc",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "between", "than", "last", "next", "this", "that", "only", "even", "also", "but", "as", "with",
            "like", "unlike", "about", "against", "under", "over", "within", "beyond", "toward", "towards");

    private NamedYear() {}

    /** The expression is a year alone right after a capitalised word that is no time word: part of a name. */
    static boolean is(Analysis x, TimeExpression t) {
        if (!t.text().strip().matches("\\d{4}") || t.firstToken() == 0) return false;
        String before = x.tokens().get(t.firstToken() - 1).text();
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) return false;
        if (before.length() > 1 && before.chars().allMatch(Character::isUpperCase) && before.length() <= 4) {
            return !TIME_WORDS.contains(before.toLowerCase(Locale.ROOT));   // "COP 28"-like acronyms, "EXPO 2020"
        }
        return !TIME_WORDS.contains(before.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** "the whole of 2019", "all of 2019", "the entire 2019", "throughout 2019", "full-year 2019", not in the future. */
    static boolean completed(Analysis x, TimeExpression t) {
        String text = t.text().strip().toLowerCase(Locale.ROOT);
        if (!text.matches("(?:(?:the )?(?:whole|entirety|all) of |(?:the )?entire )?\\d{4}")) return false;
        String one = word(x, t.firstToken() - 1);
        String two = word(x, t.firstToken() - 2);
        boolean over = !text.matches("\\d{4}")
                || one.equals("of") && (two.equals("whole") || two.equals("all") || two.equals("entirety"))
                || one.equals("entire") || one.equals("throughout") || one.equals("full-year")
                || one.equals("year") && two.equals("full");
        return over && Tense.of(x, t) != Tense.FUTURE;
    }

    private static String word(Analysis x, int i) {
        return i < 0 ? "" : x.tokens().get(i).text().toLowerCase(Locale.ROOT);
    }
}
