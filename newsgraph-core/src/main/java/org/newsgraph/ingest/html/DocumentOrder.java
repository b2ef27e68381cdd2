package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An element and all its descendant elements in document order, as {@link Element#getAllElements()} lists
 * them, walked from sibling to sibling without recursion (pages nest 100,000 deep) and without the selector
 * machinery that method goes through.
 */
final class DocumentOrder {

    private DocumentOrder() {}

    static List<Element> of(Element root) {
        List<Element> out = new ArrayList<>();
        Element e = root;
        while (e != null) {
            out.add(e);
            Element child = e.firstElementChild();
            if (child != null) {
                e = child;
                continue;
            }
            while (e != root && e.nextElementSibling() == null) e = e.parent();
            e = e == root ? null : e.nextElementSibling();
        }
        return out;
    }
}
