package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * One article per line: {@code {"headline", "text", "url", "published"}}, optionally with {@code "authors"} (a list
 * or one string; {@code "author"} too), {@code "section"}, {@code "language"}, {@code "modified"} and {@code "site"}.
 * A line that is not such an object is skipped with its line number; the rest of the file is still read, line by
 * line, so a file of any size is read in the memory of one line.
 */
public final class JsonlReader implements ArticleReader {

    /** Characters in one line: the JSON of one article, which may carry its HTML too. */
    public static final int MAX_LINE = 8_000_000;

    /** Nesting deeper than any article's JSON is refused before it costs a deep recursion. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(MAX_LINE).build())
            .build());

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(InputFile in) {
        String head;
        try {
            head = TextDecoder.decode(in.head(4096)).stripLeading();
        } catch (InputProblem e) {
            // a multi-byte character cut at 4096 bytes is not a reason to refuse
            head = new String(in.head(4096), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        }
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        return head.startsWith("{") && head.contains("\"");
    }

    @Override
    public Reading read(InputFile in) throws InputProblem {
        return ArticleReader.collect(this, in);
    }

    /** Line by line: one bad line is skipped with its number; a line over {@link #MAX_LINE} is not even held. */
    @Override
    public void stream(InputFile in, Sink sink) throws InputProblem {
        HeldSkips skips = new HeldSkips(sink);
        try (TextLines lines = TextLines.open(in, MAX_LINE)) {
            for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                String problem = line.overCap()
                        ? Sizes.chars(line.length()) + ", over the cap of " + Sizes.chars(MAX_LINE) + " for one line"
                        : line.text().isBlank() ? null : read(in.name(), line, skips);
                if (problem != null) skips.skipped("line " + line.number() + ": " + problem);
            }
        } catch (IOException e) {
            throw skips.after(new InputProblem("cannot read: " + IoReason.of(e)));
        } catch (InputProblem e) {
            throw skips.after(e);
        }
        if (!skips.any()) throw skips.none("no article in JSONL");
    }

    /** Gives the line's article to the sink, or returns why it holds none. */
    private static String read(String name, TextLines.Line line, Sink sink) {
        String text = line.text();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) return "not a JSON object";
            String body = str(node, "text");
            if (body == null || body.isBlank()) return "no \"text\"";
            sink.article(toArticle(name, line.offset(), node, body));
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "invalid JSON (" + oneLine(e.getOriginalMessage()) + ")";
        }
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) + "..." : t;
    }

    private static Article toArticle(String name, long offset, JsonNode node, String body) {
        String headline = str(node, "headline");
        if (headline == null) headline = str(node, "title");
        String published = str(node, "published");
        Published when = Dates.isoDate(published).map(Published::fromMetadata).orElse(Published.unknown());
        return Article.assemble(new Source(name, str(node, "url"), "jsonl", offset),
                headline == null ? "" : headline.strip(), when, List.of(), paragraphs(body), metadata(node));
    }

    private static Metadata metadata(JsonNode node) {
        List<String> authors = new ArrayList<>();
        for (String field : new String[] {"authors", "author"}) {
            JsonNode v = node.get(field);
            if (v == null) continue;
            if (v.isArray()) {
                v.forEach(a -> {
                    String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                    if (!name.isBlank()) authors.add(name.strip());
                });
            } else if (v.isTextual() && !v.asText().isBlank()) {
                authors.add(v.asText().strip());
            }
        }
        String modified = Dates.isoDate(str(node, "modified")).orElse(null);
        return new Metadata(authors, str(node, "section"), str(node, "language"), modified, str(node, "site"), null);
    }

    /** Paragraphs are separated by blank lines; a text without blank lines has one paragraph per line. */
    static List<Block> paragraphs(String body) {
        String normal = TextDecoder.normaliseNewlines(body).strip();
        String[] parts = normal.contains("\n\n") ? normal.split("\\n\\s*\\n") : normal.split("\n");
        List<Block> blocks = new ArrayList<>();
        for (String p : parts) {
            String clean = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!clean.isEmpty()) blocks.add(Block.paragraph(clean));
        }
        return blocks;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
