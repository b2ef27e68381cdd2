package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class JsonlReaderTest {

    private final JsonlReader reader = new JsonlReader();

    private static InputFile file(String content) {
        return new InputFile("feed.jsonl", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsOneArticlePerLineWithMetadata() throws Exception {
        String line1 = "{\"headline\":\"Bridge Reopens in Ghent\",\"url\":\"https://example.org/a\","
                + "\"published\":\"2025-04-01T08:00:00+02:00\",\"authors\":[\"Lea Mertens\"],\"section\":\"Belgium\","
                + "\"language\":\"en\",\"text\":\"The bridge reopened.\\n\\nTraffic resumed at noon.\"}";
        String line2 = "{\"headline\":\"Second\",\"text\":\"One line.\\nAnother line.\"}";
        Reading r = reader.read(file(line1 + "\n" + line2 + "\n"));

        assertThat(r.articles()).hasSize(2);
        Article a = r.articles().get(0);
        assertThat(a.headline()).isEqualTo("Bridge Reopens in Ghent");
        assertThat(a.source().url()).isEqualTo("https://example.org/a");
        assertThat(a.source().format()).isEqualTo("jsonl");
        assertThat(a.published().date()).isEqualTo("2025-04-01");
        assertThat(a.published().basis()).isEqualTo("metadata");
        assertThat(a.metadata().authors()).containsExactly("Lea Mertens");
        assertThat(a.metadata().section()).isEqualTo("Belgium");
        assertThat(a.metadata().language()).isEqualTo("en");
        assertThat(r.articles().get(1).metadata().authors()).isEmpty();
        assertThat(a.paragraphs()).containsExactly("The bridge reopened.", "Traffic resumed at noon.");
        assertThat(r.articles().get(1).paragraphs()).containsExactly("One line.", "Another line.");
        assertThat(r.articles().get(1).source().offset()).isEqualTo(line1.length() + 1);
        assertThat(r.articles().get(1).published().basis()).isEqualTo("none");
    }

    @Test
    void aBrokenLineIsSkippedWithItsNumberAndTheRestIsRead() throws Exception {
        Reading r = reader.read(file("{\"headline\":\"A\",\"text\":\"Body a.\"}\n{not json\n"
                + "{\"headline\":\"C\"}\n{\"headline\":\"D\",\"text\":\"Body d.\"}\n"));
        assertThat(r.articles()).extracting(Article::headline).containsExactly("A", "D");
        assertThat(r.skipped()).hasSize(2);
        assertThat(r.skipped().get(0)).startsWith("line 2: invalid JSON");
        assertThat(r.skipped().get(1)).isEqualTo("line 3: no \"text\"");
    }

    @Test
    void aFileWithNoUsableLineIsAProblem() {
        assertThatThrownBy(() -> reader.read(file("{\"a\": 1}\n")))
                .isInstanceOf(InputProblem.class).hasMessageContaining("no article");
    }

    @Test
    void acceptsJsonObjectsButNotPlainText() {
        assertThat(reader.accepts(file("  {\"headline\": \"x\"}"))).isTrue();
        assertThat(reader.accepts(file("Headline of a dump\n\nBody."))).isFalse();
    }

    @Test
    void theSameContentGetsTheSameIdWhateverTheFile() throws Exception {
        String line = "{\"headline\":\"Same\",\"text\":\"Same body.\"}\n";
        Article a = reader.read(new InputFile("one.jsonl", line.getBytes(StandardCharsets.UTF_8))).articles().get(0);
        Article b = reader.read(new InputFile("two.jsonl", ("\n" + line).getBytes(StandardCharsets.UTF_8)))
                .articles().get(0);
        assertThat(a.id()).isEqualTo(b.id()).hasSize(32).matches("[0-9a-f]+");
    }
}
