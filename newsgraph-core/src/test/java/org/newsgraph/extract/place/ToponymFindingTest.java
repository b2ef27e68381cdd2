package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.nlp.NlpStage;

/**
 * Toponyms the entity tagger misses or mistypes, found by the place stage after the real NLP stage, in sentences of
 * our own; and words that are not places.
 */
class ToponymFindingTest {

    private static final NlpStage NLP = NlpStage.news();
    private static final PlaceStage PLACES = PlaceStage.standard();

    private static ExtractedArticle run(String url, String... paragraphs) {
        Article a = Article.assemble(new Source("test", url, "jsonl", 0), "A headline", Published.fromMetadata("2024-03-05"),
                List.of(), Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return PLACES.apply(NLP.apply(ExtractedArticle.bare(a)));
    }

    private static List<String> names(ExtractedArticle x) {
        return x.places().stream().map(Place::name).toList();
    }

    private static Place place(ExtractedArticle x, String name) {
        return x.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " in " + x.places()));
    }

    @Test
    void aStateInsideAnAgencyNameIsAPlaceWhenTheArticleIsInItsCountry() {
        ExtractedArticle x = run(null, "The Vermont State Police said the lake near Burlington was closed.");
        assertThat(x.places()).anyMatch(p -> p.name().equals("Vermont") && "US".equals(p.country()));
        // with nothing else in the United States named, a state's name inside another name is not enough
        ExtractedArticle alone = run(null, "The Vermont State Police said the lake was closed.");
        assertThat(names(alone)).doesNotContain("Vermont");
    }

    @Test
    void aCountyInsideASheriffsOfficeIsThatCounty() {
        ExtractedArticle x = run(null, "Deputies from the Dane County Sheriff's Office arrested a man in Madison, Wisconsin, on Friday.");
        Place dane = place(x, "Dane County");
        assertThat(dane.country()).isEqualTo("US");
        assertThat(dane.admin1()).isEqualTo("Wisconsin");
    }

    @Test
    void aCountryInAHyphenatedCompoundIsAPlaceButANationalityWordIsNot() {
        ExtractedArticle x = run(null, "Police issued a Canada-wide warrant on Tuesday. Analysts watched Turkish-Greek relations.");
        assertThat(x.places()).anyMatch(p -> p.name().equals("Canada") && "CA".equals(p.country()));
        assertThat(names(x)).doesNotContain("Turkish", "Greek", "Turkey", "Greece");
    }

    @Test
    void anUntaggedProvinceAbbreviationAfterATownIsTheProvince() {
        ExtractedArticle x = run(null, "The couple from Moose Jaw, Sask. found the dog on the highway near Regina.");
        assertThat(x.places()).anyMatch(p -> p.name().startsWith("Sask") && "CA".equals(p.country()) && "A".equals(p.featureClass()));
    }

    @Test
    void aCapitalisedDatelineIsThePlaceTheArticleIsWrittenFrom() {
        ExtractedArticle x = run(null, "HALIFAX - The city council voted on Tuesday to extend the ferry service.");
        assertThat(x.places()).anyMatch(p -> p.start() == 0 && "CA".equals(p.country()));
    }

    @Test
    void aTownWrittenWithAStateThatHasNoTownOfThatNameIsNotReadElsewhere() {
        // no "Quillback" in Ohio; the gazetteer's other towns must not stand in for it
        ExtractedArticle x = run(null, "A driver from Dayton, Ohio, was hurt in a crash near Springfield, Ohio, on Monday.");
        assertThat(place(x, "Springfield").admin1()).isEqualTo("Ohio");
        assertThat(place(x, "Dayton").admin1()).isEqualTo("Ohio");
    }

    @Test
    void theWestTheRegionAndEarthAreNoPlaces() {
        ExtractedArticle x = run(null, "Leaders in the West said the region needs calm. Nothing on Earth will change that, "
                + "officials in Brussels said.");
        assertThat(names(x)).doesNotContain("West", "the West", "Earth", "region");
        assertThat(names(x)).contains("Brussels");
    }

    @Test
    void anOutletsCountryDecidesAnAmbiguousLocalName() {
        String text = "Volunteers in London handed out blankets on Sunday as the cold snap continued.";
        ExtractedArticle canadian = run("https://www.example.ca/news/1", text);
        ExtractedArticle other = run("https://www.example.com/news/1", text);
        assertThat(place(other, "London").country()).isEqualTo("GB");
        // a Canadian outlet's bare London is still London, England without more evidence: the capital's prior is
        // stronger than an outlet's hint; with one Ontario town beside it, the outlet tips it
        ExtractedArticle near = run("https://www.example.ca/news/1",
                "Volunteers in London handed out blankets as the cold reached nearby St. Thomas on Sunday.");
        assertThat(place(near, "London").country()).isEqualTo("CA");
        assertThat(canadian.places()).isNotEmpty();
    }

    @Test
    void theDatelineDecidesBetweenNamesakesNearIt() {
        ExtractedArticle x = run(null, "AUBURN, Maine (AP) \u2014 Police in Lewiston said on Tuesday the bridge would reopen.");
        assertThat(x.article().metadata().dateline()).isNotNull();
        assertThat(place(x, "Lewiston").admin1()).isEqualTo("Maine");
    }

    @Test
    void aFacilityTheGazetteerLacksStandsAtThePlaceTheTextPutsItIn() {
        ExtractedArticle x = run(null, "Hundreds of flights were cancelled at Toronto's Pearson International Airport on Friday.");
        Place airport = x.places().stream().filter(p -> p.name().contains("Pearson")).findFirst()
                .orElseThrow(() -> new AssertionError("no airport in " + x.places()));
        assertThat(airport.country()).isEqualTo("CA");
        assertThat(airport.geonameId()).isNull();
        assertThat(airport.lat()).isEqualTo(place(x, "Toronto").lat());
    }
}
