package org.newsgraph.extract.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * The seed's articles and their gold, read at run time from the shared folder (system property
 * newsgraph.shared), through the standard readers and dump segmentation. Should the reader's article not match the
 * gold's paragraphs, its body is cut from the dump with the gold's own bounds instead (and stderr says so), so the
 * figure tests do not depend on segmentation. Tests abort loudly when the files are absent.
 */
public final class SeedArticles {

    public record Seed(Article article, JsonNode gold) {}

    private SeedArticles() {}

    public static List<Seed> load() {
        String shared = System.getProperty("newsgraph.shared");
        if (shared == null) Assumptions.abort("system property newsgraph.shared missing: seed and gold unavailable");
        Path gold = Path.of(shared, "gold", "seed.gold.json");
        if (!Files.isRegularFile(gold)) Assumptions.abort(gold + " missing");
        try {
            JsonNode g = new ObjectMapper().readTree(gold.toFile());
            Path dump = Path.of(shared, g.get("source").asText());
            if (!Files.isRegularFile(dump)) Assumptions.abort(dump + " missing");
            List<Article> read = Readers.standard().read(InputFile.read(dump)).articles();
            List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
            List<Seed> out = new ArrayList<>();
            for (JsonNode a : g.get("articles")) out.add(new Seed(readOrCut(read, lines, a), a));
            return out;
        } catch (IOException | InputProblem e) {
            throw new IllegalStateException("cannot read the seed", e);
        }
    }

    /** The article as the dump reader gives it when it matches the gold's paragraphs; else cut with the gold. */
    private static Article readOrCut(List<Article> read, List<String> lines, JsonNode gold) {
        for (Article a : read) {
            if (a.headline().equals(gold.get("headline").asText())
                    && a.paragraphs().size() == gold.get("paragraphCount").asInt()
                    && a.paragraphs().get(0).startsWith(gold.get("firstParagraphStartsWith").asText())) return a;
        }
        System.err.println("seed: the dump reader's article differs from the gold; cutting it with the gold's bounds");
        return cut(lines, gold);
    }

    private static Article cut(List<String> lines, JsonNode gold) {
        String first = gold.get("firstParagraphStartsWith").asText();
        String last = gold.get("lastParagraphStartsWith").asText();
        List<String> subheads = new ArrayList<>();
        gold.get("subheads").forEach(s -> subheads.add(s.asText()));
        int from = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().startsWith(first)) { from = i; break; }
        if (from < 0) throw new IllegalStateException("first paragraph not found: " + first);
        List<Block> blocks = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            blocks.add(subheads.contains(l) ? Block.subhead(l) : Block.paragraph(l));
            if (l.startsWith(last)) break;
        }
        long paragraphs = blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).count();
        if (paragraphs != gold.get("paragraphCount").asInt())
            throw new IllegalStateException("cut " + paragraphs + " paragraphs, gold has " + gold.get("paragraphCount"));
        return Article.assemble(new Source("seed", null, "dump", 0), gold.get("headline").asText(),
                Published.unknown(), List.of(), blocks);
    }
}
