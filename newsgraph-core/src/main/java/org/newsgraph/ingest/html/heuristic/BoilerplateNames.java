package org.newsgraph.ingest.html.heuristic;

import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextStats;

/**
 * Page furniture named as such in class or id: navigation, menus, footers, sidebars, breadcrumbs, ads,
 * sponsored slots, widgets. Names that also say "article", "content", "story"... are trusted instead.
 */
public final class BoilerplateNames implements Heuristic {

    private static final Names.Words NOISE = Names.words(
            "nav|menu|footer|sidebar|side-bar|breadcrumb|pagination|masthead|topbar|toolbar"
            + "|advert|adslot|ad-slot|sponsor|promo|banner|skyscraper"
            + "|legal|copyright|disclaimer|tag-list|taglist|keywords|subnav|site-header"
            + "|visually-hidden|sr-only|screen-reader|offscreen|print-only|noprint");
    /** Short words that occur inside other words ("ad" in "read", "header" in "subheader"): whole words only. */
    private static final Names.Words SHORT = Names.Words.tokens(
            "ad|ads|gpt|dfp|header|foot|tags|extra|jump|skip|pager|hidden");
    /** Words that name furniture as often as a box that holds the article: trusted only for link lists. */
    private static final Names.Words WEAK = Names.words("widget|module|box|block|panel|header");

    @Override
    public String name() {
        return "boilerplate-names";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        if (e.nameIs("nav") || e.nameIs("aside") || e.nameIs("footer") || e.nameIs("menu")) return true;
        if (e.attributesSize() > 0 && (e.hasAttr("hidden") || hidesByStyle(e.attr("style")))) return true;
        Names.Name n = stats.name(e);
        if (n.isEmpty() || Names.CONTENT.in(n)) return false;
        if (NOISE.in(n) || SHORT.in(n)) return true;
        return WEAK.in(n) && (stats.linkDensity(e) > 0.3 || stats.chars(e) < 80);
    }

    /** {@code display:none} in the style, spaces ignored, without copying the style when it has no "none". */
    private static boolean hidesByStyle(String style) {
        return style.contains("none") && style.replace(" ", "").contains("display:none");
    }
}
