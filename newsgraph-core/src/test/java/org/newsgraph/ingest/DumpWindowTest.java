package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.segment.DumpArticle;
import org.newsgraph.segment.DumpGenerator;

/** A dump read in small windows gives the articles the segmenter finds in the whole text. */
class DumpWindowTest {

    private static InputFile file(String text) {
        return new InputFile("dump.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void windowsGiveTheArticlesOfTheWholeText() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            String text = DumpGenerator.generate(seed, 300).text();
            List<DumpArticle> whole = DumpReader.whole(text);
            // windows of 20,000 characters hold a few dozen generated articles: the dump is cut many times
            Reading windowed = new DumpReader(20_000).read(file(text));
            assertThat(windowed.skipped()).isEmpty();
            assertThat(windowed.articles()).hasSize(whole.size());
            for (int i = 0; i < whole.size(); i++) {
                Article a = windowed.articles().get(i);
                DumpArticle d = whole.get(i);
                assertThat(a.headline()).isEqualTo(d.headline());
                assertThat(a.blocks()).extracting(b -> b.text()).isEqualTo(d.blocks().stream().map(b -> b.text()).toList());
                assertThat(a.images()).isEqualTo(d.images());
                assertThat(a.source().offset()).as("offset of article %d, seed %d", i, seed).isEqualTo(d.offset());
            }
        }
    }

    @Test
    void windowsAlsoAgreeWithTheUnwindowedReaderOnCrLfText() throws Exception {
        String text = DumpGenerator.generate(9, 120).text().replace("\n", "\r\n");
        Reading one = new DumpReader().read(file(text));
        Reading many = new DumpReader(8_000).read(file(text));
        assertThat(many.articles()).isEqualTo(one.articles());
    }

    @Test
    void aLineOverTheCapIsLeftOutWithOneLineAndTheArticlesAroundItStay() throws Exception {
        String dump = DumpGenerator.generate(3, 4).text();
        String huge = "x".repeat(DumpReader.MAX_LINE + 10);
        Reading r = new DumpReader().read(file(dump + "\n\n" + huge + "\n\n" + dump));
        assertThat(r.skipped()).singleElement().asString()
                .startsWith("line ").contains("1,000,010 characters without a line break, over the cap");
        assertThat(r.articles()).hasSize(8);
    }

    @Test
    void aFileThatIsOneHugeLineFailsInOneLine() {
        String huge = "word ".repeat(DumpReader.MAX_LINE / 4);
        assertThatThrownBy(() -> new DumpReader().read(file(huge))).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("no recognisable article")
                .hasMessageContaining("line 1: 1,250,000 characters without a line break")
                .hasMessageNotContaining("\n");
    }

    @Test
    void markupThatNoReaderTookIsNotStoredAsText() {
        assertThatThrownBy(() -> new DumpReader().read(file("<?xml version=\"1.0\"?>\n<catalog><book>Harbour Tales</book></catalog>\n")))
                .isInstanceOf(InputProblem.class).hasMessageContaining("markup").hasMessageContaining("not read as text");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadAsText() throws Exception {
        String story = "Harbour Reopens After Storm\n\nThe harbour reopened on Tuesday, three days after the storm closed it.\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Reading r = new DumpReader().read(new InputFile("le.txt", story.getBytes(cs)));
            assertThat(r.articles()).singleElement().extracting(Article::headline).isEqualTo("Harbour Reopens After Storm");
        }
    }
}
