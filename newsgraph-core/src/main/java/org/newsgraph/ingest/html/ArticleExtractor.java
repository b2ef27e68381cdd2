package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newsgraph.ingest.html.heuristic.Heuristics;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

/**
 * Main-text extraction from one HTML page. Steps: build the page's tree without the markup nothing reads
 * ({@link UnreadMarkup} reading the page, {@link PageTree} placing what it keeps; jsoup's parser only for markup
 * they do not model), surveying it for its metadata, headline and text counts as it is built ({@link PageSurvey});
 * drop what is never text (scripts, styles, forms' controls); let each {@link Heuristic} drop elements; find the main content
 * ({@link ContentFinder}); lay it out as blocks ({@link BlockWriter}); let each heuristic drop blocks.
 * Thread-safe and stateless: one instance serves every thread.
 */
public final class ArticleExtractor {

    /** Never dropped by a weak heuristic when it holds more than this share of the page's text or prose. */
    private static final double GUARD_SHARE = 0.5;

    private final List<Heuristic> heuristics;

    public ArticleExtractor() {
        this(Heuristics.standard());
    }

    public ArticleExtractor(List<Heuristic> heuristics) {
        this.heuristics = List.copyOf(heuristics);
    }

    public List<Heuristic> heuristics() {
        return heuristics;
    }

    /**
     * Parses and extracts; {@code baseUri} resolves relative links (may be empty). What is never text is left out
     * while the tree is built ({@link UnreadMarkup}, {@link PageTree}): most of a news page's characters are
     * scripts, styles, SVG and attributes.
     */
    public WebArticle extract(String html, String baseUri) {
        PageTree tree = PageTree.build(html, baseUri);
        if (tree == null) return extract(cutAndParse(html, baseUri));
        return extract(tree.document(), tree.survey());
    }

    /**
     * The page as extraction parses it: without the markup nothing reads ({@link UnreadMarkup}), built into a tree
     * by {@link PageTree}; a page whose markup that does not model is cut and parsed by jsoup instead.
     */
    public static Document parse(String html, String baseUri) {
        PageTree built = PageTree.build(html, baseUri);
        return built != null ? built.document() : cutAndParse(html, baseUri);
    }

    /** The page without the markup nothing reads, parsed by jsoup: the way for markup {@link PageTree} does not model. */
    public static Document cutAndParse(String html, String baseUri) {
        return Jsoup.parse(UnreadMarkup.cut(html), baseUri == null ? "" : baseUri);
    }

    /** Extracts from a parsed page; the document is modified (noise removed). */
    public WebArticle extract(Document doc) {
        return extract(doc, PageSurvey.of(doc));
    }

    /** Extracts with the page's survey already made (while its tree was built). */
    private WebArticle extract(Document doc, PageSurvey survey) {
        PageMetadata meta = MetadataReader.read(doc, survey.metas);
        Element body = doc.body();
        String h1Text = survey.h1 == null ? null : BlockWriter.normalise(survey.h1.text());
        for (Element e : survey.neverText) e.remove();
        TextStats stats = survey.stats;
        List<Element> pruned = prune(body, stats, survey.marked);
        if (!stats.subtract(pruned, body, 200_000)) stats = TextStats.of(body);
        for (Element e : pruned) e.remove();
        List<Element> content = ContentFinder.find(body, stats);
        List<Image> images = Captions.from(content);
        List<TextBlock> candidates = BlockWriter.write(content);
        String headline = headline(meta, h1Text);
        List<Block> blocks = new ArrayList<>();
        for (TextBlock b : candidates) {
            if (dropped(b)) continue;
            if (b.text().equals(headline) && blocks.isEmpty()) continue;
            blocks.add(b.subhead() ? Block.subhead(b.text()) : Block.paragraph(b.text()));
        }
        return new WebArticle(meta, headline, blocks, images);
    }

    /**
     * Blocks of an HTML fragment that is all content (a feed entry's body): no content finding, only the
     * removal of what is never text and the block-level heuristics.
     */
    public List<Block> fragment(String html) {
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        removeNeverText(body);
        List<Block> blocks = new ArrayList<>();
        for (TextBlock b : BlockWriter.write(List.of(body))) {
            if (!dropped(b)) blocks.add(b.subhead() ? Block.subhead(b.text()) : Block.paragraph(b.text()));
        }
        return blocks;
    }

    /** Captioned images of an HTML fragment. */
    public List<Image> fragmentImages(String html) {
        return Captions.from(List.of(Jsoup.parseBodyFragment(html == null ? "" : html).body()));
    }

    private boolean dropped(TextBlock b) {
        for (Heuristic h : heuristics) if (h.dropsBlock(b)) return true;
        return false;
    }

    /** The JSON-LD headline, else the page's h1, else Open Graph or the title. */
    private static String headline(PageMetadata meta, String h1) {
        if (h1 != null && !h1.isEmpty() && h1.length() < 300) {
            if (meta.headline() == null || meta.headline().contains(h1) || h1.contains(meta.headline())) return h1;
        }
        return meta.headline() != null ? meta.headline() : h1 == null ? "" : h1;
    }

    /** Removes what is never text from a fragment; returns the elements marked as the article body (itemprop=articleBody). */
    private static List<Element> removeNeverText(Element body) {
        List<Element> remove = new ArrayList<>();
        List<Element> marked = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && PageSurvey.NEVER_TEXT.contains(e.normalName())) {
                    remove.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && e.attributesSize() > 0 && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    marked.add(e);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element e : remove) e.remove();
        return marked;
    }

    /** The elements the heuristics drop (outermost only); the caller removes them. */
    private List<Element> prune(Element body, TextStats stats, List<Element> marked) {
        Map<Element, Boolean> guarded = guarded(marked);
        int total = stats.chars(body);
        int prose = stats.prose(body);
        List<Element> remove = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || guarded.containsKey(e)) return FilterResult.CONTINUE;
                boolean major = total > 0 && stats.chars(e) > total * GUARD_SHARE
                        || prose >= 200 && stats.prose(e) > prose * GUARD_SHARE;
                for (Heuristic h : heuristics) {
                    if ((!major || h.strong()) && h.dropsElement(e, stats)) {
                        remove.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return remove;
    }

    /** Elements marked as the article body, and their ancestors: no heuristic may drop them. */
    private static Map<Element, Boolean> guarded(List<Element> marks) {
        Map<Element, Boolean> out = new IdentityHashMap<>();
        for (Element marked : marks) {
            for (Element e = marked; e != null && !out.containsKey(e); e = e.parent()) out.put(e, true);
        }
        return out;
    }
}
