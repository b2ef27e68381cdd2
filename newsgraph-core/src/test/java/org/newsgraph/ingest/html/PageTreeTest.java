package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageTreeTest {

    /** The tree built without jsoup's parser, checked against jsoup's parse of the cut page. */
    private static Document sameAsJsoup(String html) {
        Document ours = PageTree.build(html, "https://news.example/").document();
        Document theirs = Jsoup.parse(UnreadMarkup.cut(html), "https://news.example/");
        ours.outputSettings().prettyPrint(false);
        theirs.outputSettings().prettyPrint(false);
        // the doctype is left out: nothing reads it
        assertThat(ours.firstElementChild().outerHtml()).as(html).isEqualTo(theirs.firstElementChild().outerHtml());
        return ours;
    }

    @Test
    void headAndBodyAreImpliedAndTheHeadKeepsWhatTheMetadataReads() {
        Document doc = sameAsJsoup("<!DOCTYPE html><html lang=en><title>Harbour &amp; bridge</title>"
                + "<meta property=og:title content='Bridge &quot;opens&quot;'><link rel=canonical href=/story/1>"
                + "<script type=application/ld+json>{\"headline\": \"A < B\"}</script><script>var x = '<p>';</script>"
                + "<p>The bridge opened on Tuesday.");
        assertThat(doc.title()).isEqualTo("Harbour & bridge");
        assertThat(doc.head().selectFirst("meta").attr("content")).isEqualTo("Bridge \"opens\"");
        assertThat(doc.head().selectFirst("link").absUrl("href")).isEqualTo("https://news.example/story/1");
        assertThat(doc.head().selectFirst("script").data()).isEqualTo("{\"headline\": \"A < B\"}");
        assertThat(doc.firstElementChild().attr("lang")).isEqualTo("en");
        assertThat(doc.body().text()).isEqualTo("The bridge opened on Tuesday.");
    }

    @Test
    void paragraphsListItemsAndHeadingsCloseAsInABrowser() {
        sameAsJsoup("<!DOCTYPE html><body><p>One<div>Two</div>Three</p>Four<ul><li>a<li>b<p>c</ul>"
                + "<dl><dt>x<dd>y<dt>z</dl><h2>Sub<h3>head</h3><p>After</h2>tail");
        sameAsJsoup("<p>Text before</p>stray</p>end</li></div><br></br><p>last");
    }

    @Test
    void tablesGetTheirImpliedBodiesAndRows() {
        sameAsJsoup("<!DOCTYPE html><p>Lead<table><tr><td>a<td>b<tr><th>c</table><p>after");
        sameAsJsoup("<p>Quirks: the table stays in the paragraph<table><td>cell</td></table>");
        sameAsJsoup("<table><thead><tr><td>h</thead><tbody><tr><td>1<div>in cell</td></tr></tbody>"
                + "<tfoot><td>f</table><td>stray cell</td>text");
        sameAsJsoup("<table><caption>Prices</caption><colgroup><col><col></colgroup><tr><td>1</td></tr></table>");
    }

    @Test
    void attributesNothingReadsAreLeftOutAndTheFirstOfARepeatedOneCounts() {
        Document doc = sameAsJsoup("<div class='a b' data-x=1 onclick='go()' class=ignored ID=Main hidden>"
                + "<a HREF=\"/x?a=1&amp;b=2\" rel=author target=_blank>Ana Lopes</a></div>");
        Element div = doc.body().child(0);
        assertThat(div.attributes().size()).isEqualTo(3);
        assertThat(div.className()).isEqualTo("a b");
        assertThat(div.id()).isEqualTo("Main");
        assertThat(div.child(0).attr("href")).isEqualTo("/x?a=1&b=2");
    }

    @Test
    void linksFormsButtonsAndOptionsCloseTheirOpenSiblings() {
        sameAsJsoup("<!DOCTYPE html><a href=1>one<a href=2>two</a><form><form><button>x<button>y</button>"
                + "<select><option>a<option>b<optgroup><option>c</select></form><span>s</span>");
    }

    @Test
    void charactersReferencesAndCommentsInsideText() {
        Document doc = sameAsJsoup("<p>Caf&eacute; &amp; bar &#8212; open<!-- not shown --> late &notanentity;</p>");
        assertThat(doc.body().text()).isEqualTo("Café & bar — open late ¬anentity;"); // a legacy name without ';'
        assertThat(sameAsJsoup("<p>AT&T &amp c &lt;b&gt;").body().text()).isEqualTo("AT&T & c <b>");
        assertThat(doc.body().child(0).childNodeSize()).isEqualTo(1);
    }

    @Test
    void textOnlyElementsKeepTheirContentAsText() {
        Document doc = sameAsJsoup("<p>Before<textarea><b>not a tag</b></textarea><iframe><p>framed</iframe>"
                + "<title>Late &amp; title</title>after");
        assertThat(doc.selectFirst("textarea").text()).isEqualTo("<b>not a tag</b>");
        assertThat(doc.selectFirst("iframe").data()).isEqualTo("<p>framed");
    }

    @Test
    void aMisnestedFormattingEndTagMovesNoTextBetweenBlocks() {
        // jsoup re-opens the <b> inside the paragraph; the text and its blocks are the same
        String html = "<b><p>Bold start</b> and the rest</p><p>Next";
        Document ours = PageTree.build(html, "").document();
        Document theirs = Jsoup.parse(html);
        assertThat(ours.body().text()).isEqualTo(theirs.body().text());
        assertThat(ours.select("p").eachText()).isEqualTo(theirs.select("p").eachText());
    }

    @Test
    void nestingStopsAtJsoupsDepthLimit() {
        String html = "<div>".repeat(2_000) + "<p>deep</p>";
        Document ours = PageTree.build(html, "").document();
        assertThat(ours.selectFirst("p").parents().size()).isEqualTo(Jsoup.parse(html).selectFirst("p").parents().size());
    }

    @Test
    void whatTheCutDoesNotModelIsLeftToJsoup() {
        assertThat(PageTree.build("<p>one<!-- never closed", "")).isNull();
        assertThat(PageTree.build("<p>one<script>never closed", "")).isNull();
        assertThat(PageTree.build("<p>one<noscript><p>never closed", "")).isNull();
        assertThat(PageTree.build("<svg><foreignObject><p>html inside</p></foreignObject></svg>", "")).isNull();
        assertThat(ArticleExtractor.parse("<p>one<!-- never closed", "").body().text()).isEqualTo("one");
    }

    @Test
    void anEmptyOrTextOnlyPageStillHasHeadAndBody() {
        assertThat(sameAsJsoup("").body()).isNotNull();
        assertThat(sameAsJsoup("just words").body().text()).isEqualTo("just words");
        assertThat(sameAsJsoup("a < b and c <3 d").body().text()).isEqualTo("a < b and c <3 d");
    }
}
