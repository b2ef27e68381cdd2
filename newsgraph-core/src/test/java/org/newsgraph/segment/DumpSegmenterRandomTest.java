package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Property test as a seeded loop: generated dumps come back as exactly the articles written into them. */
class DumpSegmenterRandomTest {

    @Test
    void generatedDumpsSplitBackIntoTheirArticles() {
        for (long seed = 1; seed <= 300; seed++) {
            int count = 1 + (int) (seed % 7);
            DumpGenerator.GeneratedDump dump = DumpGenerator.generate(seed, count);

            List<DumpArticle> found = DumpSegmenter.split(dump.text());

            assertThat(found).as("seed %d, %d articles, dump:%n%s", seed, count, dump.text())
                    .containsExactlyElementsOf(dump.articles());
        }
    }

    @Test
    void largeGeneratedDumpsSplitBackIntoTheirArticles() {
        // At 100 articles a dump, shapes one in thousands turn up: two neighbours once shared a headline.
        for (long seed = 1_001; seed <= 1_020; seed++) {
            DumpGenerator.GeneratedDump dump = DumpGenerator.generate(seed, 100);

            List<DumpArticle> found = DumpSegmenter.split(dump.text());

            assertThat(found).as("seed %d, 100 articles", seed).containsExactlyElementsOf(dump.articles());
        }
    }

    @Test
    void neighboursNeverShareAHeadline() {
        List<DumpArticle> articles = DumpGenerator.generate(84L, 2_000).articles();
        for (int k = 1; k < articles.size(); k++) {
            assertThat(articles.get(k).headline()).as("article %d", k).isNotEqualTo(articles.get(k - 1).headline());
        }
    }

    @Test
    void generatorWritesStandfirstsBeforeTheRepeatedHeadline() {
        DumpGenerator.GeneratedDump dump = DumpGenerator.generate(7L, 200);
        List<DumpArticle> articles = dump.articles();
        int standfirsts = 0;
        for (int k = 0; k < articles.size(); k++) {
            DumpArticle a = articles.get(k);
            int end = k + 1 < articles.size() ? articles.get(k + 1).offset() : dump.text().length();
            String own = dump.text().substring(a.offset(), end);
            int repeat = own.indexOf("\n" + a.headline());
            int lead = own.indexOf(a.blocks().get(0).text());
            if (repeat > 0 && lead < repeat) standfirsts++;
        }
        assertThat(standfirsts).isPositive();
    }

    @Test
    void generatorVariesItsShapes() {
        String all = DumpGenerator.generate(7L, 200).text();
        assertThat(all).contains("FILE - ", "(EPA)", "AP Photo/", "EPA-EFE/", "REUTERS/", "Photo: ", "via Wire", ", File)");
        assertThat(all).containsPattern("\n\\d{1,3}\n").containsPattern(" \n").contains("\n\n\n\n");
        assertThat(DumpGenerator.generate(7L, 3)).isEqualTo(DumpGenerator.generate(7L, 3));
        // pages cut off mid-sentence, some with the next headline on the very next line
        DumpGenerator.GeneratedDump dump = DumpGenerator.generate(7L, 200);
        List<DumpArticle> articles = dump.articles();
        int cut = 0;
        int cutAndFollowedAtOnce = 0;
        for (int k = 0; k + 1 < articles.size(); k++) {
            String last = articles.get(k).blocks().get(articles.get(k).blocks().size() - 1).text();
            if (!ArticleBoundary.unfinished(last)) continue;
            cut++;
            if (dump.text().startsWith("\n" + articles.get(k + 1).headline(), articles.get(k + 1).offset() - 1)
                    && dump.text().charAt(articles.get(k + 1).offset() - 2) != '\n') {
                cutAndFollowedAtOnce++;
            }
        }
        assertThat(cut).isGreaterThan(20);
        assertThat(cutAndFollowedAtOnce).isPositive();
    }
}
