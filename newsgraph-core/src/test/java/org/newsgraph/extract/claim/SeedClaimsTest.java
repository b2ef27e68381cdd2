package org.newsgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.figure.SeedArticles;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Pipeline;

/** The seed's gold claims through the standard pipeline: text, claimant and who disputes it. */
class SeedClaimsTest {

    @Test
    void everyGoldClaimWithClaimantAndDisputingParty() {
        int checked = 0;
        for (SeedArticles.Seed s : SeedArticles.load()) {
            ExtractedArticle x = Pipeline.standard().run(s.article());
            for (JsonNode g : s.gold().path("claims")) {
                String start = g.get("startsWith").asText();
                List<Claim> found = x.claims().stream().filter(c -> c.text().startsWith(start)).toList();
                assertThat(found).as("claim %s among %s", start, x.claims()).hasSize(1);
                Claim c = found.get(0);
                assertThat(c.claimant()).isEqualTo(g.get("claimant").asText());
                if (g.has("disputedBy")) {
                    assertThat(c.disputedBy()).isEqualTo(g.get("disputedBy").asText());
                    assertThat(c.status()).isIn("denied", "disputed");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(0);
    }
}
