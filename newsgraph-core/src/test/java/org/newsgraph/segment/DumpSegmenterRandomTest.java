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
    void generatorVariesItsShapes() {
        String all = DumpGenerator.generate(7L, 200).text();
        assertThat(all).contains("FILE - ", "(EPA)", "AP Photo/", "EPA-EFE/", "REUTERS/", "Photo: ", "via Wire", ", File)");
        assertThat(all).containsPattern("\n\\d{1,3}\n").containsPattern(" \n").contains("\n\n\n\n");
        assertThat(DumpGenerator.generate(7L, 3)).isEqualTo(DumpGenerator.generate(7L, 3));
    }
}
