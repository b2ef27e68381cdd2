package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Detection by content among the web readers and the older ones. */
class ReadersWebTest {

    private static Reading read(String name, byte[] b) throws InputProblem {
        return Readers.standard().read(new InputFile(name, b));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>"
            + "<p>The harbour reopened on Tuesday, three days after the storm closed it to shipping.</p></article></body></html>";

    @Test
    void eachFormatGoesToItsReaderWhateverTheFileName() throws Exception {
        assertThat(read("a.txt", utf8(PAGE)).articles().get(0).source().format()).isEqualTo("html");
        assertThat(read("a.html", utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
                + "<item><title>T</title><description>&lt;p&gt;The harbour reopened on Tuesday, three days after the storm "
                + "closed it to shipping.&lt;/p&gt;</description></item></channel></rss>")).articles().get(0).source().format())
                .isEqualTo("rss");
        String warc = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
        assertThatThrownBy(() -> read("a.html", utf8(warc))).isInstanceOf(InputProblem.class)
                .hasMessage("no article in the archive: 1 warcinfo record skipped (not an HTML page)");
        assertThat(read("a.html", utf8("{\"headline\":\"H\",\"text\":\"Body text.\"}\n")).articles().get(0).source().format())
                .isEqualTo("jsonl");
    }

    @Test
    void gzipIsLookedInto() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(utf8(PAGE));
        }
        assertThat(read("page.gz", out.toByteArray()).articles().get(0).source().format()).isEqualTo("html");
    }

    @Test
    void aFeedThatIsNotXmlIsAProblemAndNotADump() {
        assertThatThrownBy(() -> read("feed.xml", utf8("<rss><channel><item>&&&</rss")))
                .isInstanceOf(InputProblem.class).hasMessageStartingWith("not a readable feed");
    }
}
