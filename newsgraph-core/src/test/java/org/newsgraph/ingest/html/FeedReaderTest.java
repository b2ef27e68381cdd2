package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.Article;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Coast Times</title><link>https://example.org</link><description>News</description>
            <item><title>Harbour reopens</title><link>https://example.org/harbour</link>
              <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><dc:creator>Ana Lopes</dc:creator>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>The harbour reopened on Tuesday, three days after the storm closed it.</p>
                <h2>Pier</h2><p>The northern pier remains closed while engineers assess the damage.</p>
                <p>Share this article</p>]]></content:encoded></item>
            <item><title>Only a link</title><link>https://example.org/link</link>
              <description><![CDATA[<a href="https://example.org/link">https://example.org/link</a>]]></description></item>
            <item><title>Nothing</title><link>https://example.org/nothing</link></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
            <entry><title>Council votes</title><id>urn:1</id><link href="https://example.org/council"/>
              <published>2024-01-02T08:00:00Z</published><updated>2024-01-03T11:00:00Z</updated>
              <author><name>John Roe</name></author><category term="Politics"/>
              <content type="html">&lt;p&gt;The council voted on Monday to fund the new bridge, after a long debate about its cost.&lt;/p&gt;</content>
            </entry></feed>
            """;

    static InputFile file(String s) {
        return new InputFile("feed.xml", s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rssItemsBecomeArticlesAndLinkOnlyItemsAreSkipped() throws Exception {
        assertThat(reader.accepts(file(RSS))).isTrue();
        Reading r = reader.read(file(RSS));
        assertThat(r.articles()).hasSize(1);
        Article a = r.articles().get(0);
        assertThat(a.headline()).isEqualTo("Harbour reopens");
        assertThat(a.published().date()).isEqualTo("2024-03-05");
        assertThat(a.source().url()).isEqualTo("https://example.org/harbour");
        assertThat(a.source().format()).isEqualTo("rss");
        assertThat(a.subheads()).containsExactly("Pier");
        assertThat(a.text()).doesNotContain("Share this");
        assertThat(a.metadata().authors()).containsExactly("Ana Lopes");
        assertThat(a.metadata().site()).isEqualTo("Coast Times");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.notes()).containsExactly("entry 2 (Only a link): content is only a link",
                "entry 3 (Nothing): no content");
    }

    @Test
    void atomEntriesBecomeArticles() throws Exception {
        assertThat(reader.accepts(file(ATOM))).isTrue();
        Article a = reader.read(file(ATOM)).articles().get(0);
        assertThat(a.headline()).isEqualTo("Council votes");
        assertThat(a.published().date()).isEqualTo("2024-01-02");
        assertThat(a.metadata().authors()).containsExactly("John Roe");
        assertThat(a.metadata().section()).isEqualTo("Politics");
        assertThat(a.metadata().modified()).isEqualTo("2024-01-03");
        assertThat(a.paragraphs()).containsExactly(
                "The council voted on Monday to fund the new bridge, after a long debate about its cost.");
    }

    @Test
    void aFeedThatIsNotXmlIsAOneLineProblem() {
        String broken = "<rss version=\"2.0\"><channel><item><title>Unclosed & broken <<</rss";
        assertThat(reader.accepts(file(broken))).isTrue();
        assertThatThrownBy(() -> reader.read(file(broken)))
                .isInstanceOf(InputProblem.class).hasMessageStartingWith("not a readable feed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void doctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> reader.read(file(xxe))).isInstanceOf(InputProblem.class);
    }

    @Test
    void htmlIsNotAFeed() {
        assertThat(reader.accepts(file("<!DOCTYPE html><html><body><rss></rss></body></html>"))).isFalse();
    }
}
