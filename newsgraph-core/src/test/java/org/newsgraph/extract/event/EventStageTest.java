package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.nlp.NlpStage;

/** Each event rule on sentences of our own, through the real NLP, place and event stages. */
class EventStageTest {

    private static final NlpStage NLP = NlpStage.news();

    private static List<Event> events(String... paragraphs) {
        Article a = Article.assemble(new Source("test", null, "dump", 0), "H",
                new Published("2024-03-10", "2024-03-10", "2024-03-10", "metadata"), List.of(),
                Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return EventStage.standard().apply(PlaceStage.standard().apply(NLP.apply(ExtractedArticle.bare(a)))).events();
    }

    private static List<org.assertj.core.groups.Tuple> coded(String... paragraphs) {
        return events(paragraphs).stream().map(e -> tuple(e.source(), e.action(), e.target())).toList();
    }

    @Test
    void subjectBeforeTheVerbObjectAfterItAsCanonicalActors() {
        // "Turkish troops" is Turkey: a state's troops act for the state
        assertThat(coded("Turkish troops attacked Kurdish militants near the Syrian border on Monday."))
                .containsExactly(tuple("Turkey", "ASSAULT", "Kurdish militants"));
    }

    @Test
    void thePassiveNamesItsSourceAfterBy() {
        assertThat(coded("Two Afghan soldiers were killed by Taliban fighters in Kandahar province."))
                .containsExactly(tuple("Taliban", "ASSAULT", "Afghanistan"));
    }

    @Test
    void aNounReportsAnActThroughItsModifierAndPreposition() {
        assertThat(coded("Saudi air strikes on Houthi rebels intensified on Sunday."))
                .containsExactly(tuple("Saudi Arabia", "ASSAULT", "Houthi rebels"));
        assertThat(coded("Attacks by Shabaab militants on Kenyan police have multiplied this year."))
                .containsExactly(tuple("Shabaab", "ASSAULT", "Kenya"));
    }

    @Test
    void aPossessiveNamesWhoseTalksTheyAre() {
        List<Event> es = events("Egypt's talks with Hamas resumed in Cairo on Tuesday.");
        assertThat(es).extracting(Event::source, Event::action, Event::target)
                .containsExactly(tuple("Egypt", "CONSULT", "Hamas"));
        assertThat(es.get(0).place()).isEqualTo("Cairo");
    }

    @Test
    void aVerbThatTakesTheActsNounLendsItsSubject() {
        assertThat(coded("Israel pressed its offensive on Rafah."))
                .containsExactly(tuple("Israel", "ASSAULT", "Rafah"));
    }

    @Test
    void callingOnAndDemandingThatAimAtWhoShouldAct() {
        assertThat(coded("Germany called on Russia to withdraw its troops from the border."))
                .containsExactly(tuple("Germany", "REQUEST", "Russia"));
        assertThat(coded("Poland demanded that Belarus release the detained journalists."))
                .containsExactly(tuple("Poland", "REQUEST", "Belarus"));
    }

    @Test
    void whatSomeoneSaysAnotherMustDoIsADemandOfTheOther() {
        assertThat(coded("Japan said China must stop the naval drills."))
                .containsExactly(tuple("Japan", "REQUEST", "China"));
    }

    @Test
    void aPronounStandsForTheSubjectBeforeIt() {
        // "it" is the government, and a government's country is the actor; "suspects" are people, an actor
        assertThat(coded("Kenya's government said on Friday that it had arrested several suspects."))
                .containsExactly(tuple("Kenya", "COERCE", "suspects"));
    }

    @Test
    void aResponseNamesTheUnnamedAttackerByReciprocity() {
        List<org.assertj.core.groups.Tuple> es = coded("Israel struck Hezbollah positions in southern Lebanon on Monday.",
                "The strikes came in response to rocket attacks on Israeli troops.");
        assertThat(es).containsExactly(tuple("Israel", "ASSAULT", "Hezbollah"), tuple("Hezbollah", "ASSAULT", "Israel"));
    }

    @Test
    void unnamedNegotiatorsMeetAsTheTwoSidesTheArticleNames() {
        List<Event> es = events("Negotiators met in Vienna on Monday to revive the nuclear deal.",
                "The Iranian delegation was led by a deputy minister. The American delegation arrived on Sunday.",
                "Iran has long said that Iran wants sanctions lifted.");
        assertThat(es).extracting(Event::source, Event::action, Event::target)
                .containsExactly(tuple("Iran", "CONSULT", "United States"));
        assertThat(es.get(0).place()).isEqualTo("Vienna");
    }

    @Test
    void aGroupGoesByTheNameTheArticleUsesForIt() {
        // "Saudi-led military forces" and "the Saudi-led coalition" are one group; the article calls it "the coalition"
        assertThat(coded("Yemen wants a rapid exit of Saudi-led military forces.",
                "The Saudi-led coalition has been in the country since 2015, and the coalition says it will stay."))
                .containsExactly(tuple("Yemen", "REQUEST", "Saudi-led coalition"));
    }

    @Test
    void wordsInsideNamesAndCompoundsAreNoActs() {
        // "Iran-backed" reports no support by Iran; the militias' own act is coded
        assertThat(coded("Iran-backed militias fired rockets at American troops."))
                .containsExactly(tuple("Iran-backed militias", "ASSAULT", "United States"));
    }

    @Test
    void bareCommonWordsAndAgentNounsAreNoActors() {
        assertThat(events("Police said the blast killed 12 people.")).isEmpty();
        assertThat(events("The attackers fled toward the border.")).isEmpty();
    }

    @Test
    void aDenialOrWarningThatSomethingHappenedAimsAtNoOne() {
        assertThat(events("Syria denied that civilians were killed in the raids.")).isEmpty();
    }

    @Test
    void anActorInsideARelativeClauseIsNotTheMainVerbsSubject() {
        assertThat(coded("Lawmakers who voted against Prime Minister Narendra Modi accused Pakistan of meddling."))
                .contains(tuple("Lawmakers", "ACCUSE", "Pakistan"))
                .noneMatch(t -> "Narendra Modi".equals(t.toList().get(0)) && "ACCUSE".equals(t.toList().get(1)));
    }

    @Test
    void anOpeningSubordinateClauseEndsAtItsComma() {
        assertThat(coded("After Hamas rejected the Egyptian offer, Israel attacked Gaza."))
                .contains(tuple("Israel", "ASSAULT", "Gaza")).doesNotContain(tuple("Hamas", "REJECT", "Israel"));
    }

    @Test
    void strikingADealIsAnAgreement() {
        assertThat(coded("Turkey struck a deal with Russia on grain exports."))
                .containsExactly(tuple("Turkey", "AGREE", "Russia"));
    }

    @Test
    void thePlaceIsWhereTheSentencePutsTheAct() {
        // "the Geneva conference" says nothing of where the shelling was
        List<Event> es = events("Ahead of the Geneva conference, Syrian troops shelled rebels near Idlib.");
        assertThat(es).extracting(Event::source, Event::action, Event::target, Event::place)
                .containsExactly(tuple("Syria", "ASSAULT", "rebels", "Idlib"));
    }

    @Test
    void theArticleDateStandsInWithItsBasis() {
        Event e = events("Brazil accused Venezuela of violating the border.").get(0);
        assertThat(e.action()).isEqualTo("ACCUSE");
        assertThat(e.date()).isEqualTo("2024-03-10");
        assertThat(e.dateBasis()).isEqualTo("published");
        assertThat(e.evidence()).startsWith("Brazil accused");
    }

    @Test
    void theSentencesTimeExpressionDatesTheAct() {
        Event e = events("The conflict began with a Hamas raid on Israel on Oct. 7, 2023.").get(0);
        assertThat(e.action()).isEqualTo("ASSAULT");
        assertThat(e.date()).isEqualTo("2023-10-07");
        assertThat(e.dateBasis()).isEqualTo("sentence");
    }

    @Test
    void oneEventPerActHoweverOftenReported() {
        assertThat(events("Brazil accused Venezuela of lying.", "Again, Brazil accused Venezuela of lying.")).hasSize(1);
    }

    @Test
    void negatedCooperationIsARejection() {
        Event e = events("Serbia will not accept Kosovo's proposal.").get(0);
        assertThat(e.action()).isEqualTo("REJECT");
        assertThat(e.mode()).isEqualTo("negated");
    }

    @Test
    void anIntentToHarmIsAThreat() {
        Event e = events("Russia said it would impose a blockade on Moldova.").get(0);
        assertThat(e.action()).isEqualTo("THREATEN");
        assertThat(e.mode()).isEqualTo("future");
    }

    @Test
    void anActInAnEarlierYearIsHistory() {
        Event e = events("Iraq invaded Kuwait in 1990.").get(0);
        assertThat(e.action()).isEqualTo("ASSAULT");
        assertThat(e.mode()).isEqualTo("historical");
    }

    @Test
    void withoutATargetNothingIsCoded() {
        assertThat(events("Thousands of Chileans protested loudly.")).isEmpty();
    }

    @Test
    void actsInsideQuotationsAreNotCoded() {
        assertThat(events("\"We will attack Georgia,\" a Russian official said.")).isEmpty();
    }

    @Test
    void aTownIsNoSourceButMayBeATarget() {
        assertThat(events("Rotterdam accused Belgium of lying.")).isEmpty();
        assertThat(coded("Russia launched strikes on Kharkiv.")).containsExactly(tuple("Russia", "ASSAULT", "Kharkiv"));
    }
}
