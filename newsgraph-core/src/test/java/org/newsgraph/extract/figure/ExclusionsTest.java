package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;

/** One test per exclusion rule: what it removes and what it must leave alone. */
class ExclusionsTest {

    private static List<Double> figures(String sentence) {
        return FigureStage.find(Texts.of(sentence).build()).stream().map(Figure::value).toList();
    }

    private static String reason(String sentence, String number) {
        Passage p = Passage.of(sentence);
        for (Quantity q : Quantities.find(p.words())) {
            if (sentence.substring(q.start(p.words()), q.end(p.words())).contains(number))
                return Exclusions.reason(p, q);
        }
        throw new AssertionError("no quantity " + number + " in " + sentence);
    }

    @Test
    void years() {
        assertThat(reason("The port reopened in 1998 after the flood.", "1998")).isEqualTo("Years");
        assertThat(reason("The 2016 accord held until 2019, officials said.", "2016")).isEqualTo("Years");
        assertThat(reason("In the 1990s the mill closed.", "1990")).isEqualTo("Years");
        assertThat(figures("About 1500 soldiers crossed the river.")).containsExactly(1500d);
    }

    @Test
    void calendarDates() {
        assertThat(reason("The vote is set for March 14 in the capital.", "14")).isEqualTo("CalendarDates");
        assertThat(reason("Talks began on Feb. 3 and stalled.", "3")).isEqualTo("CalendarDates");
        assertThat(reason("The ferry sank on 09 April 2021 near the cape.", "09")).isEqualTo("CalendarDates");
        ExtractedArticle x = Texts.of("Aid arrived the 3rd of the month, then 3 trucks left.")
                .date("the 3rd of the month", "XXXX-XX-03").build();
        assertThat(FigureStage.find(x)).extracting(Figure::value).containsExactly(3d);
    }

    @Test
    void clockTimes() {
        assertThat(reason("The curfew starts at 10 p.m. nightly.", "10")).isEqualTo("ClockTimes");
        assertThat(reason("Shelling resumed at 6:45 local time.", "45")).isEqualTo("ClockTimes");
        assertThat(reason("The blast happened at 0800 GMT.", "0800")).isNotNull();
    }

    @Test
    void ages() {
        assertThat(reason("Marta, 41, runs a bakery in the old town.", "41")).isEqualTo("Ages");
        assertThat(reason("A man aged 67 was treated for smoke.", "67")).isEqualTo("Ages");
        assertThat(reason("Her son is 12 years old.", "12")).isEqualTo("Ages");
        assertThat(reason("A 19-year-old student was detained.", "19")).isEqualTo("Ages");
        assertThat(figures("In the end, 41 people were rescued.")).containsExactly(41d);
    }

    @Test
    void ordinalsAndAnniversaries() {
        assertThat(reason("Crowds marked the navy's 80 anniversary with a parade.", "80")).isEqualTo("Ordinals");
        assertThat(reason("On day 300 of the siege the bridge fell.", "300")).isEqualTo("Ordinals");
        assertThat(figures("It is the country's second-largest port and its 52nd year of trade.")).isEmpty();
    }

    @Test
    void percentagesAreRatesNotCounts() {
        List<Figure> f = FigureStage.find(Texts.of("Turnout fell to 38 percent, and prices rose 4%.").build());
        assertThat(f).extracting(Figure::counts).containsExactly("rate", "rate");
        assertThat(f).extracting(Figure::unit).containsExactly("percent", "percent");
    }

    @Test
    void phoneNumbers() {
        assertThat(figures("Families can call the hotline on 0800 555 0199 for news.")).isEmpty();
        assertThat(figures("The embassy number is +44 20 7946 0958 today.")).isEmpty();
        assertThat(figures("Call (212) 555-0147 for details.")).isEmpty();
    }

    @Test
    void pageNumbers() {
        assertThat(reason("The rule is set out on page 14 of the report.", "14")).isEqualTo("PageNumbers");
        assertThat(reason("Under Article 51 the state may respond.", "51")).isEqualTo("PageNumbers");
        assertThat(reason("See No. 7 in the list.", "7")).isEqualTo("PageNumbers");
    }

    @Test
    void scores() {
        assertThat(figures("The home side won 3-1 in the final.")).isEmpty();
        assertThat(figures("A 2-0 victory sealed the league title.")).isEmpty();
    }

    @Test
    void numbersInsideProperNames() {
        assertThat(figures("Leaders met at the G20 summit after flight MH17 was recalled.")).isEmpty();
        assertThat(figures("The F-16 jets and COVID-19 rules were debated.")).isEmpty();
        assertThat(figures("The council cited Resolution 2334 and Apollo 11 in its letter.")).isEmpty();
        assertThat(figures("He watched Channel Four with friends.")).isEmpty();
    }

    @Test
    void measuresAndCompoundModifiers() {
        assertThat(figures("After 14 months of fighting, a 3-day truce began 40 km away.")).isEmpty();
        assertThat(figures("They discussed a two-state plan.")).isEmpty();
        assertThat(figures("A 2,500-strong force moved in.")).containsExactly(2500d);
    }

    @Test
    void oneIsAFigureOnlyWithAHedgeOrACountedNoun() {
        assertThat(figures("One of the guards said no one had left on one day.")).isEmpty();
        assertThat(figures("The raid killed at least one civilian.")).containsExactly(1d);
        assertThat(figures("One soldier was wounded.")).containsExactly(1d);
    }
}
