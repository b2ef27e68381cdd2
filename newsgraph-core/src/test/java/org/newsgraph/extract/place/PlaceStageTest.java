package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.place.PlaceTraps.place;
import static org.newsgraph.extract.place.PlaceTraps.run;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;

/** The known traps of geocoding news, each in sentences of our own. */
class PlaceStageTest {

    @Test
    void washingtonAloneIsTheCapitalEvenWhenItMeansTheGovernment() {
        ExtractedArticle x = run("Talks stall", "Washington warned Moscow on Monday that the talks could collapse.");
        Place w = place(x, "Washington");
        assertThat(w.geonameId()).isEqualTo(4140963L);
        assertThat(w.country()).isEqualTo("US");
        assertThat(w.featureClass()).isEqualTo("P");
        assertThat(place(x, "Moscow").country()).isEqualTo("RU");
    }

    @Test
    void washingtonAfterATownOfTheStateIsTheState() {
        ExtractedArticle x = run("Rain", "The storm reached Seattle, Washington, late on Friday.");
        Place w = place(x, "Washington");
        assertThat(w.featureClass()).isEqualTo("A");
        assertThat(w.admin1()).isEqualTo("Washington");
        assertThat(w.lon()).isLessThan(-115);
    }

    @Test
    void georgiaIsTheCountryUnlessTheTextPutsItInTheUnitedStates() {
        ExtractedArticle abroad = run("Protests", "Thousands marched in Tbilisi as Georgia's parliament met.");
        assertThat(place(abroad, "Georgia").country()).isEqualTo("GE");
        assertThat(place(abroad, "Georgia").geonameId()).isEqualTo(614540L);

        ExtractedArticle home = run("Vote count", "Officials in Atlanta, Georgia, began a recount.");
        assertThat(place(home, "Georgia").country()).isEqualTo("US");
        assertThat(place(home, "Georgia").featureClass()).isEqualTo("A");
    }

    @Test
    void nationalityWordsAreNotPlaces() {
        ExtractedArticle x = run("Visit", "Iraqi and Syrian officials met in Amman on Sunday.");
        assertThat(x.places()).extracting(Place::name).containsExactly("Amman");
        assertThat(place(x, "Amman").country()).isEqualTo("JO");
    }

    @Test
    void aTownIsNeverMatchedFuzzilyToACountry() {
        ExtractedArticle x = run("Budget", "Lawmakers in Albany passed the budget, New York officials said.");
        Place albany = place(x, "Albany");
        assertThat(albany.country()).isEqualTo("US");
        assertThat(albany.admin1()).isEqualTo("New York");
        assertThat(x.places()).noneMatch(p -> "AL".equals(p.country()));
    }

    @Test
    void theContainerNamedAfterACommaDecides() {
        ExtractedArticle x = run("Funeral", "Mourners gathered in Rafah, Gaza Strip, on Tuesday.");
        Place rafah = place(x, "Rafah");
        assertThat(rafah.country()).isEqualTo("PS");
        assertThat(rafah.geoname()).isEqualTo("Rafaḩ");
        assertThat(rafah.admin1()).isEqualTo("Gaza Strip");
    }

    @Test
    void diacriticsDoNotTellNamesApart() {
        ExtractedArticle x = run("Funeral", "Mourners gathered in Rafaḩ, Gaza Strip, on Tuesday.");
        assertThat(place(x, "Rafaḩ").geonameId()).isEqualTo(281102L);
    }

    @Test
    void transliterationVariantsResolveInsideTheArticlesCountry() {
        ExtractedArticle x = run("Strikes", "Strikes hit Khan Younis and Deir Al-Balah in the Gaza Strip overnight.");
        assertThat(place(x, "Khan Younis").geonameId()).isEqualTo(281124L);
        assertThat(place(x, "Deir Al-Balah").geonameId()).isEqualTo(281141L);
    }

    @Test
    void transliterationIsNotTriedWithoutACountryInTheArticle() {
        // "Khan Younis" is one of the town's recorded other names; this spelling is not
        ExtractedArticle x = run("Note", "Khan Yunes was mentioned without any other place.");
        assertThat(x.places()).isEmpty();
    }

    @Test
    void possessivesLeaveTheNameAndItsSpan() {
        ExtractedArticle x = run("Parade", "The parade crossed Baghdad's Green Zone.");
        Place b = place(x, "Baghdad");
        assertThat(x.article().text().substring(b.start(), b.end())).isEqualTo("Baghdad");
        assertThat(b.country()).isEqualTo("IQ");
    }

    @Test
    void focusIsTheCountryMostNamedAndTheTownNamedMost() {
        ExtractedArticle x = run("Talks in Doha",
                "Negotiators met in Doha. Qatar hosted the talks as Israel pressed on in Gaza.",
                "The Doha talks resumed on Friday; Gaza health officials reported more deaths in Rafah and Gaza.");
        assertThat(x.focus()).as("focus of %s", x.places()).extracting(Place::country).contains("PS");
        assertThat(x.focus()).as("focus of %s", x.places()).extracting(Place::name).contains("Doha");
    }

    @Test
    void aVillageAbroadCannotVouchForItself() {
        // the only "Peculiar" in the gazetteer is a US village; nothing else in the text points to the US, so no
        // place is better than a wrong one
        ExtractedArticle x = run("Ports", "The tanker Peculiar was diverted from Rotterdam to Hamburg, the port said.");
        assertThat(x.places()).noneMatch(p -> "US".equals(p.country()));
        assertThat(x.places()).extracting(Place::name).contains("Hamburg");
    }

    @Test
    void englishNamesOfForeignCitiesAreKnown() {
        // GeoNames records "Antwerp" as another name of Antwerpen; the villages called Antwerp are in the US
        ExtractedArticle x = run("Ports", "Ships were diverted from Rotterdam to Antwerp and Hamburg, the port said.");
        assertThat(place(x, "Antwerp").country()).isEqualTo("BE");
        assertThat(place(x, "Antwerp").geonameId()).isEqualTo(2803138L);
    }
}
