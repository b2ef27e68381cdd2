package org.newsgraph.extract.figure;

import java.util.regex.Pattern;

/** Match scores: "won 3-1", "a 2-0 victory", "drew 1-1". A dash between two small numbers in a sports sentence. */
final class Scores implements Exclusion {

    private static final Pattern SPORT = Pattern.compile("(?i)\\b(?:won|win|wins|beat|beats|lost|lose|loses|defeat"
            + "|defeated|drew|draw|victory|score|scored|scores|goal|goals|match|game|final|league|cup|set|sets"
            + "|lead|led|trailing|half-time|halftime)\\b");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (!Exclusions.plainDigits(p, q) || q.value() > 200) return false;
        boolean dashAfter = p.wordIs(q.last() + 1, "-", "\u2013") && p.word(q.last() + 2) != null
                && p.word(q.last() + 2).digits();
        boolean dashBefore = p.wordIs(q.first() - 1, "-", "\u2013") && p.word(q.first() - 2) != null
                && p.word(q.first() - 2).digits();
        return (dashAfter || dashBefore) && SPORT.matcher(p.sentence().text()).find();
    }
}
