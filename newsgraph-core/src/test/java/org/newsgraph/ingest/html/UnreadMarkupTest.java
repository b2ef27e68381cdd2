package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class UnreadMarkupTest {

    /** What a reader sees: the body's text once the elements the extractor never reads are gone. */
    private static String shown(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, svg, math, template").remove();
        return doc.body().text();
    }

    /** The cut page reads as the whole page does. */
    private static String sameAsParsed(String html) {
        String cut = UnreadMarkup.cut(html);
        assertThat(shown(cut)).as(cut).isEqualTo(shown(html));
        return cut;
    }

    @Test
    void scriptsStylesCommentsNoscriptAndSvgGoWithTheirTags() {
        String cut = sameAsParsed("<html><head><style>p { color: red }</style><link rel=stylesheet href=a.css>"
                + "<script src=x.js></script></head><body><p>The ferry left <!-- a note -->at dawn.</p>"
                + "<noscript><p>Turn on scripts</p></noscript><svg viewBox='0 0 1 1'><path d='M0 0'/></svg>"
                + "<SCRIPT>var tracker = 1;</SCRIPT><p>It carried 200 passengers.</p></body></html>");
        assertThat(cut).doesNotContain("color", "stylesheet", "x.js", "a note", "Turn on", "path", "tracker",
                "<script", "<SCRIPT", "<svg", "<noscript");
        assertThat(shown(cut)).isEqualTo("The ferry left at dawn. It carried 200 passengers.");
    }

    @Test
    void aScriptEndsWhereTheParserEndsItWhateverTheCaseAndTheQuotes() {
        // "</SCRIPT >" ends a script even inside a string: the rest of the string is page text, as in a browser
        String cut = sameAsParsed("<p>One.</p><script>var s = \"</ScRiPt >\"; var hidden = 2;</script><p>Two.</p>");
        assertThat(shown(cut)).isEqualTo("One. \"; var hidden = 2; Two.");
        // a name that only starts like the end tag does not end it
        cut = sameAsParsed("<script>if (a </scripts) go();</script><p>Three.</p>");
        assertThat(shown(cut)).isEqualTo("Three.");
    }

    @Test
    void anOldEscapedScriptWritingAScriptIsCutWhole() {
        String cut = sameAsParsed("<script><!-- document.write('<script src=ad.js></script>'); --></script>"
                + "<p>After the advert.</p>");
        assertThat(cut).doesNotContain("ad.js", "-->");
        assertThat(shown(cut)).isEqualTo("After the advert.");
    }

    @Test
    void aScriptInsideACommentIsPartOfTheComment() {
        String cut = sameAsParsed("<!-- <script> --><p>Shown text.</p><script>hidden()</script><p>More.</p>");
        assertThat(shown(cut)).isEqualTo("Shown text. More.");
        assertThat(cut).doesNotContain("hidden");
    }

    @Test
    void commentEndingsFollowTheTokeniser() {
        String cut = sameAsParsed("<p>a<!-->b<!--->c<!-- x --!>d<!-- y --->e</p>");
        assertThat(shown(cut)).isEqualTo("abcde");
        assertThat(cut).doesNotContain("<!--");
    }

    @Test
    void anUnterminatedCommentOrScriptLeavesTheRestToTheParser() {
        String page = "<p>Kept paragraph.</p><!-- never closed <p>inside</p>";
        String cut = sameAsParsed(page);
        assertThat(cut).endsWith("<!-- never closed <p>inside</p>");
        page = "<p>Kept paragraph.</p><script>var x = '<p>inside</p>';";
        assertThat(sameAsParsed(page)).endsWith("<script>var x = '<p>inside</p>';");
    }

    @Test
    void cdataIsABogusCommentInHtmlButTextInSvg() {
        // in HTML "<![CDATA[" ends at the first '>', so the script tag inside it starts nothing
        String cut = sameAsParsed("<p>A<![CDATA[ <script> ]]>B</p><p>C</p>");
        assertThat(shown(cut)).isEqualTo("A ]]>B C");
        // in SVG a CDATA section holds "</svg>" without ending the SVG
        cut = sameAsParsed("<svg><![CDATA[ </svg> ]]><text>label</text></svg><p>After the chart.</p>");
        assertThat(cut).doesNotContain("label");
        assertThat(shown(cut)).isEqualTo("After the chart.");
    }

    @Test
    void jsonLdIsKeptAndStillRead() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"Bridge opens to traffic\", \"datePublished\": \"2024-05-02\"}</script>"
                + "<script>var a = 1;</script></head><body><p>Text.</p></body></html>";
        String cut = UnreadMarkup.cut(page);
        assertThat(cut).contains("Bridge opens to traffic").doesNotContain("var a");
        PageMetadata m = MetadataReader.read(Jsoup.parse(cut));
        assertThat(m.headline()).isEqualTo("Bridge opens to traffic");
        assertThat(m.published()).isEqualTo("2024-05-02");
    }

    @Test
    void unreadAttributesGoAndReadOnesStayEvenAroundQuotedAngleBrackets() {
        String cut = sameAsParsed("<div data-config='{\"a\": \"<script>\"}' class=\"story-body\" title=\"x > y\""
                + " id=main><a href=\"https://example.org/a\" onclick=\"go()\" data-x=1>Link text</a>"
                + "<img src=a.jpg srcset='a.jpg 1x'><p style='display:none' hidden>Hidden</p></div>");
        assertThat(cut).doesNotContain("data-config", "title=", "onclick", "data-x", "srcset", "src=")
                .contains("class=\"story-body\"", "id=main", "href=\"https://example.org/a\"",
                        "style='display:none'", "hidden");
        Document doc = Jsoup.parse(cut);
        assertThat(doc.selectFirst("a").attributes().size()).isEqualTo(1);
        assertThat(doc.selectFirst("div").attributes().size()).isEqualTo(2);
    }

    @Test
    void removingAnAttributeNeverMakesATagSelfClosing() {
        String cut = UnreadMarkup.cut("<my-box/data-x=1>Inside the box</my-box><p>After</p>");
        Document doc = Jsoup.parse(cut);
        assertThat(doc.selectFirst("my-box").text()).isEqualTo("Inside the box");
    }

    @Test
    void onlyTheCanonicalLinkStays() {
        String cut = UnreadMarkup.cut("<head><link rel=preload href=font.woff><link rel=\"Canonical\""
                + " href=\"https://example.org/story\"><link rel=icon href=i.png></head>");
        assertThat(cut).contains("https://example.org/story").doesNotContain("font.woff", "i.png");
    }

    @Test
    void textAreasAndTitlesHoldTextNotTags() {
        String cut = sameAsParsed("<title>A <script> in a title</title><textarea><script>x</script></textarea>"
                + "<p>Body text.</p>");
        assertThat(cut).contains("A <script> in a title", "<textarea><script>x</script></textarea>");
    }

    @Test
    void htmlInsideSvgOrANestedNoscriptIsLeftToTheParser() {
        String page = "<svg><g><p>A paragraph breaks out of the SVG.</p></g></svg><p>Next.</p>";
        assertThat(sameAsParsed(page)).contains("A paragraph breaks out");
        page = "<noscript><noscript>x</noscript>y</noscript><p>After.</p>";
        assertThat(sameAsParsed(page)).isEqualTo(page);
        page = "<svg><desc><b>bold</b></desc></svg><p>Next.</p>";
        assertThat(sameAsParsed(page)).contains("<b>bold</b>");
    }

    @Test
    void svgInsideSvgEndsAtItsOwnEndTag() {
        String cut = sameAsParsed("<p>Before.</p><svg><svg><circle r=1></svg><rect/></svg><p>After.</p>");
        assertThat(cut).doesNotContain("circle", "rect", "<svg");
    }

    @Test
    void pathologicalPagesStayLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.append("<div x='1'></").append(i % 2 == 0 ? "scrip" : "styl").append(">");
        sb.append("<script>");
        for (int i = 0; i < 100_000; i++) sb.append("<!--<script></scripx>-");
        String many = sb.toString();
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < 100_000; i++) svg.append("<svg><g>");
        String deep = svg.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(UnreadMarkup.cut(many)).endsWith("<!--<script></scripx>-");
            assertThat(UnreadMarkup.cut(deep)).isEqualTo(deep);
        });
    }
}
