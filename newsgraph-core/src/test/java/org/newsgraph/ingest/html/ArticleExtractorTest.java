package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

class ArticleExtractorTest {

    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour reopens | The Coast Times</title>
            <meta property="og:title" content="Harbour reopens after storm">
            <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
            <link rel="canonical" href="https://example.org/news/harbour-reopens">
            </head><body>
            <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Privacy</a></div>
            <main><article>
              <h1>Harbour reopens after storm</h1>
              <div class="byline">By Ana Lopes</div>
              <div class="share-bar"><a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a></div>
              <p>The harbour of Porto Velho reopened on Tuesday, three days after the storm closed it to shipping, the port authority said.</p>
              <figure><img src="boats.jpg"><figcaption>Fishing boats return to the harbour on March 5, 2024. (Photo: Rui Costa/Coast Times)</figcaption></figure>
              <p>Crews worked through the night to clear debris from the channel, and the first ferry left at dawn, carrying 200 passengers.</p>
              <h2>Damage to the pier</h2>
              <p>The northern pier, which lost a crane in the storm, remains closed while engineers assess the damage, officials said.</p>
              <p>Advertisement</p>
              <p>Fishermen, who lost three days of work, said they were relieved, although prices at the market had already fallen.</p>
            </article></main>
            <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Ferry timetable</a></li></ul></aside>
            <div id="comments"><h3>3 Comments</h3><p>Great news for the town, finally, after all these days of waiting for the harbour.</p></div>
            <footer class="footer"><p>Copyright 2024 The Coast Times. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void takesHeadlineSubheadsAndParagraphsAndLeavesTheFurniture() {
        WebArticle w = new ArticleExtractor().extract(PAGE, "");
        assertThat(w.headline()).isEqualTo("Harbour reopens after storm");
        assertThat(w.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
                Block.Kind.SUBHEAD, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
        assertThat(w.blocks().get(2).text()).isEqualTo("Damage to the pier");
        assertThat(w.text()).startsWith("The harbour of Porto Velho reopened")
                .contains("first ferry left at dawn")
                .doesNotContain("Home", "cookies", "Ana Lopes", "Facebook", "Advertisement", "Storm hits coast",
                        "Great news", "Copyright", "Fishing boats");
    }

    @Test
    void captionBecomesAnImageWithCreditPhotographerAndDate() {
        WebArticle w = new ArticleExtractor().extract(PAGE, "");
        assertThat(w.images()).hasSize(1);
        Image img = w.images().get(0);
        assertThat(img.caption()).isEqualTo("Fishing boats return to the harbour on March 5, 2024.");
        assertThat(img.credit()).isEqualTo("Photo: Rui Costa/Coast Times");
        assertThat(img.photographer()).isEqualTo("Rui Costa");
        assertThat(img.date()).isEqualTo("2024-03-05");
        assertThat(img.fileImage()).isFalse();
    }

    @Test
    void metadataFromMetaAndOpenGraph() {
        WebArticle w = new ArticleExtractor().extract(PAGE, "");
        assertThat(w.metadata().published()).isEqualTo("2024-03-05");
        assertThat(w.metadata().canonicalUrl()).isEqualTo("https://example.org/news/harbour-reopens");
        assertThat(w.metadata().language()).isEqualTo("en");
    }

    @Test
    void brSeparatedTextWithoutParagraphTagsIsStillFound() {
        String html = "<html><body><div id='menu'><a href='/'>Home</a></div><div class='post'>"
                + "First line of a blog post that has no paragraph tags at all, only breaks.<br><br>"
                + "Second line of the same post, also long enough to count as a paragraph of text.<br>"
                + "</div></body></html>";
        WebArticle w = new ArticleExtractor().extract(html, "");
        assertThat(w.blocks()).extracting(Block::text).containsExactly(
                "First line of a blog post that has no paragraph tags at all, only breaks.",
                "Second line of the same post, also long enough to count as a paragraph of text.");
    }

    @Test
    void feedFragmentKeepsEveryParagraph() {
        var blocks = new ArticleExtractor().fragment("<p>One.</p><script>x()</script><p>Two <b>bold</b> words.</p>");
        assertThat(blocks).extracting(Block::text).containsExactly("One.", "Two bold words.");
    }
}
