package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/**
 * Subjects and cues the rules used to get wrong, one invented sentence each, through the real quote stage: words
 * that look like something else (a noun ending in -ly, a no-break space after a period, an idiom), and subjects
 * standing in odd places.
 */
class SubjectShapesTest {

    @Test
    void nounEndingInLyBeforeTheVerbIsPartOfTheSubject() {
        Quote q = startingWith(story("The crew rebuilt the pier in May, lawyers for the family said.").quotes(),
                "The crew");
        assertThat(q.speakerMention()).isEqualTo("lawyers for the family");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void noBreakSpaceAfterAPeriodStartsANewSentence() {
        Quote q = startingWith(story("The ferry was late again.\u00A0Harbour master Ilse Brandt says the engines are worn out.")
                .quotes(), "the engines");
        assertThat(q.speakerMention()).isEqualTo("Harbour master Ilse Brandt");
        assertThat(q.cue()).isEqualTo("says");
    }

    @Test
    void determinerPhraseAfterTheVerbClosingTheSentence() {
        Quote q = startingWith(story("The meeting ended in shouting, said one council source in the room.").quotes(),
                "The meeting");
        assertThat(q.speakerMention()).startsWith("one council source");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.anonymous()).isTrue();
    }

    @Test
    void clauseAfterSaidTheIsNotTakenForAnInvertedSubject() {
        Quote q = startingWith(story("Rosa Lind, 61, who watched from the quay, said the launch brought back her youth.")
                .quotes(), "the launch");
        assertThat(q.speakerMention()).startsWith("Rosa Lind");
    }

    @Test
    void reportedAfterAQuoteTakesTheNameAfterIt() {
        Quote q = startingWith(story("\u201CThe vote is too close to call,\u201D reported the Gazette.").quotes(), "The vote");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("the Gazette");
        assertThat(q.cue()).isEqualTo("reported");
    }

    @Test
    void pronounRightBeforeTheVerbIsTheWholeSubject() {
        Quote q = startingWith(story("He will spend the $2 million he says he raised on advertising.").quotes(), "he raised");
        assertThat(q.speakerMention()).isEqualTo("he");
        assertThat(q.cue()).isEqualTo("says");
    }

    @Test
    void negatedModalBetweenSubjectAndVerb() {
        Quote q = startingWith(story("Ortiz wouldn\u2019t say whether the plant would close.").quotes(), "whether");
        assertThat(q.speakerMention()).isEqualTo("Ortiz");
        assertThat(q.cue()).isEqualTo("say");
    }

    @Test
    void relativeClauseBelongsToTheNounBeforeWho() {
        Quote q = startingWith(story("The contracts were never published, officials who read them told the Gazette.")
                .quotes(), "The contracts");
        assertThat(q.speakerMention()).isEqualTo("officials who read them");
        assertThat(q.cue()).isEqualTo("told");
    }

    @Test
    void calledAfterAnAppositionIsACue() {
        Quote q = startingWith(story("Mira Holt, an adviser to the mayor, called the ruling \u201Ca gift to the developers.\u201D")
                .quotes(), "a gift");
        assertThat(q.speakerMention()).startsWith("Mira Holt");
        assertThat(q.cue()).isEqualTo("called");
    }

    @Test
    void letsSayAndAdverbsAreNoCues() {
        List<Quote> quotes = story("Let's say you expect the degree to cost more. Judges may not act, prosecutors rarely "
                + "pursue such cases, and the council lacks the power.").quotes();
        assertThat(quotes).extracting(Quote::cue).doesNotContain("say", "rarely");
    }

    @Test
    void verbOfSayingInsideALooserCuesContentIsJudgedAsIfAlone() {
        List<Quote> quotes = story("The mayor ignored a report in which engineers warned that the pier would collapse.")
                .quotes();
        Quote inner = startingWith(quotes, "the pier");
        assertThat(inner.speakerMention()).isEqualTo("engineers");
        assertThat(inner.cue()).isEqualTo("warned");
        Quote outer = startingWith(quotes, "a report");
        assertThat(outer.speakerMention()).isEqualTo("The mayor");
        assertThat(outer.cue()).isEqualTo("ignored");
        assertThat(inner.parent()).isEqualTo(quotes.indexOf(outer));
    }

    @Test
    void quotationAnnouncedByAColonMayRunOverParagraphs() {
        Quote q = startingWith(story("The Harbour Gazette reports:",
                "\"The first time she saw the ship, it was already listing. The crew had left.",
                "\"By noon the harbour master had closed the port.\"").quotes(), "The first time");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("The Harbour Gazette");
        assertThat(q.cue()).isEqualTo("reports");
    }

    @Test
    void asideBetweenCommasBeforeThatOpensNothing() {
        Quote place = startingWith(story("Ruiz says at a rally in Vigo, Galicia, that the yard will reopen.").quotes(),
                "the yard");
        assertThat(place.speakerMention()).isEqualTo("Ruiz");
        assertThat(place.text()).isEqualTo("the yard will reopen");
        Quote aside = startingWith(story("Several engineers cautioned, as did the port itself, that the crane was unsafe.")
                .quotes(), "the crane");
        assertThat(aside.speakerMention()).isEqualTo("Several engineers");
        assertThat(aside.cue()).isEqualTo("cautioned");
    }

    @Test
    void pressBeforeAVerbTaggedAsSuchIsItsSubject() {
        // "the press reports" is a noun; "the local press claimed" is a subject and its verb, as the tagger reads them
        Quote q = startingWith(story("The drill, which the local press claimed had gone to plan, worried the council.")
                .quotes(), "had gone");
        assertThat(q.speakerMention()).isEqualTo("the local press");
        assertThat(q.cue()).isEqualTo("claimed");
    }

    @Test
    void secondVerbWithNoEarlierCueTakesTheSubjectOfItsClause() {
        Quote q = startingWith(story("Ruiz smiled and told the crowd that the yard would reopen.").quotes(), "the yard");
        assertThat(q.speakerMention()).isEqualTo("Ruiz");
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.text()).isEqualTo("the yard would reopen");
    }

    @Test
    void calledBeforeANameIsACueWhenItIsThePastTenseNotANaming() {
        Quote q = startingWith(story("The harbour master called Lund a danger to the port.").quotes(), "Lund");
        assertThat(q.speakerMention()).isEqualTo("The harbour master");
        assertThat(q.cue()).isEqualTo("called");
        assertThat(story("A group called Port Watch is suing the city.").quotes()).noneMatch(x -> x.cue().equals("called"));
    }
}
