package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.TimeExpression;

/**
 * Our time expressions on invented sentences, tagged by the real CoreNLP models, one rule a test, values as the
 * TimeML TIMEX3 guidelines write them. Thursday 14 March 2024 is the article's date unless a test says otherwise.
 */
class TimeFinderTest {

    private static final NlpEngine ENGINE = NlpEngine.news();
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static List<TimeExpression> find(String text, LocalDate dct) {
        return TimeFinder.find(ENGINE.tag(text), dct);
    }

    private static TimeExpression only(String text, LocalDate dct) {
        List<TimeExpression> found = find(text, dct);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static String value(String text, String expression, LocalDate dct) {
        return find(text, dct).stream().filter(t -> t.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " not found in " + find(text, dct))).value();
    }

    @Test
    void aWeekdayIsThePastOneInAPastClauseAndTheNextOneInAFutureClause() {
        assertThat(value("The harbour master resigned on Friday.", "Friday", THURSDAY)).isEqualTo("2024-03-08");
        assertThat(value("The ferry service will resume on Monday.", "Monday", THURSDAY)).isEqualTo("2024-03-18");
        assertThat(value("The council met Thursday to discuss the pier.", "Thursday", THURSDAY)).isEqualTo("2024-03-14");
        // a part of the day joins the expression, not its value
        assertThat(value("The lights went out on Tuesday night.", "Tuesday night", THURSDAY)).isEqualTo("2024-03-12");
    }

    @Test
    void aWeekdayWithItsDateIsOneExpressionInTheYearWhereTheyAgree() {
        TimeExpression t = only("The paper said in an editorial on Monday, March 11: the pier must close.", THURSDAY);
        assertThat(t.text()).isEqualTo("Monday, March 11");
        assertThat(t.value()).isEqualTo("2024-03-11");
    }

    @Test
    void calendarUnitsCountFromTheArticlesDay() {
        assertThat(value("Fares rose last year.", "last year", THURSDAY)).isEqualTo("2023");
        assertThat(value("The vote is due next month.", "next month", THURSDAY)).isEqualTo("2024-04");
        assertThat(value("The bridge reopened this week.", "this week", THURSDAY)).isEqualTo("2024-W11");
        assertThat(value("The mill closed last November.", "last November", THURSDAY)).isEqualTo("2023-11");
        assertThat(value("The mill burned down yesterday.", "yesterday", THURSDAY)).isEqualTo("2024-03-13");
        assertThat(value("The ferry sank two weeks ago.", "two weeks ago", THURSDAY)).isEqualTo("2024-W09");
        assertThat(value("The mayor was elected 10 days ago.", "10 days ago", THURSDAY)).isEqualTo("2024-03-04");
    }

    @Test
    void aYearlessDayTakesTheYearItsTenseAndNearnessAllow() {
        LocalDate january = LocalDate.of(2024, 1, 5);
        assertThat(value("The fishermen struck on Dec. 20.", "Dec. 20", january)).isEqualTo("2023-12-20");
        assertThat(value("The court set a Jan. 14 deadline for the appeal.", "Jan. 14", january)).isEqualTo("2024-01-14");
        assertThat(value("The dividend will be paid Feb. 1.", "Feb. 1", january)).isEqualTo("2024-02-01");
    }

    @Test
    void aYearlessDayIsNotPulledToAYearTheSentenceOnlyComparesWith() {
        // issue 15: the article is from 2020; 2019 is a comparison, not the frame of May 4
        LocalDate june2020 = LocalDate.of(2020, 6, 1);
        String text = "On May 4 the port handled more containers than in the whole of 2019.";
        assertThat(value(text, "May 4", june2020)).isEqualTo("2020-05-04");
        assertThat(value(text, "2019", june2020)).isEqualTo("2019");
    }

    @Test
    void aYearlessDayTakesTheYearTheSentenceOpensWithOrIsListedWith() {
        LocalDate june2020 = LocalDate.of(2020, 6, 1);
        assertThat(value("In 2017, the dockers walked out on May 4 and stayed out for a month.", "May 4", june2020))
                .isEqualTo("2017-05-04");
        assertThat(value("The strikes fell on May 4 and June 1, 2017.", "May 4", june2020)).isEqualTo("2017-05-04");
    }

    @Test
    void withoutTheArticlesDateARelativeDayKeepsItsUnknownYearAndSaysItLeansOnNoDate() {
        TimeExpression t = only("The dockers walked out on May 4.", null);
        assertThat(t.value()).isEqualTo("XXXX-05-04");
        assertThat(t.anchored()).isFalse();
        assertThat(only("The dockers walked out on May 4.", THURSDAY).anchored()).isTrue();
        assertThat(only("The dockers walked out on May 4, 2019.", THURSDAY).anchored()).isFalse();
    }

    @Test
    void yearsInsideNamesAreNoTimeExpressions() {
        assertThat(find("The ministry unveiled Vision 2035 and backed Agenda 2063 at COP28.", THURSDAY)).isEmpty();
        assertThat(value("The port will double its capacity by 2035.", "2035", THURSDAY)).isEqualTo("2035");
        assertThat(find("Some 1500 people and 2000 troops were moved.", THURSDAY)).isEmpty();
    }

    @Test
    void durationsAreCountedInTheirUnits() {
        assertThat(value("Prices fell over the past two weeks.", "the past two weeks", THURSDAY)).isEqualTo("P2W");
        assertThat(value("She was given a two-year term.", "two-year", THURSDAY)).isEqualTo("P2Y");
        assertThat(value("The talks lasted five and a half hours.", "five and a half hours", THURSDAY)).isEqualTo("PT5H30M");
        assertThat(value("The strike went on for several months.", "several months", THURSDAY)).isEqualTo("PXM");
        assertThat(value("Profit rose in the first nine months.", "the first nine months", THURSDAY)).isEqualTo("P9M");
        assertThat(value("The road was closed for more than three years.", "more than three years", THURSDAY))
                .isEqualTo("P3Y");
    }

    @Test
    void agesAndFractionsAreNoDurations() {
        assertThat(find("A 44-year-old fisherman, 37 years old at the time, lost three-quarters of his catch.", THURSDAY))
                .isEmpty();
    }

    @Test
    void recurringTimesAreSets() {
        TimeExpression daily = only("The ferry sails daily.", THURSDAY);
        assertThat(daily.type()).isEqualTo("SET");
        assertThat(daily.value()).isEqualTo("P1D");
        assertThat(value("The market opens every Monday.", "every Monday", THURSDAY)).isEqualTo("XXXX-WXX-1");
        assertThat(value("Inspectors visit twice a year.", "a year", THURSDAY)).isEqualTo("P1Y");
    }

    @Test
    void quartersAreTheLastOnesReportedAndAYearAgoComparesTheSameQuarter() {
        LocalDate november = LocalDate.of(2024, 11, 2);
        String text = "The shipyard posted a third-quarter loss of $5 million. It earned $2 million a year ago.";
        assertThat(value(text, "third-quarter", november)).isEqualTo("2024-Q3");
        assertThat(value(text, "a year ago", november)).isEqualTo("2023-Q3");
        LocalDate january = LocalDate.of(2025, 1, 20);
        assertThat(value("Sales fell in the fourth quarter.", "the fourth quarter", january)).isEqualTo("2024-Q4");
        assertThat(value("Profit doubled in the first half.", "the first half", november)).isEqualTo("2024-H1");
    }

    @Test
    void fuzzyRangesKeepTheirModifierInTheExtent() {
        TimeExpression t = only("The mill closed late last year.", THURSDAY);
        assertThat(t.text()).isEqualTo("late last year");
        assertThat(t.value()).isEqualTo("2023");
        assertThat(value("Repairs start early next month.", "early next month", THURSDAY)).isEqualTo("2024-04");
        assertThat(value("The quay reopened in mid-February.", "mid-February", THURSDAY)).isEqualTo("2024-02");
    }

    @Test
    void vagueTimesAreReferencesToThePresentPastOrFuture() {
        assertThat(value("The pier is now closed.", "now", THURSDAY)).isEqualTo("PRESENT_REF");
        assertThat(value("The mill recently changed hands.", "recently", THURSDAY)).isEqualTo("PAST_REF");
        assertThat(value("Nobody knows what the future holds for the quay.", "the future", THURSDAY)).isEqualTo("FUTURE_REF");
    }

    @Test
    void seasonsDecadesAndCenturies() {
        assertThat(value("The ferry will run again this summer.", "this summer", THURSDAY)).isEqualTo("2024-SU");
        assertThat(value("The canal silted up last autumn.", "last autumn", THURSDAY)).isEqualTo("2023-FA");
        assertThat(value("The mill thrived in the 1990s.", "the 1990s", THURSDAY)).isEqualTo("199");
        assertThat(value("The warehouse burned in the winter of nineteen ninety-four.",
                "the winter of nineteen ninety-four", THURSDAY)).isEqualTo("1994-WI");
    }

    @Test
    void clockTimesTakeTheDayNamedWithThem() {
        TimeExpression t = only("The offer will expire at 5 p.m. Friday.", THURSDAY);
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(t.text()).isEqualTo("5 p.m. Friday");
        assertThat(t.value()).isEqualTo("2024-03-15T17:00");
    }

    @Test
    void theNarrativesLastDayAnchorsThatDayAndTheNextDay() {
        String text = "The fire broke out on March 2, 2019. The next day the mill was closed.";
        assertThat(value(text, "The next day", THURSDAY)).isEqualTo("2019-03-03");
        assertThat(value("The quay opened in 2012. The next year it flooded.", "The next year", null)).isEqualTo("2013");
    }

    @Test
    void spansAreOffsetsIntoTheText() {
        String text = "After a long winter the ferry sails again on Monday.";
        for (TimeExpression t : find(text, THURSDAY)) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
}
