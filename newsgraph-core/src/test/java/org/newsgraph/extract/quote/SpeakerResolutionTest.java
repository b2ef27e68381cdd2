package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

class SpeakerResolutionTest {

    @Test
    void pronounIsTheLastQuotedPersonNotTheNearestName() {
        List<Quote> qs = story(
                "Union leader Marta Silva said the strike would continue until wages rose.",
                "The delegation included negotiator Henrik Dahl and lawyer Omar Haddad.",
                "\u201CWe are not going back to work for promises,\u201D she added.").quotes();
        Quote q = startingWith(qs, "We are not going back");
        assertThat(q.speaker()).isEqualTo("Marta Silva");
        assertThat(q.speakerMention()).isEqualTo("she");
        assertThat(q.cue()).isEqualTo("added");
    }

    @Test
    void surnameBecomesTheFullName() {
        List<Quote> qs = story("Finance Minister Aiko Tanabe-Ross presented the plan.",
                "\u201CIt is a fair budget,\u201D Tanabe-Ross said.").quotes();
        assertThat(startingWith(qs, "It is a fair budget").speaker()).isEqualTo("Aiko Tanabe-Ross");
    }

    @Test
    void surnameWithParticleBecomesTheFullName() {
        List<Quote> qs = story("Governor Yusuf al-Hariri opened the port.", "Hariri said the port would stay open at night.").quotes();
        assertThat(startingWith(qs, "the port would").speaker()).isEqualTo("Yusuf al-Hariri");
    }

    @Test
    void titleAloneBecomesTheActorHoldingIt() {
        List<Quote> qs = story("Prime Minister Sven Aalto met the mayors.",
                "The prime minister said the rail link would be funded.").quotes();
        assertThat(startingWith(qs, "the rail link").speaker()).isEqualTo("Sven Aalto");
    }

    @Test
    void entitiesAndActorsFromTheNlpStageWin() {
        List<Quote> qs = story("Kim Arvidsson, who heads the agency, said the dam was safe.", "Arvidsson said inspections would double.")
                .entity("Kim Arvidsson", "PERSON", "Kim Arvidsson")
                .entity("Arvidsson", "PERSON", "Kim Arvidsson")
                .quotes();
        assertThat(startingWith(qs, "the dam was safe").speaker()).isEqualTo("Kim Arvidsson");
        assertThat(startingWith(qs, "inspections would double").speaker()).isEqualTo("Kim Arvidsson");
    }

    @Test
    void titleResolvedThroughTheActorsTitles() {
        List<Quote> qs = story("The chancellor said the tax would not rise.")
                .actor("Greta Holm", List.of("Holm"), List.of("chancellor"))
                .quotes();
        assertThat(startingWith(qs, "the tax would").speaker()).isEqualTo("Greta Holm");
    }

    @Test
    void groupsKeepTheirNounPhrase() {
        List<Quote> qs = story("Critics say the new bridge is too narrow.", "Local fishing crews said the harbour was silting up.").quotes();
        assertThat(startingWith(qs, "the new bridge").speaker()).isEqualTo("Critics");
        assertThat(startingWith(qs, "the harbour").speaker()).isEqualTo("Local fishing crews");
        assertThat(startingWith(qs, "the harbour").anonymous()).isFalse();
    }

    @Test
    void anonymousSourceWithRelativeClauseAndItsLaterMention() {
        List<Quote> qs = story(
                "A European diplomat familiar with the talks, who asked not to be named, told Reuters the draft was ready.",
                "The vote could come next week, the European diplomat said.").quotes();
        Quote first = startingWith(qs, "the draft was ready");
        assertThat(first.speaker()).isEqualTo("European diplomat");
        assertThat(first.anonymous()).isTrue();
        assertThat(first.medium()).isEqualTo("Reuters");
        Quote second = startingWith(qs, "The vote could come");
        assertThat(second.speaker()).isEqualTo("European diplomat");
        assertThat(second.anonymous()).isTrue();
    }

    @Test
    void anonymousSourceInATeam() {
        Quote q = startingWith(story("On Monday, a source in the Finnish delegation said the deadline had slipped.").quotes(),
                "the deadline");
        assertThat(q.speaker()).isEqualTo("source in the Finnish delegation");
        assertThat(q.anonymous()).isTrue();
    }

    @Test
    void apposedNameIsTheSpeakerNotThePlaceInTheApposition() {
        Quote q = startingWith(story("\u201CThe water is gone,\u201D Rania, 41, living with her sons near Port Elm, told Reuters via a messaging app.").quotes(),
                "The water is gone");
        assertThat(q.speaker()).isEqualTo("Rania");
        assertThat(q.medium()).isEqualTo("Reuters");
    }
}
