package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A line that is not such an object is skipped with its line number; the rest of the file is still read.
 */
public final class JsonlReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        String text = TextDecoder.decode(in.bytes());
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Article> articles = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int lineNo = 0;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            int lineOffset = offset;
            offset += line.length() + 1;
            if (line.isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(line);
                if (node == null || !node.isObject()) {
                    skipped.add("line " + lineNo + ": not a JSON object");
                    continue;
                }
                String body = str(node, "text");
                if (body == null || body.isBlank()) {
                    skipped.add("line " + lineNo + ": no \"text\"");
                    continue;
                }
                articles.add(toArticle(in.name(), lineOffset, node, body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                skipped.add("line " + lineNo + ": invalid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        if (articles.isEmpty()) {
            throw new InputProblem("no article in JSONL" + (skipped.isEmpty() ? "" : ": " + skipped.get(0)));
        }
        return new Reading(articles, skipped);
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
