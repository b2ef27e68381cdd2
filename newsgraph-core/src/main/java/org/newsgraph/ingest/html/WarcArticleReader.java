package org.newsgraph.ingest.html;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.Article;

/**
 * WARC archives (plain or gzipped per record), read with jwarc. Each HTML response record becomes an article
 * with the record's target URI; a page that states no date gets the capture date as the latest it can have
 * been published. Other records are counted by kind in {@link Reading#notes()}. A corrupt record is skipped
 * with its reason and reading resumes at the next record; a truncated archive is read up to the damage.
 */
public final class WarcArticleReader implements ArticleReader {

    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final ArticleExtractor extractor;
    private final int cap;

    public WarcArticleReader() {
        this(new ArticleExtractor(), Gzip.DEFAULT_CAP);
    }

    public WarcArticleReader(ArticleExtractor extractor, int cap) {
        this.extractor = extractor;
        this.cap = cap;
    }

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public boolean accepts(InputFile in) {
        byte[] head = in.head(16);
        if (Gzip.isGzip(head)) head = Gzip.head(in.head(65536), 16);
        return startsWith(head, 0, WARC_MAGIC);
    }

    @Override
    public Reading read(InputFile in) throws InputProblem {
        return ArticleReader.collect(this, in);
    }

    /**
     * Record by record from the file, so an archive of any size is read in the memory of one record (whose HTML is
     * capped). After a corrupt record, reading resumes at the next record start found after it.
     */
    @Override
    public void stream(InputFile in, Sink sink) throws InputProblem {
        boolean gz = Gzip.isGzip(in.head(2));
        int[] articles = new int[1];
        List<String> problems = new ArrayList<>();
        Map<String, Integer> other = new TreeMap<>();
        Sink counting = new Sink() {
            @Override
            public void article(Article a) {
                if (articles[0]++ == 0) problems.forEach(sink::skipped);
                sink.article(a);
            }

            @Override
            public void skipped(String reason) {
                if (articles[0] > 0) sink.skipped(reason);
                else problems.add(reason);
            }
        };
        long start = 0;
        while (start >= 0 && start < in.size()) {
            long resumeAfter = -1;
            try (InputStream raw = in.open()) {
                raw.skipNBytes(start);
                try (WarcReader reader = new WarcReader(raw)) {
                    while (true) {
                        long at = start + reader.position();
                        Optional<WarcRecord> next;
                        try {
                            next = reader.next();
                        } catch (IOException | RuntimeException e) {
                            counting.skipped("record at byte " + at + ": corrupt (" + reason(e) + ")");
                            resumeAfter = at;
                            break;
                        }
                        if (next.isEmpty()) break;
                        WarcRecord rec = next.get();
                        long recordAt = start + rec.position();
                        try {
                            String kind = article(rec, in.name(), recordAt, counting);
                            if (kind != null) other.merge(kind, 1, Integer::sum);
                        } catch (IOException | RuntimeException e) {
                            counting.skipped("record at byte " + recordAt + ": unreadable (" + reason(e) + ")");
                            resumeAfter = recordAt;
                            break;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                counting.skipped("archive at byte " + start + ": " + reason(e));
                resumeAfter = start;
            }
            start = resumeAfter < 0 ? -1 : nextRecord(in, resumeAfter + 1, gz);
        }
        List<String> notes = new ArrayList<>();
        other.forEach((kind, n) -> notes.add(n + " " + kind + (n == 1 ? " record" : " records") + " skipped (not an HTML page)"));
        if (articles[0] == 0) {
            if (!problems.isEmpty()) {
                throw new InputProblem("no readable WARC record: " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more like it)" : "")
                        + (notes.isEmpty() ? "" : "; " + String.join(", ", notes)));
            }
            throw new InputProblem("no article in the archive" + (notes.isEmpty() ? "" : ": " + String.join(", ", notes)));
        }
        notes.forEach(sink::note);
    }

    /** Adds the record's article, or returns the kind of record it is when it holds none. */
    private String article(WarcRecord rec, String path, long offset, Sink out) throws IOException {
        if (!(rec instanceof WarcResponse resp)) return rec.type();
        MediaType type = resp.contentType();
        if (!type.base().equals(MediaType.HTTP_RESPONSE.base()) && !type.base().equals(MediaType.HTTP.base())) {
            return "response (" + type.base() + ")";
        }
        var http = resp.http();
        String payload = http.contentType().base().toString().toLowerCase();
        if (!payload.contains("html")) return "response (" + (payload.isEmpty() ? "no content type" : payload) + ")";
        if (http.status() < 200 || http.status() >= 300) return "response (HTTP " + http.status() + ")";
        byte[] body = readCapped(http.bodyDecoded().stream());
        String html = HtmlDecoder.decode(body).text();
        String uri = resp.target();
        WebArticle w = extractor.extract(html, uri);
        if (w.blocks().isEmpty()) return "response (HTML without main text)";
        String captured = rec.date() == null ? null : rec.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
        out.article(HtmlReader.toArticle(w, path, uri, format(), offset, captured));
        return null;
    }

    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + (long) n > cap) throw new IOException("HTML payload larger than " + (cap >> 20) + " MB");
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Where the next record may start: the next gzip member, or the next "WARC/" at the start of a line; -1 if none. */
    static long nextRecord(InputFile in, long from, boolean gz) throws InputProblem {
        try (InputStream raw = new BufferedInputStream(in.open(), 65536)) {
            raw.skipNBytes(from - 1);
            byte[] window = new byte[6];
            int filled = 0;
            long at = from - 1; // offset of window[0] once filled
            int b;
            while ((b = raw.read()) >= 0) {
                if (filled < window.length) {
                    window[filled++] = (byte) b;
                    if (filled < window.length) continue;
                } else {
                    System.arraycopy(window, 1, window, 0, window.length - 1);
                    window[window.length - 1] = (byte) b;
                    at++;
                }
                if (gz) {
                    if ((window[1] & 0xFF) == 0x1F && (window[2] & 0xFF) == 0x8B && window[3] == 8) return at + 1;
                } else if (window[0] == '\n' && startsWith(window, 1, WARC_MAGIC)) {
                    return at + 1;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new InputProblem("cannot read: " + org.newsgraph.ingest.IoReason.of(e));
        }
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length - at < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[at + i] != prefix[i]) return false;
        return true;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        s = s.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
