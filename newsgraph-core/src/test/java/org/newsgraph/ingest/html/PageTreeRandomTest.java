package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * Random markup of the kinds news pages are made of, badly nested on purpose, read by our tree and by jsoup's
 * parser of the cut page. The trees may differ where our rules leave out jsoup's (see {@link PageTree}), but a
 * reader must not see it: every word is kept, once; and without tables, whose misplaced content jsoup moves in
 * front of the table and we do not, the words come in the same order and in the same paragraphs.
 */
class PageTreeRandomTest {

    private static final String[] BLOCKS = {"p", "div", "section", "article", "li", "h2", "h3", "blockquote", "td"};
    private static final String[] INLINE = {"b", "i", "em", "strong", "a", "span", "small", "u"};
    private static final String[] WORDS = {"harbour", "council", "vote", "Tuesday", "ferry", "strike", "budget",
            "said", "mayor", "bridge", "42", "percent", "&amp;", "&quot;quoted&quot;", "caf&eacute;"};
    /** What a reader takes as one paragraph, or the page around them. */
    private static final Set<String> BLOCK_NAMES = Set.of("p", "li", "h1", "h2", "h3", "blockquote", "td", "th",
            "div", "section", "article", "ul", "table", "tbody", "tr", "body");

    @Test
    void readersSeeTheSameWordsInTheSameParagraphsAsWithJsoup() {
        int withoutTables = 0;
        for (int seed = 0; seed < 400; seed++) {
            boolean tables = seed % 2 == 1;
            String html = page(new Random(seed), tables);
            Document ours = PageTree.build(html, "https://news.example/").document();
            Document theirs = Jsoup.parse(UnreadMarkup.cut(html), "https://news.example/");
            assertThat(sortedWords(ours)).as("every word once, seed %d: %s", seed, html).isEqualTo(sortedWords(theirs));
            if (tables) continue;
            withoutTables++;
            assertThat(ours.body().text()).as("seed %d: %s", seed, html).isEqualTo(theirs.body().text());
            assertThat(paragraphs(ours)).as("seed %d: %s", seed, html).isEqualTo(paragraphs(theirs));
        }
        assertThat(withoutTables).isEqualTo(200);
    }

    private static List<String> sortedWords(Document doc) {
        List<String> words = new ArrayList<>(Arrays.asList(doc.body().text().split(" ")));
        words.sort(null);
        return words;
    }

    /** The text in reading order, cut where the nearest paragraph-like element around it changes. */
    private static List<String> paragraphs(Document doc) {
        List<String> out = new ArrayList<>();
        Element last = null;
        StringBuilder run = new StringBuilder();
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) texts.add(t);
        }, doc.body());
        for (TextNode t : texts) {
            Element block = (Element) t.parent();
            while (!BLOCK_NAMES.contains(block.normalName())) block = block.parent();
            if (block != last && run.length() > 0) {
                out.add(last.normalName() + ": " + run.toString().strip());
                run.setLength(0);
            }
            last = block;
            run.append(t.text().strip()).append(' ');
        }
        if (run.length() > 0) out.add(last.normalName() + ": " + run.toString().strip());
        return out;
    }

    private static String page(Random r, boolean tables) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>");
        List<String> open = new ArrayList<>();
        int steps = 20 + r.nextInt(60);
        for (int i = 0; i < steps; i++) {
            int k = r.nextInt(10);
            if (k < 3) {
                String tag = BLOCKS[r.nextInt(tables ? BLOCKS.length : BLOCKS.length - 1)];
                if (tag.equals("li") && r.nextBoolean()) b.append("<ul>");
                if (tag.equals("td")) b.append("<table><tr>");
                b.append('<').append(tag).append('>');
                open.add(tag);
            } else if (k < 5) {
                String tag = INLINE[r.nextInt(INLINE.length)];
                b.append('<').append(tag).append(tag.equals("a") ? " href=/x>" : ">");
                open.add(tag);
            } else if (k < 7 && !open.isEmpty()) {
                // close an open element, often not the innermost: misnesting on purpose
                int which = r.nextInt(4) == 0 ? r.nextInt(open.size()) : open.size() - 1;
                b.append("</").append(open.remove(which)).append('>');
            } else if (k == 7) {
                b.append(r.nextBoolean() ? "<br>" : "<img src=x.jpg alt=photo>");
            } else {
                int n = 1 + r.nextInt(6);
                for (int w = 0; w < n; w++) b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
        }
        return b.append("</body></html>").toString();
    }
}
