package org.newsgraph.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.Article;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** One HTML page (plain or gzipped) becomes one article: its main text, captioned images and metadata. */
public final class HtmlReader implements ArticleReader {

    /** After any BOM, XML declaration, comments and whitespace: a doctype html or one of the page's elements. */
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<\\?xml[^>]*>|<!--.*?-->)*<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>]|meta[\\s>]|title[\\s>])",
            Pattern.DOTALL);

    private final ArticleExtractor extractor;

    public HtmlReader() {
        this(new ArticleExtractor());
    }

    public HtmlReader(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(InputFile in) {
        byte[] head = in.head(2048);
        if (Gzip.isGzip(head)) head = Gzip.head(in.head(65536), 2048);
        return looksLikeHtml(head);
    }

    static boolean looksLikeHtml(byte[] head) {
        String s = HtmlDecoder.decode(head).text().toLowerCase(Locale.ROOT);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return HTML_START.matcher(s).find();
    }

    @Override
    public Reading read(InputFile in) throws InputProblem {
        HtmlPage.Loaded page = HtmlPage.load(in.bytes(Gzip.DEFAULT_CAP, "page"));
        Article a = toArticle(extractor.extract(page.html(), ""), in.name(), null, format(), 0, null);
        List<String> skipped = new ArrayList<>();
        if (page.damage() != null) skipped.add(page.damage() + "; read up to the damage");
        if (a.blocks().isEmpty()) {
            throw new InputProblem("no main text found in the page" + (page.damage() == null ? "" : " (" + page.damage() + ")"));
        }
        return new Reading(List.of(a), skipped);
    }

    /**
     * The article model for an extracted page.
     *
     * @param url      the URL the page was fetched from (a WARC target URI), or null for the page's canonical URL
     * @param notAfter a date the page is known to have existed by (a crawl date), used when the page states none
     */
    public static Article toArticle(WebArticle w, String path, String url, String format, long offset, String notAfter) {
        PageMetadata m = w.metadata();
        Published published = m.published() != null ? Published.fromMetadata(m.published())
                : notAfter != null ? new Published(null, null, notAfter, "metadata") : Published.unknown();
        String canonical = url != null ? url : m.canonicalUrl() != null && m.canonicalUrl().startsWith("http") ? m.canonicalUrl() : null;
        return Article.assemble(new Source(path, canonical, format, offset),
                w.headline() == null ? "" : w.headline(), published, w.images(), w.blocks(),
                new Metadata(m.authors(), m.section(), m.language(), m.modified(), m.siteName(), m.description()));
    }

    static String ascii(byte[] b, int n) {
        return new String(b, 0, Math.min(n, b.length), StandardCharsets.ISO_8859_1);
    }
}
