package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.Article;

class WarcArticleReaderTest {

    private final WarcArticleReader reader = new WarcArticleReader();

    static String page(String headline, String para) {
        return "<!DOCTYPE html><html><head><title>" + headline + "</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>" + headline + "</h1><p>" + para + "</p><p>A second paragraph, long enough to be "
                + "kept as part of the main text of the page.</p></article></body></html>";
    }

    static String record(String type, String uri, String contentType, String block) {
        int len = block.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
                + "WARC-Date: 2024-03-06T12:00:00Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + len + "\r\n\r\n" + block + "\r\n\r\n";
    }

    static String response(String uri, String mime, String body) {
        int len = body.getBytes(StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + mime + "\r\nContent-Length: " + len + "\r\n\r\n" + body;
        return record("response", uri, "application/http; msgtype=response", http);
    }

    static String archive() {
        return record("warcinfo", null, "application/warc-fields", "software: test\r\n")
                + record("request", "https://example.org/a", "application/http; msgtype=request",
                        "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n")
                + response("https://example.org/a", "text/html; charset=utf-8",
                        page("First story", "The first story is about the harbour, which reopened on Tuesday after the storm."))
                + response("https://example.org/logo.png", "image/png", "not really a png")
                + response("https://example.org/b", "text/html",
                        page("Second story", "The second story is about the council, which voted to fund a new bridge."));
    }

    @Test
    void htmlResponsesBecomeArticlesAndOtherRecordsAreCounted() throws Exception {
        InputFile in = new InputFile("crawl.warc", archive().getBytes(StandardCharsets.UTF_8));
        assertThat(reader.accepts(in)).isTrue();
        Reading r = reader.read(in);
        assertThat(r.articles()).extracting(Article::headline).containsExactly("First story", "Second story");
        Article a = r.articles().get(0);
        assertThat(a.source().url()).isEqualTo("https://example.org/a");
        assertThat(a.source().format()).isEqualTo("warc");
        assertThat(a.published().notAfter()).isEqualTo("2024-03-06");
        assertThat(a.published().date()).isNull();
        assertThat(a.text()).startsWith("The first story is about the harbour").doesNotContain("Home");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.notes()).containsExactlyInAnyOrder(
                "1 request record skipped (not an HTML page)",
                "1 response (image/png) record skipped (not an HTML page)",
                "1 warcinfo record skipped (not an HTML page)");
    }

    @Test
    void aCorruptRecordIsSkippedWithItsReasonAndTheRestIsRead() throws Exception {
        String corrupt = "WARC/1.0\r\nWARC-Type: response\r\nthis line is no header\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n";
        String warc = response("https://example.org/a", "text/html", page("First story", "The first story is about the harbour, which reopened."))
                + corrupt
                + response("https://example.org/b", "text/html", page("Second story", "The second story is about the council and its bridge."));
        Reading r = reader.read(new InputFile("bad.warc", warc.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.articles()).extracting(Article::headline).containsExactly("First story", "Second story");
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s).startsWith("record at byte").contains("corrupt"));
    }

    @Test
    void aTruncatedArchiveIsReadUpToTheDamage() throws Exception {
        byte[] whole = archive().getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 120);
        Reading r = reader.read(new InputFile("cut.warc", cut));
        assertThat(r.articles()).extracting(Article::headline).containsExactly("First story");
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s).startsWith("record at byte"));
    }

    @Test
    void gzippedRecordsAreRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String rec : new String[] {
                response("https://example.org/a", "text/html", page("First story", "The first story is about the harbour, which reopened.")),
                response("https://example.org/b", "text/html", page("Second story", "The second story is about the council and its bridge."))}) {
            out.write(GzipTest.gzip(rec.getBytes(StandardCharsets.UTF_8)));
        }
        InputFile in = new InputFile("crawl.warc.gz", out.toByteArray());
        assertThat(reader.accepts(in)).isTrue();
        assertThat(reader.read(in).articles()).hasSize(2);
    }

    @Test
    void htmlIsNotWarc() {
        assertThat(reader.accepts(new InputFile("x", "<html></html>".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }
}
