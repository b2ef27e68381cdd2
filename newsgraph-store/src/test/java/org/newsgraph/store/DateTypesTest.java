package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** The dates table keeps each time expression's TIMEX3 type, so durations and sets read back as what they are. */
class DateTypesTest {

    @TempDir
    Path dir;

    @Test
    void aDurationAndASetReadBackWithTheirTypes() throws Exception {
        Article a = Article.assemble(new Source("wires/friday.txt", null, "dump", 0), "Ferry strike enters third week",
                Published.fromMetadata("2031-03-14"),
                List.of(), List.of(Block.paragraph("The ferry strike has lasted two weeks; talks are held daily.")));
        String t = a.text();
        List<DateMention> dates = List.of(
                new DateMention("two weeks", "P2W", t.indexOf("two weeks"), t.indexOf("two weeks") + 9, "DURATION"),
                new DateMention("daily", "P1D", t.indexOf("daily"), t.indexOf("daily") + 5, "SET"));
        ExtractedArticle x = new ExtractedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), dates,
                List.of(), List.of(), null);
        try (Store store = Store.open(dir)) {
            store.put(List.of(x));
            assertThat(store.articleFromTables(x.id()).orElseThrow().dates()).isEqualTo(dates);
            assertThat(store.article(x.id()).orElseThrow().dates()).isEqualTo(dates);
        }
    }
}
