package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What extraction needs to know of a page before it changes it, gathered in one pass: the tags the metadata
 * reads, the body's first h1, the elements that are never text, the elements marked as the article body, and
 * the text counts of the body as they will be once the never-text elements are gone. The pass is either a walk
 * over a parsed page ({@link #of}) or the building of the tree itself ({@link PageTree} calls {@link #enter},
 * {@link #text} and {@link #leave} in the same order a walk would): walking a page costs about as much per node
 * as the work done at each one.
 */
final class PageSurvey {

    /** Elements whose content is never article text, however it is marked. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "input", "select", "textarea", "button", "option", "link", "meta", "math",
            "dialog");

    final MetadataReader.Metas metas = new MetadataReader.Metas();
    /** The first h1 in the body, never-text elements included (as a selector would find it), or null. */
    Element h1;
    /** The outermost never-text elements of the body, for the caller to remove. */
    final List<Element> neverText = new ArrayList<>();
    /** Elements marked {@code itemprop=articleBody} outside never-text elements. */
    final List<Element> marked = new ArrayList<>();
    /** The body's text counts, once {@link #done} is called. */
    TextStats stats;

    private final TextStats.Counting counting = new TextStats.Counting();
    private Element body;
    private boolean inBody;
    /** How deep inside a never-text element the pass is; 0 outside one. */
    private int never;

    static PageSurvey of(Document doc) {
        PageSurvey survey = new PageSurvey();
        survey.body(doc.body());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) survey.enter(e);
                else if (node instanceof TextNode t) survey.text(t);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) survey.leave(e);
            }
        }, doc);
        survey.done();
        return survey;
    }

    /** The page's body, before the pass reaches it. */
    void body(Element body) {
        this.body = body;
    }

    /** An element reached in document order, before its content. */
    void enter(Element e) {
        enter(e, NEVER_TEXT.contains(e.normalName()));
    }

    /** As {@link #enter(Element)}, with whether the element's name is one of {@link #NEVER_TEXT} already known. */
    void enter(Element e, boolean neverTextName) {
        String itemprop = e.attributesSize() == 0 ? "" : e.attr("itemprop");
        metas.add(e, itemprop);
        if (e == body) inBody = true;
        if (!inBody) return;
        if (h1 == null && e.nameIs("h1")) h1 = e;
        if (never > 0) {
            never++;
        } else if (e != body && neverTextName) {
            neverText.add(e);
            never = 1;
        } else {
            if (itemprop.equalsIgnoreCase("articleBody")) marked.add(e);
            counting.enter(e);
        }
    }

    void text(TextNode t) {
        if (inBody && never == 0) counting.text(t);
    }

    /** An element left, after its content. */
    void leave(Element e) {
        if (!inBody) return;
        if (never > 0) {
            never--;
            return;
        }
        counting.leave(e);
        if (e == body) inBody = false;
    }

    void done() {
        stats = counting.done();
    }
}
