package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class DumpReaderTest {

    private final DumpReader reader = new DumpReader();

    private static InputFile file(String text) {
        return new InputFile("story.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSingleStorySavedAsPlainTextIsOneArticle() throws Exception {
        Reading r = reader.read(file("Mayor says bridge repairs will take two years.\n\n"
                + "LINDHOLM (Coast Wire) - Repairs to the old bridge will take two years, the mayor said on Monday.\n\n"
                + "Traffic will be diverted through the harbour district until then, she added.\n"));
        assertThat(r.articles()).hasSize(1);
        Article a = r.articles().get(0);
        assertThat(a.headline()).isEqualTo("Mayor says bridge repairs will take two years.");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.source().format()).isEqualTo("dump");
    }

    @Test
    void aSavedStorysHeaderLinesGiveItsLinkDateAndAuthors() throws Exception {
        Article a = reader.read(file("Title: Tram Line Approved\nURL: https://example.org/tram\nDate: 11 March 2031\n"
                + "Author: Ina Berg\n\nThe council voted nine to four for the eastern tram line on Tuesday.\n"))
                .articles().get(0);
        assertThat(a.headline()).isEqualTo("Tram Line Approved");
        assertThat(a.source().url()).isEqualTo("https://example.org/tram");
        assertThat(a.published().date()).isEqualTo("2031-03-11");
        assertThat(a.published().basis()).isEqualTo("metadata");
        assertThat(a.metadata().authors()).containsExactly("Ina Berg");
        assertThat(a.paragraphs()).containsExactly("The council voted nine to four for the eastern tram line on Tuesday.");
    }

    @Test
    void aTextWithoutASentenceIsStillAOneLineProblem() {
        assertThatThrownBy(() -> reader.read(file("Just a Headline Without Any Body\n")))
                .isInstanceOf(InputProblem.class).hasMessageContaining("no recognisable article")
                .hasMessageNotContaining("\n");
    }
}
