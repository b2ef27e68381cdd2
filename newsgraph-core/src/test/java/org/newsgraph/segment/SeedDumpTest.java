package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

/**
 * The seed dump against its hand-made gold, both read from the shared folder at run time
 * (their text never enters the repository).
 */
class SeedDumpTest {

    private static final String SEED = "seeds/000_b7151a86ead9373e.txt";
    private static final String GOLD = "gold/seed.gold.json";

    private static Path shared() {
        String property = System.getProperty("newsgraph.shared");
        return Path.of(property != null && !property.isBlank() ? property : "../../shared");
    }

    private static Path required(String relative) {
        Path p = shared().resolve(relative);
        if (!Files.isRegularFile(p)) {
            String message = "SKIPPED: shared file missing at " + p.toAbsolutePath().normalize()
                    + " (set -Dnewsgraph.shared=DIR or place the shared folder beside the repository)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return p;
    }

    @Test
    void seedSplitsIntoTheGoldArticles() throws IOException {
        String dump = Files.readString(required(SEED), StandardCharsets.UTF_8).replace("\r\n", "\n");
        JsonNode gold = new ObjectMapper().readTree(required(GOLD).toFile());

        List<DumpArticle> found = DumpSegmenter.split(dump);

        JsonNode goldArticles = gold.get("articles");
        assertThat(found).hasSize(gold.get("articleCount").asInt()).hasSize(2).hasSize(goldArticles.size());
        for (int k = 0; k < found.size(); k++) {
            DumpArticle a = found.get(k);
            JsonNode g = goldArticles.get(k);
            assertThat(a.headline()).isEqualTo(g.get("headline").asText());
            assertThat(dump.startsWith(a.headline(), a.offset())).as("offset points at the headline").isTrue();

            assertThat(a.images()).hasSize(g.get("images").size());
            for (int m = 0; m < a.images().size(); m++) {
                Image image = a.images().get(m);
                JsonNode gi = g.get("images").get(m);
                assertThat(image.caption()).startsWith(gi.get("captionStartsWith").asText());
                assertThat(image.credit()).isEqualTo(text(gi, "credit"));
                assertThat(image.photographer()).isEqualTo(text(gi, "photographer"));
                assertThat(image.date()).isEqualTo(text(gi, "date"));
                assertThat(image.fileImage()).isEqualTo(gi.get("fileImage").asBoolean());
                assertThat(image.caption()).doesNotContain("(" + image.credit() + ")");
            }

            List<String> goldSubheads = new ArrayList<>();
            g.get("subheads").forEach(s -> goldSubheads.add(s.asText()));
            assertThat(texts(a, Block.Kind.SUBHEAD)).isEqualTo(goldSubheads);

            List<String> paragraphs = texts(a, Block.Kind.PARAGRAPH);
            assertThat(paragraphs).hasSize(g.get("paragraphCount").asInt());
            assertThat(paragraphs.get(0)).startsWith(g.get("firstParagraphStartsWith").asText());
            assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith(g.get("lastParagraphStartsWith").asText());

            for (Block b : a.blocks()) {
                assertThat(b.text()).isEqualTo(b.text().strip()).doesNotContain(a.headline()).doesNotContain("TT");
                for (Image image : a.images()) {
                    assertThat(b.text()).doesNotContain(image.caption()).doesNotContain(image.credit());
                }
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> texts(DumpArticle a, Block.Kind kind) {
        return a.blocks().stream().filter(b -> b.kind() == kind).map(Block::text).toList();
    }
}
