package org.newsgraph.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.Dates;

/**
 * Reads {@link PageMetadata}: JSON-LD first (the most deliberate statement a page makes), then Open Graph
 * and article:* properties, then plain {@code <meta name>}, then the markup ({@code <title>}, {@code <html lang>}).
 */
public final class MetadataReader {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build());
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "webpage", "liveblogposting", "scholarlyarticle", "techarticle", "report");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("(?i)^by\\s+");

    private MetadataReader() {}

    public static PageMetadata read(Document doc) {
        Metas metas = new Metas();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) metas.add(e);
        }, doc);
        return read(doc, metas);
    }

    /** The metadata from tags already gathered, in document order, by a walk over the whole page. */
    static PageMetadata read(Document doc, Metas metas) {
        metas.index();
        return readGathered(doc, metas);
    }

    /** Every {@code <meta>} once: key (name, property, itemprop or http-equiv, lower-cased) to its first content. */
    static final class Metas {
        private final java.util.Map<String, String> byKey = new java.util.HashMap<>();

        private final List<Element> metas = new ArrayList<>();
        private final List<Element> jsonLd = new ArrayList<>();
        /** The first {@code link[rel=canonical]}, and the first elements with itemprop datePublished and dateModified. */
        private Element canonical;
        private Element datePublished;
        private Element dateModified;

        /** Takes note of an element: a meta tag, a JSON-LD script, the canonical link, an itemprop date. */
        void add(Element e) {
            if (e.attributesSize() > 0) add(e, e.attr("itemprop"));
        }

        /** As {@link #add(Element)}, with the element's itemprop already looked up ("" when none). */
        void add(Element e, String itemprop) {
            if (e.attributesSize() == 0) return;
            if (e.nameIs("meta")) {
                metas.add(e);
            } else if (e.nameIs("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
                jsonLd.add(e);
            } else if (canonical == null && e.nameIs("link") && is(e, "rel", "canonical")) {
                canonical = e;
            }
            if (datePublished == null || dateModified == null) {
                if (itemprop.length() >= 12) {
                    if (datePublished == null && "datePublished".equalsIgnoreCase(itemprop.trim())) datePublished = e;
                    if (dateModified == null && "dateModified".equalsIgnoreCase(itemprop.trim())) dateModified = e;
                }
            }
        }

        /** Once every element is added: each meta key to its first content. */
        private void index() {
            for (Element m : metas) {
                String c = m.attr("content");
                if (c.isBlank()) continue;
                for (String a : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                    String k = m.attr(a);
                    if (!k.isEmpty()) byKey.putIfAbsent(k.toLowerCase(Locale.ROOT), c.strip());
                }
            }
        }

        String get(String key) {
            return byKey.get(key);
        }

        /** As the selector {@code [key=value]} matches: the value trimmed, case ignored. */
        private static boolean is(Element e, String key, String value) {
            if (!e.hasAttr(key)) return false;
            String v = e.attr(key);
            return v.length() >= value.length() && value.equalsIgnoreCase(v.trim());
        }
    }

    private static PageMetadata readGathered(Document doc, Metas metas) {
        JsonNode ld = jsonLdArticle(metas.jsonLd);
        String headline = first(text(ld, "headline"), metas.get("og:title"), metas.get("twitter:title"),
                metas.get("title"));
        if (headline == null) headline = first(doc.title());
        String published = date(text(ld, "datePublished"), metas.get("article:published_time"),
                metas.get("og:article:published_time"), metas.get("datepublished"), metas.get("pubdate"),
                metas.get("publishdate"), metas.get("publish-date"), metas.get("parsely-pub-date"),
                metas.get("sailthru.date"), metas.get("dc.date.issued"), metas.get("dc.date"), metas.get("date"));
        if (published == null) published = date(timeAttr(metas.datePublished));
        String modified = date(text(ld, "dateModified"), metas.get("article:modified_time"),
                metas.get("og:updated_time"), metas.get("datemodified"), metas.get("last-modified"));
        if (modified == null) modified = date(timeAttr(metas.dateModified));
        List<String> authors = authors(ld, metas);
        String canonical = first(metas.canonical == null ? null : absolute(metas.canonical), metas.get("og:url"),
                text(ld, "url"));
        String section = first(text(ld, "articleSection"), metas.get("article:section"), metas.get("section"));
        Element html = doc.firstElementChild();
        String language = first(html == null ? null : html.attr("lang"),
                text(ld, "inLanguage"), metas.get("content-language"), metas.get("og:locale"),
                metas.get("language"));
        String description = first(metas.get("og:description"), metas.get("description"), text(ld, "description"));
        String site = first(metas.get("og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"));
        return new PageMetadata(clean(headline), published, modified, authors, clean(canonical), clean(section),
                clean(language), clean(description), clean(site));
    }

    /**
     * The link's URL made absolute. A plain absolute http(s) URL is what jsoup's resolution returns anyway, which
     * builds a java.net.URL (and, without a base, throws and catches an exception) for it.
     */
    private static String absolute(Element link) {
        String href = link.attr("href");
        if (href.startsWith("https://") || href.startsWith("http://")) {
            boolean plain = true;
            for (int i = 0; i < href.length() && plain; i++) plain = href.charAt(i) > ' ';
            if (plain) return href;
        }
        return link.absUrl("href");
    }

    /** The first JSON-LD object whose @type is an article kind, searched breadth-first through @graph and arrays. */
    static JsonNode jsonLdArticle(List<Element> scripts) {
        JsonNode fallback = null;
        for (Element script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(data(script).strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // a broken JSON-LD block is common and never fatal
            }
            Deque<JsonNode> queue = new ArrayDeque<>();
            if (root != null) queue.add(root);
            int visited = 0;
            while (!queue.isEmpty() && visited++ < 500) {
                JsonNode n = queue.poll();
                if (n.isArray()) {
                    n.forEach(queue::add);
                } else if (n.isObject()) {
                    if (isArticleType(n.get("@type"))) {
                        if (n.hasNonNull("headline") || n.hasNonNull("articleBody")) return n;
                        if (fallback == null) fallback = n;
                    }
                    if (n.has("@graph")) queue.add(n.get("@graph"));
                    if (n.has("mainEntity")) queue.add(n.get("mainEntity"));
                }
            }
        }
        return fallback;
    }

    /** A script's content: its one data node's, without the copy {@link Element#data()} makes. */
    private static String data(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof org.jsoup.nodes.DataNode d) {
            return d.getWholeData();
        }
        return script.data();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticleType(t)) return true;
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static List<String> authors(JsonNode ld, Metas metas) {
        Set<String> out = new LinkedHashSet<>();
        if (ld != null && ld.has("author")) {
            JsonNode a = ld.get("author");
            List<JsonNode> list = new ArrayList<>();
            if (a.isArray()) a.forEach(list::add); else list.add(a);
            for (JsonNode x : list) {
                String name = x.isTextual() ? x.asText() : text(x, "name");
                if (name != null && !name.isBlank() && !name.startsWith("http")) out.add(name.strip());
            }
        }
        if (out.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "parsely-author", "dc.creator", "byl"}) {
                String v = metas.get(key);
                if (v != null && !v.isBlank() && !v.startsWith("http")) {
                    out.add(BY.matcher(v).replaceFirst("").strip());
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String timeAttr(Element e) {
        if (e == null) return null;
        for (String a : new String[] {"datetime", "content"}) if (e.hasAttr(a)) return e.attr(a);
        return e.text();
    }

    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray()) v = v.size() == 0 ? null : v.get(0);
        if (v == null) return null;
        if (v.isObject()) return v.has("@id") ? v.get("@id").asText() : v.has("name") ? v.get("name").asText() : null;
        return v.asText();
    }

    private static String date(String... raws) {
        for (String r : raws) {
            var d = Dates.isoDate(r);
            if (d.isPresent()) return d.get();
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return plainlySpaced(t) ? t : SPACES.matcher(t).replaceAll(" ");
    }

    /** No run of the spaces {@code \s} matches other than one plain space: {@link #SPACES} would change nothing. */
    private static boolean plainlySpaced(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c <= ' ' && (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < t.length() && t.charAt(i + 1) <= ' ' && isRegexSpace(t.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
