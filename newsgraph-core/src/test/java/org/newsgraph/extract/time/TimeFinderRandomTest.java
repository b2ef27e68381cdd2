package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.TimeExpression;

/**
 * Random sentences made of calendar words, numbers (tiny to absurd) and filler, seeded: the finder never throws,
 * its spans are ordered, disjoint and inside the text, and every expression has a type and a value.
 */
class TimeFinderRandomTest {

    private static final String[] WORDS = {"the", "last", "next", "this", "past", "a", "an", "two", "twenty", "one",
            "nineteen", "ninety-four", "several", "few", "day", "days", "week", "weeks", "month", "year", "years",
            "decade", "century", "quarter", "half", "ago", "earlier", "later", "before", "after", "since", "by",
            "Monday", "Friday", "May", "March", "Jan.", "Sept.", "December", "1998", "2035", "31", "5", "0", "99999",
            "2147483647", "1,000,000", "1.000.000", "3.5.2", "12:75", "99:99", "1/2", "13/45/2020", "2024-13-45", "5:30", "p.m.", "a.m.", "noon", "night", "morning", "summer", "fall",
            "early", "late", "mid", "-", ",", ".", "of", "and", "or", "to", "every", "each", "daily", "now", "recently",
            "future", "fiscal", "third-quarter", "year-earlier", "Vision", "old", "will", "said", "was", "is", "in",
            "on", "at", "that", "following", "previous", "same", "today", "yesterday", "tomorrow", "1990s", "'90s"};

    @Test
    void neverThrowsAndKeepsItsSpansInTheText() {
        NlpEngine engine = NlpEngine.news();
        Random random = new Random(16);
        for (int round = 0; round < 60; round++) {
            StringBuilder text = new StringBuilder();
            int n = 3 + random.nextInt(25);
            for (int k = 0; k < n; k++) {
                if (k > 0) text.append(random.nextInt(12) == 0 ? "-" : " ");
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
            String s = text.toString();
            Analysis a = engine.tag(s);
            for (LocalDate dct : new LocalDate[] {null, LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31)}) {
                List<TimeExpression> found = TimeFinder.find(a, dct);
                int end = 0;
                for (TimeExpression t : found) {
                    assertThat(t.start()).as(s).isGreaterThanOrEqualTo(end);
                    assertThat(t.end()).as(s).isGreaterThan(t.start()).isLessThanOrEqualTo(s.length());
                    assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
                    assertThat(t.type()).isIn("DATE", "TIME", "DURATION", "SET");
                    assertThat(t.value()).as(s).isNotBlank();
                    end = t.end();
                }
            }
        }
    }
}
