package org.newsgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.figure.Texts;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ExtractedArticle;

/** Claim patterns from invented sentences: denial after the assertion, by an agent, in the next sentence; unverified. */
class ClaimStageTest {

    private static Claim only(ExtractedArticle x) {
        List<Claim> c = ClaimStage.find(x);
        assertThat(c).hasSize(1);
        return c.get(0);
    }

    @Test
    void aDenialAfterAnAssertingClauseGoesToTheSentenceSubject() {
        String s = "Valdoria, the region's largest grain exporter, has condemned the blockade, calling the seizure "
                + "of its ships an act of piracy, claims Kestria strongly denies.";
        Claim c = only(Texts.of(s).entity("Valdoria", "LOCATION", "Valdoria").entity("Kestria", "LOCATION", "Kestria").build());
        assertThat(c.text()).isEqualTo("calling the seizure of its ships an act of piracy");
        assertThat(c.claimant()).isEqualTo("Valdoria");
        assertThat(c.disputedBy()).isEqualTo("Kestria");
        assertThat(c.status()).isEqualTo("denied");
    }

    @Test
    void withoutEntitiesTheCapitalisedNamesStillServe() {
        String s = "Port Emery accused the miners' union of sabotage, an accusation the union leadership rejected.";
        Claim c = only(Texts.of(s).build());
        assertThat(c.claimant()).isEqualTo("Port Emery");
        assertThat(c.text()).isEqualTo("Port Emery accused the miners' union of sabotage");
        assertThat(c.disputedBy()).isEqualTo("union leadership");
        assertThat(c.status()).isEqualTo("disputed");
    }

    @Test
    void aQuoteBeforeTheMarkerIsTheAssertion() {
        String s = "The rebels said they had shot down two helicopters, which the army denied.";
        Claim c = only(Texts.of(s).entity("army", "ORGANIZATION", "Norland army")
                .quote("they had shot down two helicopters", "Red Hills rebels", false).build());
        assertThat(c.text()).isEqualTo("they had shot down two helicopters");
        assertThat(c.claimant()).isEqualTo("Red Hills rebels");
        assertThat(c.disputedBy()).isEqualTo("Norland army");
        assertThat(c.status()).isEqualTo("denied");
    }

    @Test
    void aDenialInTheNextSentencePointsBack() {
        ExtractedArticle x = Texts.of("The opposition said 300 ballots were burned in Tessin.",
                        "The electoral board dismissed the reports as rumours.")
                .quote("300 ballots were burned in Tessin", "opposition", false).build();
        Claim c = only(x);
        assertThat(c.text()).isEqualTo("300 ballots were burned in Tessin");
        assertThat(c.claimant()).isEqualTo("opposition");
        assertThat(c.disputedBy()).isEqualTo("electoral board");
        assertThat(c.status()).isEqualTo("denied");
    }

    @Test
    void disputedByAnAgent() {
        Claim c = only(Texts.of("The mayor put the crowd at 80,000, a figure disputed by Marlow police.")
                .quote("the crowd at 80,000", "Mayor Ivo Brandt", false).build());
        assertThat(c.claimant()).isEqualTo("Mayor Ivo Brandt");
        assertThat(c.disputedBy()).isEqualTo("Marlow police");
        assertThat(c.status()).isEqualTo("disputed");
    }

    @Test
    void unverifiedInTheSameSentence() {
        String s = "The militia said its fighters had taken the airport, a claim that could not be independently verified.";
        Claim c = only(Texts.of(s).quote("its fighters had taken the airport", "Crimson Front", false).build());
        assertThat(c.claimant()).isEqualTo("Crimson Front");
        assertThat(c.status()).isEqualTo("unverified");
        assertThat(c.disputedBy()).isNull();
    }

    @Test
    void unverifiedWithoutEvidence() {
        Claim c = only(Texts.of("The minister blamed foreign agents for the fire, without providing evidence.").build());
        assertThat(c.claimant()).isNull();   // "The minister" is no name; the quotes stage would give the speaker
        assertThat(c.text()).isEqualTo("The minister blamed foreign agents for the fire");
        assertThat(c.status()).isEqualTo("unverified");
    }

    @Test
    void unverifiedInTheNextSentencePointsBack() {
        ExtractedArticle x = Texts.of("Health officials in Vesta said 52 patients died overnight.",
                        "The figures could not be independently verified.")
                .quote("52 patients died overnight", "Vesta health officials", false).build();
        Claim c = only(x);
        assertThat(c.text()).isEqualTo("52 patients died overnight");
        assertThat(c.claimant()).isEqualTo("Vesta health officials");
        assertThat(c.status()).isEqualTo("unverified");
    }

    @Test
    void plainReportingIsNoClaim() {
        assertThat(ClaimStage.find(Texts.of("The ministry said 40 schools reopened on Monday.")
                .quote("40 schools reopened on Monday", "ministry", false).build())).isEmpty();
    }
}
