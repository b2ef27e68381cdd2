package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.ingest.DumpReader;
import org.newsgraph.segment.DumpGenerator;

/**
 * A corpus of bad inputs, generated here, beside good ones: {@code extract} over the folder says one line for each
 * bad file (naming it, saying what is wrong), exits 1, and extracts every good file and the good parts of the
 * damaged ones.
 */
class BadInputCorpusTest {

    private static final String STORY = "Harbour Reopens After Storm\n\n"
            + "The harbour at Velmora reopened on Tuesday, three days after the storm closed it to shipping.\n\n"
            + "Ferries will run to the old timetable from Thursday, the harbour authority said.\n";

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Bridge Repairs Begin</title></head><body><article>"
            + "<h1>Bridge Repairs Begin</h1><p>Repairs to the old bridge at Karsk began on Monday and will take two years, "
            + "the mayor said.</p><p>Traffic will cross the river by the ferry until then.</p></article></body></html>";

    /** A bad input: its file name, and what its one line must say. */
    private record Case(String file, String says) {}

    @Test
    void eachBadFileGetsOneLineTheRunExits1AndTheGoodFilesAreExtracted(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("inputs"));
        List<Case> bad = new ArrayList<>();
        Map<String, Integer> good = new LinkedHashMap<>(); // file name -> articles it must give

        Files.writeString(dir.resolve("good-dump.txt"), DumpGenerator.generate(21, 3).text());
        good.put("good-dump.txt", 3);
        Files.write(dir.resolve("good-utf16-without-bom.txt"), STORY.getBytes(StandardCharsets.UTF_16LE));
        good.put("good-utf16-without-bom.txt", 1);
        Files.writeString(dir.resolve("good-page.html"), PAGE);
        good.put("good-page.html", 1);
        Files.writeString(dir.resolve("good-feed-with-plain-doctype.xml"), feed("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">", "Velmora"));
        good.put("good-feed-with-plain-doctype.xml", 1);

        Files.write(dir.resolve("empty.txt"), new byte[0]);
        bad.add(new Case("empty.txt", "empty file"));
        Files.write(dir.resolve("binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0});
        bad.add(new Case("binary.bin", "binary content"));
        byte[] latin1 = (STORY + "Caf\u00e9 owners welcomed the news.\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.txt"), latin1);
        bad.add(new Case("latin1.txt", "invalid UTF-8 at byte " + (latin1.length - " owners welcomed the news.\n".length() - 1)));
        Files.writeString(dir.resolve("one-huge-line.txt"), "word ".repeat(DumpReader.MAX_LINE / 5 + 100));
        bad.add(new Case("one-huge-line.txt", "over the cap of 1,000,000 characters"));
        Files.writeString(dir.resolve("malformed.jsonl"), "{\"headline\":\"Tram Line Opens\",\"text\":\"The new tram line "
                + "opened on Friday, a year late.\"}\n{\"headline\":\"Broken\",\"text\":\n");
        bad.add(new Case("malformed.jsonl", "skipped line 2: invalid JSON"));
        good.put("malformed.jsonl", 1);
        Files.writeString(dir.resolve("nothing-salvageable.warc"), "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n"
                + "garbage garbage\r\n");
        bad.add(new Case("nothing-salvageable.warc", "no readable WARC record"));
        Files.writeString(dir.resolve("feed-with-entities.xml"), feed("<!DOCTYPE rss [<!ENTITY place \"Velmora\">]>", "&place;"));
        bad.add(new Case("feed-with-entities.xml", "its DOCTYPE declares entities, which are never expanded"));
        Files.writeString(dir.resolve("links-only.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
                + "<item><title>A</title><link>https://example.org/a</link><description>https://example.org/a</description></item>"
                + "</channel></rss>");
        bad.add(new Case("links-only.rss", "no entry of the feed holds an article's text"));
        Files.writeString(dir.resolve("catalog.xml"), "<?xml version=\"1.0\"?>\n<catalog><book>Harbour Tales</book></catalog>\n");
        bad.add(new Case("catalog.xml", "neither a feed nor a web page"));
        byte[] gz = gzip(PAGE.replace("Bridge Repairs Begin", "Ferry Fares Rise") + "<!-- " + "padding ".repeat(2000) + "-->");
        Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length - 20));
        bad.add(new Case("cut.html.gz", "gzip stream truncated"));
        good.put("cut.html.gz", 1);
        Files.writeString(dir.resolve("run-on.txt"), "Council Sits Late\n\nThe council met until midnight on Monday.\n\n"
                + "item ".repeat(1_500) + "\n\nIt adjourned without a vote.\n");
        bad.add(new Case("run-on.txt", "1 paragraph with 7,499 characters and no sentence end left out"));
        good.put("run-on.txt", 1);
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));
        bad.add(new Case("loop", "symbolic link loop"));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        bad.add(new Case("dangling.txt", "broken symbolic link"));

        CommandsTest.Result r = CommandsTest.run("extract", dir.toString());

        assertThat(r.status()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("newsgraph: ").doesNotContain("\tat "));
        for (Case c : bad) {
            List<String> about = lines.stream().filter(l -> l.contains("/" + c.file() + ":")).toList();
            assertThat(about).as(c.file() + " in\n" + r.err()).singleElement().asString().contains(c.says());
        }
        assertThat(lines).as(r.err()).hasSize(bad.size());

        Map<String, Integer> extracted = new LinkedHashMap<>();
        for (String line : r.out().strip().split("\n")) {
            JsonNode o = ArticleJson.mapper().readTree(line);
            extracted.merge(Path.of(o.get("source").get("path").asText()).getFileName().toString(), 1, Integer::sum);
        }
        assertThat(extracted).isEqualTo(good);
    }

    private static String feed(String doctype, String place) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>Coast</title><item>"
                + "<title>Harbour reopens</title><link>https://example.org/a</link><description>&lt;p&gt;The harbour at "
                + place + " reopened on Tuesday, three days after the storm closed it to all shipping.&lt;/p&gt;"
                + "</description></item></channel></rss>\n";
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
