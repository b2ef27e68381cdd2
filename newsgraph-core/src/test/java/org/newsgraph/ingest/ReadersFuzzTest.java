package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.ingest.html.ArticleExtractor;
import org.newsgraph.ingest.html.FeedReader;
import org.newsgraph.ingest.html.Gzip;
import org.newsgraph.ingest.html.HtmlPage;
import org.newsgraph.ingest.html.HtmlReader;
import org.newsgraph.ingest.html.WarcArticleReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.pipeline.ArticleBounds;

/**
 * Every reader on bytes from Jazzer: whatever the input, a reader returns articles or throws an {@link InputProblem}
 * with one line, never another exception; and what it returns is well formed (blocks inside the text, one-line
 * skips). In a plain test run each target runs on its seeds and past crashes (the resource folder
 * ReadersFuzzTestInputs/TARGET); .ci/fuzz fuzzes each for {@value #BUDGET_NOTE}.
 */
class ReadersFuzzTest {

    static final String BUDGET_NOTE = "a fixed budget (the annotation's maxDuration)";

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @FuzzTest(maxDuration = "30s")
    void dump(byte[] data) {
        read(new DumpReader(2_000), data); // small windows, so that cutting a dump is fuzzed too
    }

    @FuzzTest(maxDuration = "30s")
    void jsonl(byte[] data) {
        read(new JsonlReader(), data);
    }

    @FuzzTest(maxDuration = "30s")
    void html(byte[] data) {
        read(new HtmlReader(EXTRACTOR), data);
    }

    @FuzzTest(maxDuration = "30s")
    void feed(byte[] data) {
        read(new FeedReader(EXTRACTOR), data);
    }

    @FuzzTest(maxDuration = "30s")
    void warc(byte[] data) {
        read(new WarcArticleReader(EXTRACTOR, 1 << 20), data);
    }

    @FuzzTest(maxDuration = "30s")
    void gzip(byte[] data) {
        try {
            Gzip.Inflated in = Gzip.inflate(data, 1 << 20);
            assertThat(in.bytes().length).isLessThanOrEqualTo(1 << 20);
            if (in.damage() != null) assertThat(in.damage()).doesNotContain("\n");
            assertThat(Gzip.head(data, 16).length).isLessThanOrEqualTo(16);
            HtmlPage.load(data, 1 << 20);
        } catch (InputProblem e) {
            oneLine(e.getMessage());
        }
    }

    /** The reader chosen by content, as the CLI chooses it. */
    @FuzzTest(maxDuration = "30s")
    void any(byte[] data) {
        InputFile in = new InputFile("fuzz", data);
        try {
            check(Readers.standard().read(in));
        } catch (InputProblem e) {
            oneLine(e.getMessage());
        }
    }

    private static void read(ArticleReader reader, byte[] data) {
        InputFile in = new InputFile("fuzz", data);
        reader.accepts(in);
        try {
            check(reader.read(in));
        } catch (InputProblem e) {
            oneLine(e.getMessage());
        }
    }

    private static void check(Reading r) {
        r.skipped().forEach(ReadersFuzzTest::oneLine);
        r.notes().forEach(ReadersFuzzTest::oneLine);
        for (Article a : r.articles()) {
            for (Block b : a.blocks()) assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text());
            ArticleBounds.Checked c = ArticleBounds.STANDARD.check(a);
            if (c.note() != null) oneLine(c.note());
        }
    }

    private static void oneLine(String s) {
        assertThat(s).isNotBlank().doesNotContain("\n");
    }
}
