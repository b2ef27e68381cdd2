package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextStats;

/**
 * Page furniture named as such in class or id: navigation, menus, footers, sidebars, breadcrumbs, ads,
 * sponsored slots, widgets. Names that also say "article", "content", "story"... are trusted instead.
 */
public final class BoilerplateNames implements Heuristic {

    private static final Pattern NOISE = Names.words(
            "nav|menu|footer|foot|sidebar|side-bar|breadcrumb|pagination|pager|masthead|topbar|toolbar|skip"
            + "|ad|ads|advert|advertisement|adslot|ad-slot|dfp|gpt|sponsor|promo|banner|skyscraper"
            + "|legal|copyright|disclaimer|tags|tag-list|taglist|keywords|subnav|site-header|header"
            + "|hidden|visually-hidden|sr-only|screen-reader|offscreen|print-only|noprint|jump|extra");
    /** Words that name furniture as often as a box that holds the article: trusted only for link lists. */
    private static final Pattern WEAK = Names.words("widget|module|box|block|panel|header");
    private static final Pattern EXACT_TOKEN = Pattern.compile(
            "(^|[\\s_-])(ad|ads|gpt|dfp|header|foot|tags|extra|jump|skip|pager|hidden)([\\s_-]|$)");

    @Override
    public String name() {
        return "boilerplate-names";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        if (e.nameIs("nav") || e.nameIs("aside") || e.nameIs("footer") || e.nameIs("menu")) return true;
        if (e.hasAttr("hidden") || e.attr("style").replace(" ", "").contains("display:none")) return true;
        String n = Names.of(e);
        if (n.isEmpty() || Names.CONTENT.matcher(n).find()) return false;
        var m = NOISE.matcher(n);
        while (m.find()) {
            String word = m.group(2);
            // short words count only as whole tokens: "ad" must not match "read" nor "header" "subheader"
            if (word.length() > 5 || !isShortAmbiguous(word)) return true;
            if (EXACT_TOKEN.matcher(n).find()) return true;
        }
        return WEAK.matcher(n).find() && (stats.linkDensity(e) > 0.3 || stats.chars(e) < 80);
    }

    private static boolean isShortAmbiguous(String w) {
        return switch (w) {
            case "ad", "ads", "gpt", "dfp", "header", "foot", "tags", "extra", "jump", "skip", "pager", "hidden" -> true;
            default -> false;
        };
    }
}
