package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.place.PlaceTraps.place;
import static org.newsgraph.extract.place.PlaceTraps.run;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;

/** Each kind of place the gazetteer holds beyond towns, countries and states, in sentences of our own. */
class PlaceKindsTest {

    @Test
    void aSeaIsAPlaceOfWater() {
        ExtractedArticle x = run("Storms", "Fishing boats stayed in port as storms swept the Black Sea on Monday.");
        Place sea = place(x, "Black Sea");
        assertThat(sea.featureClass()).isEqualTo("H");
        assertThat(sea.lat()).isBetween(41.0, 47.0);
        assertThat(sea.lon()).isBetween(28.0, 42.0);
    }

    @Test
    void aWorldRegionIsNoTownAndNoCountry() {
        ExtractedArticle x = run("Markets", "Oil prices rose on fears of a wider war in the Middle East.");
        Place region = place(x, "Middle East");
        assertThat(region.featureClass()).isEqualTo("L");
        assertThat(region.country()).isNull();
        assertThat(Distance.km(region.lat(), region.lon(), 29.0, 42.0)).isLessThan(1500);
    }

    @Test
    void aCountyIsFoundByItsFullName() {
        ExtractedArticle x = run("Storm", "Deputies in Cuyahoga County closed two roads after the storm.");
        Place county = place(x, "Cuyahoga County");
        assertThat(county.country()).isEqualTo("US");
        assertThat(county.admin1()).isEqualTo("Ohio");
        assertThat(county.featureClass()).isEqualTo("A");
        assertThat(Distance.km(county.lat(), county.lon(), 41.5, -81.7)).isLessThan(50);
    }

    @Test
    void aProvinceIsFoundWithoutTheWordForItsKind() {
        // GeoNames calls it "Province of Laguna"; the towns called Laguna are in California, Brazil and New Mexico
        ExtractedArticle x = run("Floods", "Floods cut off villages across Laguna, south of Manila, on Sunday.");
        Place laguna = place(x, "Laguna");
        assertThat(laguna.country()).isEqualTo("PH");
        assertThat(laguna.featureClass()).isEqualTo("A");
    }

    @Test
    void anEnglishCountyBeatsAnAmericanTownOfItsNameWhenTheArticleIsInEngland() {
        ExtractedArticle x = run("Floods", "Floods closed roads across Kent, and trains from Maidstone to London were cancelled.");
        Place kent = place(x, "Kent");
        assertThat(kent.country()).isEqualTo("GB");
        assertThat(kent.featureClass()).isEqualTo("A");
    }

    @Test
    void theShortFormOfACountyNamedInFullIsThatCounty() {
        ExtractedArticle x = run("Budget", "Suffolk County lawmakers met in Riverhead. Suffolk officials said taxes would rise.");
        Place full = place(x, "Suffolk County");
        Place bare = place(x, "Suffolk");
        assertThat(bare.country()).isEqualTo("US");
        assertThat(bare.lat()).isEqualTo(full.lat());
        assertThat(bare.lon()).isEqualTo(full.lon());
    }

    @Test
    void aFormerNameOfAFarCityDoesNotBeatATownThatBearsIt() {
        // "Salisbury" is among Harare's recorded names; in a story set in Britain it is the English town
        ExtractedArticle x = run("Inquiry", "Police in Salisbury and London said Britain would widen the inquiry.");
        Place s = place(x, "Salisbury");
        assertThat(s.country()).isEqualTo("GB");
    }
}
