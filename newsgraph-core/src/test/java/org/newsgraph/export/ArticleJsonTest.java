package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Image;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Source;

class ArticleJsonTest {

    private static ExtractedArticle sample() {
        Article a = Article.assemble(new Source("in/dump.txt", null, "dump", 120), "Ferry Service Resumes",
                new Published(null, "2025-01-02", "2025-01-09", "caption"),
                List.of(new Image("Passengers board a ferry.", "EPA", null, "2025-01-02", false)),
                List.of(Block.paragraph("The ferry resumed, the operator Nordline said."), Block.subhead("WHAT NEXT"),
                        Block.paragraph("\"We are back,\" captain Ola Berg said.")));
        int start = a.text().indexOf("Nordline");
        Entity e = new Entity("Nordline", "ORGANIZATION", "Nordline", start, start + "Nordline".length());
        int q = a.text().indexOf("We are back");
        Quote quote = new Quote("We are back", true, "Ola Berg", "Ola Berg", false, "said", null, q, q + 11,
                -1, -1, -1, -1, null, -1);
        return new ExtractedArticle(a, List.of(e), List.of(), List.of(quote), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    @Test
    void writesEveryContractFieldInOrderWithEmptyListsForFactsNotBuilt() throws Exception {
        JsonNode o = ArticleJson.mapper().readTree(ArticleJson.toJson(sample()));
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsSubsequence("id", "source", "headline", "published", "images", "subheads",
                "paragraphs", "text", "entities", "actors", "quotes", "figures", "claims", "dates", "places",
                "events", "story");
        assertThat(o.get("figures").isArray()).isTrue();
        assertThat(o.get("figures")).isEmpty();
        assertThat(o.get("story").isNull()).isTrue();
        assertThat(o.get("subheads").get(0).asText()).isEqualTo("WHAT NEXT");
        assertThat(o.get("paragraphs")).hasSize(2);
        assertThat(o.get("source").get("offset").asLong()).isEqualTo(120);
    }

    @Test
    void offsetsPointIntoTheTextAndSurviveTheRoundTrip() {
        ExtractedArticle x = sample();
        ExtractedArticle back = ArticleJson.fromJson(ArticleJson.toJson(x));
        assertThat(back).isEqualTo(x);
        Entity e = back.entities().get(0);
        assertThat(back.article().text().substring(e.start(), e.end())).isEqualTo("Nordline");
        for (Block b : back.article().blocks()) {
            assertThat(back.article().text().substring(b.start(), b.end())).isEqualTo(b.text());
        }
    }
}
