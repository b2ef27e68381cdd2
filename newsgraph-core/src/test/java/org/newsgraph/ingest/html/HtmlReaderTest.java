package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.Article;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    static InputFile file(String name, String html) {
        return new InputFile(name, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageBecomesOneArticleWithCanonicalUrlAndMetadataDate() throws Exception {
        Reading r = reader.read(file("page.html", ArticleExtractorTest.PAGE));
        assertThat(r.articles()).hasSize(1);
        Article a = r.articles().get(0);
        assertThat(a.source().url()).isEqualTo("https://example.org/news/harbour-reopens");
        assertThat(a.source().format()).isEqualTo("html");
        assertThat(a.published().date()).isEqualTo("2024-03-05");
        assertThat(a.published().basis()).isEqualTo("metadata");
        assertThat(a.subheads()).containsExactly("Damage to the pier");
        assertThat(a.images()).hasSize(1);
    }

    @Test
    void thePublishersBylineSectionLanguageAndUpdateDateComeWithTheArticle() throws Exception {
        String page = """
                <!DOCTYPE html><html lang="en-GB"><head><title>Tram line approved</title>
                <meta property="og:site_name" content="Verel Evening Post">
                <meta property="article:section" content="Local">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line approved",
                  "datePublished": "2031-03-11T07:00:00Z", "dateModified": "2031-03-12T10:15:00Z",
                  "author": [{"@type": "Person", "name": "Ina Berg"}, {"@type": "Person", "name": "Tomas Ruud"}]}</script>
                </head><body><article><h1>Tram line approved</h1>
                <p>The city council voted nine to four for the eastern tram line on Tuesday, ending a year of debate.</p>
                <p>Construction is to start in the spring and the first trams should run within three years.</p>
                </article></body></html>
                """;
        Article a = reader.read(file("tram.html", page)).articles().get(0);
        assertThat(a.metadata().authors()).containsExactly("Ina Berg", "Tomas Ruud");
        assertThat(a.metadata().section()).isEqualTo("Local");
        assertThat(a.metadata().language()).isEqualTo("en-GB");
        assertThat(a.metadata().modified()).isEqualTo("2031-03-12");
        assertThat(a.metadata().site()).isEqualTo("Verel Evening Post");
        assertThat(a.published().date()).isEqualTo("2031-03-11");
    }

    @Test
    void acceptsHtmlByContentOnly() {
        assertThat(reader.accepts(file("x.txt", "<!DOCTYPE html><html><body></body></html>"))).isTrue();
        assertThat(reader.accepts(file("x", "\uFEFF  <!-- hi --><html lang=en>"))).isTrue();
        assertThat(reader.accepts(file("x", "<?xml version='1.0'?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\"><html>"))).isTrue();
        assertThat(reader.accepts(file("x.html", "Just a headline\n\nAnd some text."))).isFalse();
        assertThat(reader.accepts(file("x.html", "<rss version='2.0'><channel></channel></rss>"))).isFalse();
        assertThat(reader.accepts(file("x.html", "{\"text\": \"<html>\"}"))).isFalse();
    }

    @Test
    void gzippedHtmlIsReadAndTruncatedGzipIsReadUpToTheDamage() throws Exception {
        byte[] gz = GzipTest.gzip(ArticleExtractorTest.PAGE.getBytes(StandardCharsets.UTF_8));
        InputFile whole = new InputFile("page.html.gz", gz);
        assertThat(reader.accepts(whole)).isTrue();
        assertThat(reader.read(whole).articles().get(0).text()).contains("first ferry left at dawn");

        InputFile cut = new InputFile("cut.html.gz", Arrays.copyOf(gz, gz.length * 3 / 4));
        Reading r = reader.read(cut);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.skipped()).singleElement().asString().contains("truncated");
    }

    @Test
    void gzipThatExpandsWithoutBoundIsAProblem() throws Exception {
        byte[] bomb = GzipTest.bomb();
        assertThatThrownBy(() -> reader.read(new InputFile("bomb.html.gz", bomb)))
                .isInstanceOf(InputProblem.class).hasMessageContaining("expands past");
    }

    @Test
    void malformedAndTruncatedHtmlStillYieldText() throws Exception {
        String broken = "<html><body><div><p>An unclosed paragraph that goes on, and on, for a while here"
                + "<p>Another one with <b>unclosed bold and <i>italics, mis</b>nested</i> tags, long enough to count"
                + "<table><tr><td>cell <div></table></span></p></div></div></div><p>After the mess, one more paragraph of text, and this one is long enough, with commas, to be a paragraph.";
        Article a = reader.read(file("broken.html", broken)).articles().get(0);
        assertThat(a.text()).contains("An unclosed paragraph", "Another one with unclosed bold", "After the mess");
        String cut = ArticleExtractorTest.PAGE.substring(0, ArticleExtractorTest.PAGE.indexOf("Crews worked") + 40);
        assertThat(reader.read(file("cut.html", cut)).articles().get(0).text()).contains("Porto Velho reopened");
    }

    @Test
    void aPageWithoutTextIsAOneLineProblem() {
        assertThatThrownBy(() -> reader.read(file("empty.html", "<html><head><title>x</title></head><body><script>1</script></body></html>")))
                .isInstanceOf(InputProblem.class).hasMessage("no main text found in the page");
    }

    @Test
    void nesting100000DeepNeitherOverflowsNorHangs() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><body>");
        for (int i = 0; i < 100_000; i++) sb.append("<div class='c").append(i % 7).append("'><span>");
        sb.append("<p>Deep inside, a paragraph of reasonable length with, commas, and words to keep.</p>");
        Reading r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> reader.read(file("deep.html", sb.toString())));
        assertThat(r.articles().get(0).text()).contains("Deep inside, a paragraph");
    }

    @Test
    void aFiftyMegabytePageIsRead(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("big.html");
        StringBuilder sb = new StringBuilder(52_000_000);
        sb.append("<!DOCTYPE html><html><head><title>Big</title></head><body><nav><a href='/'>Home</a></nav><article>");
        for (int i = 0; sb.length() < 50_000_000; i++) {
            sb.append("<p>Paragraph ").append(i).append(" says something, at some length, about the news of the day.</p>\n");
        }
        Files.writeString(p, sb);
        sb.setLength(0);
        Reading r = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> reader.read(InputFile.read(p)));
        Article a = r.articles().get(0);
        assertThat(a.paragraphs().size()).isGreaterThan(500_000);
        assertThat(a.text()).doesNotContain("Home");
    }

    @Test
    void aWrongDeclaredCharsetDoesNotCrash() throws Exception {
        byte[] b = ("<html><head><meta charset='utf-8'></head><body><p>Caf\u00e9s in Montr\u00e9al reopened on Monday, "
                + "the city said, after a week of closures.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read(new InputFile("latin.html", b)).articles().get(0).text()).contains("Caf\u00e9s in Montr\u00e9al");
        byte[] c = ("<html><head><meta charset='no-such-charset'></head><body><p>Na\u00efve text, still read, with a fallback "
                + "that decodes every byte.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read(new InputFile("odd.html", c)).articles().get(0).text()).contains("Na\u00efve text");
    }
}
