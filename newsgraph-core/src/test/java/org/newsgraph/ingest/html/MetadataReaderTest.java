package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    @Test
    void jsonLdWinsAndGivesAuthorsSectionAndDates() {
        String html = """
                <html lang="de"><head><title>Site title</title>
                <meta property="og:title" content="OG title">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example"},
                  {"@type":"NewsArticle","headline":"Ld headline","datePublished":"2023-11-19T08:00:00Z",
                   "dateModified":"2023-11-20T10:00:00Z","author":[{"@type":"Person","name":"Jane Doe"},"John Roe"],
                   "articleSection":"World","url":"https://example.org/a","inLanguage":"de-DE",
                   "publisher":{"@type":"Organization","name":"Example News"}}]}</script>
                </head><body></body></html>""";
        PageMetadata m = MetadataReader.read(Jsoup.parse(html));
        assertThat(m.headline()).isEqualTo("Ld headline");
        assertThat(m.published()).isEqualTo("2023-11-19");
        assertThat(m.modified()).isEqualTo("2023-11-20");
        assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(m.section()).isEqualTo("World");
        assertThat(m.language()).isEqualTo("de");
        assertThat(m.siteName()).isEqualTo("Example News");
        assertThat(m.canonicalUrl()).isEqualTo("https://example.org/a");
    }

    @Test
    void brokenJsonLdFallsBackToMetaTags() {
        String html = "<html><head><script type='application/ld+json'>{not json</script>"
                + "<meta name='author' content='By Ana Lopes'><meta name='date' content='2022-01-02'>"
                + "<meta property='article:section' content='Local'><meta property='og:url' content='https://x.org/b'>"
                + "<title>T</title></head></html>";
        PageMetadata m = MetadataReader.read(Jsoup.parse(html));
        assertThat(m.authors()).containsExactly("Ana Lopes");
        assertThat(m.published()).isEqualTo("2022-01-02");
        assertThat(m.section()).isEqualTo("Local");
        assertThat(m.canonicalUrl()).isEqualTo("https://x.org/b");
        assertThat(m.headline()).isEqualTo("T");
    }
}
