package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.pipeline.Pipeline;

/**
 * The seed's gold figures through the standard pipeline. Value, qualifier and what is counted need nothing but
 * this stage; claimants, places and owners need the NLP and quotes stages, so that test aborts (loudly) until
 * they are in the pipeline.
 */
class SeedGoldTest {

    /** Gold kinds that are not counts at all; our vocabulary excludes them. */
    private static final Set<String> NOT_COUNTS = Set.of("age", "anniversary");

    private static List<SeedArticles.Seed> seeds;
    private static List<ExtractedArticle> extracted;

    @BeforeAll
    static void run() {
        seeds = SeedArticles.load();
        Pipeline pipeline = Pipeline.standard();
        extracted = new ArrayList<>();
        for (SeedArticles.Seed s : seeds) extracted.add(pipeline.run(s.article()));
    }

    @Test
    void everyGoldFigureWithValueQualifierAndWhatItCounts() {
        int checked = 0;
        for (int a = 0; a < seeds.size(); a++) {
            for (JsonNode g : seeds.get(a).gold().get("figures")) {
                if (NOT_COUNTS.contains(g.get("counts").asText())) continue;
                Figure f = match(a, g);
                String bound = g.path("lowerBound").asBoolean() ? "lower"
                        : g.path("approximate").asBoolean() ? "approximate" : null;
                assertThat(f.bound()).as("bound of %s", g).isEqualTo(bound);
                assertThat(f.qualifier() != null).as("qualifier of %s", g).isEqualTo(bound != null);
                assertThat(words(g.get("counts").asText())).as("counts of %s: %s", g, f.counts()).contains(f.counts());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(0);
    }

    @Test
    void noNonFigureIsReported() {
        for (int a = 0; a < seeds.size(); a++) {
            for (JsonNode g : seeds.get(a).gold().get("figures")) {
                if (!NOT_COUNTS.contains(g.get("counts").asText())) continue;
                double v = g.get("value").asDouble();
                assertThat(extracted.get(a).figures()).as("%s reported as a figure", g)
                        .noneMatch(f -> f.value() != null && f.value() == v);
            }
        }
    }

    @Test
    void vagueQuantitiesAreKeptAsRanges() {
        for (int a = 0; a < seeds.size(); a++) {
            for (JsonNode g : seeds.get(a).gold().path("vagueQuantities")) {
                String text = g.get("text").asText();
                Figure f = extracted.get(a).figures().stream().filter(x -> x.vague() && x.text().contains(text))
                        .findFirst().orElseThrow(() -> new AssertionError("vague quantity not found: " + g));
                assertThat(f.value()).isNull();
                assertThat(f.low()).isLessThan(f.high());
                assertThat(words(g.get("counts").asText())).as("counts of %s", g).contains(f.counts());
            }
        }
    }

    @Test
    void claimantsPlacesAndOwnersOnceQuotesAndEntitiesExist() {
        if (extracted.stream().allMatch(x -> x.quotes().isEmpty()))
            Assumptions.abort("quotes() is empty on the seed: the quotes stage is not in Pipeline.standard() yet");
        if (extracted.stream().allMatch(x -> x.entities().isEmpty()))
            Assumptions.abort("entities() is empty on the seed: the NLP stage is not in Pipeline.standard() yet");
        for (int a = 0; a < seeds.size(); a++) {
            for (JsonNode g : seeds.get(a).gold().get("figures")) {
                if (NOT_COUNTS.contains(g.get("counts").asText())) continue;
                Figure f = match(a, g);
                List<String> claimants = names(g, "claimant", "claimantAlt");
                if (claimants.isEmpty()) assertThat(f.claimant()).as("claimant of %s", g).isNull();
                else assertThat(claimants).as("claimant of %s: %s", g, f.claimant()).contains(f.claimant());
                if (g.has("where")) assertThat(f.where()).as("where of %s", g).isEqualTo(g.get("where").asText());
                if (g.has("subject")) {
                    List<String> subjects = aliases(a, g.get("subject").asText());
                    assertThat(subjects.contains(f.subject()) || subjects.contains(f.noun()))
                            .as("subject of %s: %s / %s", g, f.subject(), f.noun()).isTrue();
                }
            }
        }
    }

    /** The figure with the gold value, in the gold's evidence paragraph when it names one. */
    private static Figure match(int a, JsonNode g) {
        double v = g.get("value").asDouble();
        ExtractedArticle x = extracted.get(a);
        Block evidence = null;
        if (g.has("evidenceStartsWith")) {
            evidence = x.article().blocks().stream().filter(b -> b.text().startsWith(g.get("evidenceStartsWith").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("evidence paragraph not found: " + g));
        }
        Block in = evidence;
        return x.figures().stream().filter(f -> f.value() != null && f.value() == v)
                .filter(f -> in == null || f.start() >= in.start() && f.end() <= in.end())
                .findFirst().orElseThrow(() -> new AssertionError("gold figure not found: " + g));
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static List<String> names(JsonNode g, String field, String alt) {
        List<String> out = new ArrayList<>();
        if (g.has(field)) out.add(g.get(field).asText());
        g.path(alt).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The name and every alias the gold lists with it. */
    private static List<String> aliases(int a, String name) {
        List<String> out = new ArrayList<>(List.of(name));
        for (JsonNode group : seeds.get(a).gold().path("aliases")) {
            List<String> g = new ArrayList<>();
            group.forEach(n -> g.add(n.asText()));
            if (g.contains(name)) out.addAll(g);
        }
        return out;
    }
}
