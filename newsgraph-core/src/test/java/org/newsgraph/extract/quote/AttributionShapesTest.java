package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Shapes of attribution the PolNeAR work added, one invented sentence each, through the real quote stage. */
class AttributionShapesTest {

    @Test
    void closingMarkTypedAsTheOpeningOneBeforeADashSignature() {
        Quote q = startingWith(story("\u201DWe will rebuild the bridge before the winter comes.\u201D \u2015 Marta Kowalczyk")
                .quotes(), "We will rebuild");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("Marta Kowalczyk");
    }

    @Test
    void invertedSpeakerOpeningWithATitleAfterAQuote() {
        Quote q = startingWith(story("\u201CThe river has never been this low,\u201D said harbour pilot Jonas Berg.").quotes(),
                "The river");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("harbour pilot Jonas Berg");
    }

    @Test
    void pronounContractedWithItsVerb() {
        Quote q = startingWith(story("She's claiming that the count was rigged in three wards.").quotes(), "the count");
        assertThat(q.speakerMention()).isEqualTo("She");
        assertThat(q.cue()).isEqualTo("claiming");
    }

    @Test
    void subjectWithARelativeClauseIsNotInvertedOntoTheContent() {
        Quote q = startingWith(story("Ana Ruiz, who ran the port for a decade, said Lopez had left early.").quotes(), "Lopez");
        assertThat(q.speakerMention()).startsWith("Ana Ruiz");
        assertThat(q.text()).isEqualTo("Lopez had left early");
    }

    @Test
    void titleCaseHeadlineVerb() {
        List<Quote> qs = story("Harbour Chief Says Ferry Will Return In May", "The ferry was stopped in March.").quotes();
        Quote q = startingWith(qs, "Ferry Will Return");
        assertThat(q.cue()).isEqualTo("Says");
        assertThat(q.speakerMention()).isEqualTo("Harbour Chief");
    }

    @Test
    void kindTellsWordsSaidFromBeliefs() {
        List<Quote> qs = story("The mayor said the road would reopen on Friday.",
                "Local farmers believe that the new dam will fail.").quotes();
        assertThat(startingWith(qs, "the road").kind()).isEqualTo(Kinds.SPEECH);
        assertThat(startingWith(qs, "the new dam").kind()).isEqualTo(Kinds.THOUGHT);
    }

    @Test
    void cueWithAColonAnnouncesTheNextParagraph() {
        List<Quote> qs = story("Mayor Lena Holm added:", "We will not close the library while I am in office.").quotes();
        Quote q = startingWith(qs, "We will not close");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("Mayor Lena Holm");
        assertThat(q.cue()).isEqualTo("added");
    }

    @Test
    void noBreakSpaceSeparatesTheSubjectFromItsVerb() {
        Quote q = startingWith(story("\u201CThe ferry will run again in May,\u201D she\u00A0told reporters.").quotes(),
                "The ferry");
        assertThat(q.direct()).isTrue();
        assertThat(q.text()).isEqualTo("The ferry will run again in May");
        assertThat(q.speakerMention()).isEqualTo("she");
        assertThat(q.cue()).isEqualTo("told");
    }

    @Test
    void contractedPronounBeforeAnAdverb() {
        Quote q = startingWith(story("She\u2019s also warning that the levee will not hold another spring.").quotes(),
                "the levee");
        assertThat(q.speakerMention()).isEqualTo("She");
        assertThat(q.cue()).isEqualTo("warning");
        assertThat(q.text()).isEqualTo("the levee will not hold another spring");
    }

    @Test
    void adverbSinceAfterHas() {
        Quote q = startingWith(story("The mayor has since said the bridge will stay closed.").quotes(), "the bridge");
        assertThat(q.speakerMention()).isEqualTo("The mayor");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void relativeThatIsTheSource() {
        Quote q = startingWith(story("Dockers back a union that says the pier is unsafe.").quotes(), "the pier");
        assertThat(q.speakerMention()).isEqualTo("that");
        assertThat(q.cue()).isEqualTo("says");
        assertThat(q.text()).isEqualTo("the pier is unsafe");
    }

    @Test
    void quantifierOfWhomIsTheSource() {
        Quote q = startingWith(story("The plan angered the fishermen, many of whom say the quotas are too low.").quotes(),
                "the quotas");
        assertThat(q.speakerMention()).isEqualTo("many of whom");
        assertThat(q.cue()).isEqualTo("say");
        assertThat(q.text()).isEqualTo("the quotas are too low");
    }

    @Test
    void subjectWithAnAsideBetweenDashes() {
        Quote q = startingWith(story("Tomas Reyes \u2014 a ferry captain from the northern islands \u2014 says the harbour is "
                + "too shallow.").quotes(), "the harbour");
        assertThat(q.speakerMention()).isEqualTo("Tomas Reyes \u2014 a ferry captain from the northern islands \u2014");
        assertThat(q.cue()).isEqualTo("says");
        assertThat(q.text()).isEqualTo("the harbour is too shallow");
    }

    @Test
    void appositionWithARelativeClauseInside() {
        Quote q = startingWith(story("Ines Lund, the engineer who is running the survey, said the cliff had moved.")
                .quotes(), "the cliff");
        assertThat(q.speakerMention()).isEqualTo("Ines Lund, the engineer who is running the survey");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.text()).isEqualTo("the cliff had moved");
    }

    @Test
    void appositionAfterANameWithAPartyInBrackets() {
        Quote q = startingWith(story("Sen. Clara M. Ostrowski (D-N.H.), chair of the farm committee, said the subsidy "
                + "would end.").quotes(), "the subsidy");
        assertThat(q.speakerMention()).isEqualTo("Sen. Clara M. Ostrowski (D-N.H.), chair of the farm committee");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void sentenceOpeningWithTheVerbBeforeTheSpeaker() {
        Quote q = startingWith(story("Said Ostrowski: \u201CThe subsidy was never meant to last.\u201D").quotes(),
                "The subsidy");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("Ostrowski");
        assertThat(q.cue()).isEqualTo("Said");
        assertThat(q.text()).isEqualTo("The subsidy was never meant to last.");
    }

    @Test
    void declinedToCommentIsAnAttribution() {
        Quote q = startingWith(story("A spokeswoman for the port declined to comment on the report.").quotes(), "to comment");
        assertThat(q.speakerMention()).isEqualTo("A spokeswoman for the port");
        assertThat(q.cue()).isEqualTo("declined");
        assertThat(q.text()).isEqualTo("to comment on the report");
    }

    @Test
    void participleRightAfterItsNoun() {
        // the verb before the noun is no part of it ("heard", tagged a verb, ends the phrase), nor the listener
        Quote q = startingWith(story("Witnesses heard Mayor Lund telling workers that the bridge was safe.").quotes(),
                "the bridge");
        assertThat(q.speakerMention()).isEqualTo("Mayor Lund");
        assertThat(q.cue()).isEqualTo("telling");
        assertThat(q.text()).isEqualTo("the bridge was safe");
    }

    @Test
    void adverbTogetherBetweenSubjectAndVerb() {
        Quote q = startingWith(story("They met the exporters, which together vowed to cut their catches.").quotes(), "to cut");
        assertThat(q.speakerMention()).isEqualTo("which");
        assertThat(q.cue()).isEqualTo("vowed");
        assertThat(q.text()).isEqualTo("to cut their catches");
    }

    @Test
    void yearBetweenSubjectAndVerb() {
        Quote q = startingWith(story("The mine is run by Ruiz, who in 2012 said it would close.").quotes(), "it would");
        assertThat(q.speakerMention()).isEqualTo("who");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.text()).isEqualTo("it would close");
    }

    @Test
    void asideBetweenCommasBeforeTheVerb() {
        Quote q = startingWith(story("A survey of anglers has, however, revealed that most want a shorter season.").quotes(),
                "most want");
        assertThat(q.speakerMention()).isEqualTo("A survey of anglers");
        assertThat(q.cue()).isEqualTo("revealed");
        assertThat(q.text()).isEqualTo("most want a shorter season");
    }

    @Test
    void agentOfAPassiveIsTheSource() {
        Quote q = startingWith(story("The closure of the pier was first reported by the Harbour Gazette.").quotes(),
                "The closure");
        assertThat(q.speakerMention()).isEqualTo("the Harbour Gazette");
        assertThat(q.cue()).isEqualTo("reported by");
        assertThat(q.text()).isEqualTo("The closure of the pier");
    }

    @Test
    void byBeforeATimeOrANumberIsNoAgent() {
        List<Quote> quotes = story("The ferry was hit by a storm and sank by 5 p.m. on Friday.").quotes();
        assertThat(quotes).noneMatch(q -> q.cue().endsWith("by"));
    }

    @Test
    void quotationInsideTwoLayersBelongsToTheInnerSpeaker() {
        // "announcement" owns nothing here (a date stands between it and "his"), and the quoted words are Ruiz's
        List<Quote> quotes = story("Since his March 3 announcement that the yard would close, Ruiz has said the workers "
                + "deserve \u201Ca fair settlement\u201D.").quotes();
        Quote q = startingWith(quotes, "a fair settlement");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("Ruiz");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(quotes).noneMatch(x -> x.speakerMention().contains("March 3"));
    }

    @Test
    void whatAWarningIsOfIsItsContentNotAListener() {
        // "warned the crews that ..." has a listener; "warned of gusts ..." has none
        Quote q = startingWith(story("Boats returned to port after the coastguard warned of gusts of up to 110 km/h.")
                .quotes(), "of gusts");
        assertThat(q.speakerMention()).isEqualTo("the coastguard");
        assertThat(q.cue()).isEqualTo("warned");
        assertThat(q.text()).isEqualTo("of gusts of up to 110 km/h");
    }

    @Test
    void aVerbAfterAPossessivePhraseIsNoNounItOwns() {
        // "plan" is tagged a verb here, so its source is the whole subject, not the owner "The mayor's"
        Quote q = startingWith(story("The mayor's aides plan to reopen the pier in May.").quotes(), "to reopen");
        assertThat(q.speakerMention()).isEqualTo("The mayor's aides");
        assertThat(q.cue()).isEqualTo("plan");
        assertThat(q.kind()).isEqualTo(Kinds.THOUGHT);
    }
}
