package org.newsgraph.ingest.html;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds, read with Rome. Each entry with content becomes an article: its HTML
 * content (or description) is laid out as blocks by the same code as pages, its published (else updated)
 * date is the publication date, its link the URL. An entry whose content is only a link, or that has none,
 * is noted with the reason (not a problem: such an entry holds no article). Document type declarations are dropped
 * before parsing, so no entity is ever expanded and no DTD fetched.
 */
public final class FeedReader implements ArticleReader {

    private static final Pattern ROOT = Pattern.compile(
            "^(?:\\s|<\\?xml[^>]*>|<\\?xml-stylesheet[^>]*>|<!--.*?-->|<!doctype\\s+[^\\[>]*(?:\\[[^\\]]*\\])?\\s*>)*"
            + "<(rss|feed|rdf:rdf)[\\s>]", Pattern.DOTALL);
    /**
     * A document type declaration, dropped before parsing: RSS 0.91's names an external DTD, never fetched; one with
     * an internal subset may declare entities, which are never expanded, so a feed that uses them is refused.
     */
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[^\\[>]*(\\[[^\\]]*\\])?\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY_START = Pattern.compile("<(item|entry)[\\s>]");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^\\s*(https?://\\S+|(read|continue reading|more|link)\\b.{0,40})\\s*$");
    private static final int MIN_WORDS = 12;
    /** A feed is parsed whole; feeds are a few hundred KB, and this keeps a runaway file from filling memory. */
    static final long MAX_BYTES = 64L << 20;

    private final ArticleExtractor extractor;

    public FeedReader() {
        this(new ArticleExtractor());
    }

    public FeedReader(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String format() {
        return "rss";
    }

    @Override
    public boolean accepts(InputFile in) {
        String head = HtmlDecoder.decode(in.head(4096)).text().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        return ROOT.matcher(head).find();
    }

    @Override
    public Reading read(InputFile in) throws InputProblem {
        String xml = HtmlDecoder.decode(in.bytes(MAX_BYTES, "feed")).text();
        if (xml.startsWith("\uFEFF")) xml = xml.substring(1);
        Matcher root = ROOT.matcher(xml.substring(0, Math.min(xml.length(), 1 << 16)).toLowerCase(Locale.ROOT));
        Matcher doctype = DOCTYPE.matcher(xml);
        if (root.find()) doctype.region(0, root.end()); // the prolog only, never an entry's content
        boolean subset = false;
        if (doctype.find()) {
            subset = doctype.group(1) != null;
            xml = xml.substring(0, doctype.start()) + xml.substring(doctype.end());
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputProblem(notReadable(subset) + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new InputProblem(notReadable(subset) + e.getClass().getSimpleName() + " " + oneLine(e.getMessage()));
        }
        List<Integer> offsets = new ArrayList<>();
        Matcher m = ENTRY_START.matcher(xml);
        while (m.find()) offsets.add(m.start());
        List<Article> articles = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String where = "entry " + (i + 1) + (e.getTitle() == null ? "" : " (" + clip(e.getTitle()) + ")");
            String html = content(e);
            if (html == null || html.isBlank()) {
                skipped.add(where + ": no content");
                continue;
            }
            List<Block> blocks = extractor.fragment(html);
            String text = String.join(" ", blocks.stream().map(Block::text).toList());
            if (blocks.isEmpty() || URL_ONLY.matcher(text).matches() || onlyLinks(html)) {
                skipped.add(where + ": content is only a link");
                continue;
            }
            if (words(text) < MIN_WORDS && blocks.size() == 1 && e.getLink() != null) {
                skipped.add(where + ": content is a teaser of " + words(text) + " words, not the article");
                continue;
            }
            List<Image> images = extractor.fragmentImages(html);
            String headline = e.getTitle() == null ? "" : Jsoup.parse(e.getTitle()).text().strip();
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Published published = date == null ? Published.unknown()
                    : Published.fromMetadata(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
            long offset = i < offsets.size() ? offsets.get(i) : 0;
            articles.add(Article.assemble(new Source(in.name(), e.getLink(), format(), offset),
                    headline, published, images, blocks, metadata(feed, e)));
        }
        if (articles.isEmpty() && skipped.isEmpty()) throw new InputProblem("feed has no entries");
        if (articles.isEmpty()) {
            throw new InputProblem("no entry of the feed holds an article's text: " + skipped.get(0)
                    + (skipped.size() > 1 ? " (and " + (skipped.size() - 1) + " more like it)" : ""));
        }
        return new Reading(articles, List.of(), skipped);
    }

    private static String notReadable(boolean subset) {
        return subset ? "not a readable feed (its DOCTYPE declares entities, which are never expanded): " : "not a readable feed: ";
    }

    /** Byline, category, language and update date from the entry, the publication's name and language from the feed. */
    static Metadata metadata(SyndFeed feed, SyndEntry e) {
        String section = e.getCategories().stream().map(c -> c.getName()).filter(n -> n != null && !n.isBlank())
                .map(String::strip).findFirst().orElse(null);
        Date updated = e.getUpdatedDate();
        String modified = updated == null ? null : updated.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        String site = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        String language = feed.getLanguage() == null || feed.getLanguage().isBlank() ? null : feed.getLanguage().strip();
        return new Metadata(authors(e), section, language, modified, site, null);
    }

    /** The authors an entry names (Atom authors, RSS author, Dublin Core creator). */
    public static List<String> authors(SyndEntry e) {
        List<String> out = new ArrayList<>();
        e.getAuthors().forEach(p -> {
            if (p.getName() != null && !p.getName().isBlank()) out.add(p.getName().strip());
        });
        if (out.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) out.add(e.getAuthor().strip());
        return out;
    }

    private static String content(SyndEntry e) {
        String best = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) best = c.getValue();
        }
        if (best == null && e.getDescription() != null) best = e.getDescription().getValue();
        if (best != null && e.getContents().isEmpty() && e.getDescription() != null
                && "text/plain".equals(e.getDescription().getType())) {
            best = best.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "<p>");
        }
        return best;
    }

    private static boolean onlyLinks(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        String all = body.text().strip();
        String links = body.select("a").text().strip();
        return !all.isEmpty() && all.length() - links.length() < 3 && all.split("\\s+").length < 20;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String clip(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }
}
