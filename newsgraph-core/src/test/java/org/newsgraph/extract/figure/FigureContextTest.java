package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;

/** Who claims a figure, whose it is, where, when and by whom: read from what earlier stages put in the model. */
class FigureContextTest {

    private static Figure only(ExtractedArticle x) {
        List<Figure> f = FigureStage.find(x);
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    @Test
    void reportedSpeechCoveringTheFigureGivesItsClaimant() {
        String s = "Valdoria says the rebels killed some 800 villagers in the raid.";
        Figure f = only(Texts.of(s).entity("Valdoria", "LOCATION", "Valdoria")
                .quote("the rebels killed some 800 villagers in the raid", "Valdoria", false).build());
        assertThat(f.claimant()).isEqualTo("Valdoria");
        assertThat(f.value()).isEqualTo(800d);
        assertThat(f.counts()).isEqualTo("killed");
    }

    @Test
    void theInnermostAttributionWins() {
        String s = "The envoy said the ministry reported that 1,300 people had died.";
        Figure f = only(Texts.of(s)
                .quote("the ministry reported that 1,300 people had died", "Envoy Lena Park", false)
                .quote("1,300 people had died", "Health Ministry", false).build());
        assertThat(f.claimant()).isEqualTo("Health Ministry");
    }

    @Test
    void aQuotedFragmentInTheSameClauseLendsItsSpeaker() {
        String s = "The Norland army said it had \"neutralised\" more than 4,000 insurgents this year.";
        Figure f = only(Texts.of(s).quote("neutralised", "Norland army", true).build());
        assertThat(f.claimant()).isEqualTo("Norland army");
        assertThat(f.counts()).isEqualTo("killed");
        assertThat(f.noun()).isEqualTo("insurgents");
    }

    @Test
    void aFragmentBeyondAClauseBreakDoesNot() {
        String s = "The mayor called the looting \"a disgrace,\" after crowds burned a depot, injuring at least two guards.";
        Figure f = only(Texts.of(s).quote("a disgrace,", "Mayor Ivo Brandt", true).build());
        assertThat(f.claimant()).isNull();
        assertThat(f.counts()).isEqualTo("wounded");
    }

    @Test
    void theArticlesOwnVoiceHasNoClaimantAndNoQuotesIsFine() {
        Figure f = only(Texts.of("The bridge carries 30,000 vehicles a day.").build());
        assertThat(f.claimant()).isNull();
        assertThat(f.where()).isNull();
        assertThat(f.when()).isNull();
    }

    @Test
    void ownerOfTheCountedThings() {
        String s = "The Republic of Osteria currently has about 3,000 troops in Port Emery.";
        Figure f = only(Texts.of(s).entity("Republic of Osteria", "LOCATION", "Osteria").place("Port Emery").build());
        assertThat(f.subject()).isEqualTo("Osteria");
        assertThat(f.where()).isEqualTo("Port Emery");
        assertThat(f.counts()).isEqualTo("troops");
        assertThat(only(Texts.of("Kestria's 40 warships sailed.").build()).subject()).isEqualTo("Kestria");
    }

    @Test
    void placeAfterAPrepositionWithItsCompassWord() {
        String s = "Marlow officials said 12 people were killed in northern Vesta on Sunday.";
        Figure f = only(Texts.of(s).place("Marlow").place("Vesta").date("Sunday", "2024-03-10").build());
        assertThat(f.where()).isEqualTo("northern Vesta");
        assertThat(f.when()).isEqualTo("2024-03-10");
    }

    @Test
    void aPlaceOpeningARelativeClauseIsNotWhere() {
        String s = "The siege began with a raid on eastern Vesta in which Norland says rebels killed some 90 people.";
        Figure f = only(Texts.of(s).place("Vesta").place("Norland").build());
        assertThat(f.where()).isEqualTo("eastern Vesta");
    }

    @Test
    void perpetrators() {
        assertThat(only(Texts.of("The Crimson Front killed 14 guards.").build()).perpetrator()).isEqualTo("Crimson Front");
        assertThat(only(Texts.of("Nine people were wounded by Tessin militiamen.").build()).perpetrator())
                .isEqualTo("Tessin");
        assertThat(only(Texts.of("Five people were killed in a Norland drone strike.").entity("Norland", "MISC", "Norland")
                .build()).perpetrator()).isEqualTo("Norland");
        assertThat(only(Texts.of("The flood toll rose to 70.").build()).perpetrator()).isNull();
    }
}
