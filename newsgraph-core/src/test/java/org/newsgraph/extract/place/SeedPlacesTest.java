package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.DumpReader;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.Pipeline;

/** Every gold place of the seed, found with its country and, where gold gives a point, within 25 km of it. */
class SeedPlacesTest {

    static Path shared(String relative) {
        String property = System.getProperty("newsgraph.shared");
        Path p = Path.of(property != null && !property.isBlank() ? property : "../../shared").resolve(relative);
        if (!Files.isRegularFile(p)) {
            String message = "SKIPPED: shared file missing at " + p.toAbsolutePath().normalize();
            System.err.println(message);
            Assumptions.abort(message);
        }
        return p;
    }

    static List<ExtractedArticle> seed() throws Exception {
        Path seed = shared("seeds/000_b7151a86ead9373e.txt");
        List<Article> articles = new DumpReader().read(InputFile.read(seed)).articles();
        Pipeline pipeline = Pipeline.standard();
        return articles.stream().map(pipeline::run).toList();
    }

    @Test
    void everyGoldPlaceIsFoundInItsCountryWithin25Km() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(shared("gold/seed.gold.json").toFile()).get("articles");
        List<ExtractedArticle> found = seed();
        assertThat(found).hasSize(gold.size());
        for (int k = 0; k < found.size(); k++) {
            List<Place> places = found.get(k).places();
            for (JsonNode g : gold.get(k).get("places")) {
                String name = g.get("name").asText();
                Place p = places.stream().filter(x -> Names.fold(x.name()).equals(Names.fold(name))).findFirst()
                        .orElseThrow(() -> new AssertionError("gold place " + name + " not found among " + places));
                assertThat(p.country()).as(name).isEqualTo(g.get("country").asText());
                if (g.has("lat")) {
                    assertThat(Distance.km(p.lat(), p.lon(), g.get("lat").asDouble(), g.get("lon").asDouble()))
                            .as("%s km from gold", name).isLessThanOrEqualTo(25);
                }
            }
        }
    }
}
