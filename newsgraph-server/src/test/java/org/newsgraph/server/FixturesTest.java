package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;

/** The hand-written contract files hold what they claim: every span is the text it names. */
class FixturesTest {

    @ParameterizedTest
    @ValueSource(strings = {Newsdesk.SEED, Newsdesk.HOSTILE})
    void everySpanPointsAtItsTextAndIdsAreContentHashes(String resource) {
        List<ExtractedArticle> articles = Newsdesk.contract(resource, Map.of());
        assertThat(articles).isNotEmpty();
        for (ExtractedArticle x : articles) {
            String t = x.article().text();
            assertThat(x.id()).isEqualTo(Article.contentId(x.article().headline(), t));
            x.article().blocks().forEach(b -> assertThat(t.substring(b.start(), b.end())).isEqualTo(b.text()));
            x.quotes().forEach(q -> assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text()));
            x.entities().forEach(e -> assertThat(t.substring(e.start(), e.end())).isEqualTo(e.text()));
            x.claims().forEach(c -> assertThat(t.substring(c.start(), c.end())).isEqualTo(c.text()));
            x.dates().forEach(d -> assertThat(t.substring(d.start(), d.end())).isEqualTo(d.text()));
            x.places().forEach(p -> assertThat(t.substring(p.start(), p.end())).isEqualTo(p.name()));
            x.figures().forEach(f -> assertThat(f.start()).isBetween(0, f.end()));
            x.events().forEach(e -> assertThat(e.end()).isLessThanOrEqualTo(t.length()));
        }
    }
}
