package org.newsgraph.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.ingest.InputProblem;

/** Page bytes (plain or gzipped, any charset) to text and to a jsoup document. */
public final class HtmlPage {

    private HtmlPage() {}

    /**
     * The page's text.
     *
     * @param html   the decoded page
     * @param damage why a gzipped page was read only in part, else null
     */
    public record Loaded(String html, String damage) {}

    public static Loaded load(byte[] bytes) throws InputProblem {
        return load(bytes, Gzip.DEFAULT_CAP);
    }

    public static Loaded load(byte[] bytes, int cap) throws InputProblem {
        String damage = null;
        if (Gzip.isGzip(bytes)) {
            Gzip.Inflated in = Gzip.inflate(bytes, cap);
            if (in.bytes().length == 0) {
                throw new InputProblem(in.damage() == null ? "gzip holds nothing" : in.damage());
            }
            bytes = in.bytes();
            damage = in.damage();
        }
        return new Loaded(HtmlDecoder.decode(bytes).text(), damage);
    }

    public static Document parse(byte[] bytes, String baseUri) throws InputProblem {
        return Jsoup.parse(load(bytes).html(), baseUri == null ? "" : baseUri);
    }
}
