package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.html.ArticleExtractor;
import org.newsgraph.ingest.html.HtmlPage;

/**
 * The article-extraction benchmark (ground-truth.json + html/ID.html.gz, and peers/NAME.json with other
 * extractors' outputs): runs our extractor on every page and scores it and the peers the same way.
 */
public final class ExtractionEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, String> truth;

    public ExtractionEval(Path dir) throws IOException {
        this.dir = dir;
        Path gt = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) throw new IOException("no ground-truth.json in " + dir);
        this.truth = bodies(JSON.readTree(gt.toFile()));
    }

    public Map<String, String> truth() {
        return truth;
    }

    /** Our predictions: id to main text; a page that cannot be read predicts the empty text. */
    public Map<String, String> predict(ArticleExtractor extractor) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String id : truth.keySet()) {
            Path page = dir.resolve("html").resolve(id + ".html.gz");
            String text = "";
            try {
                byte[] bytes = Files.readAllBytes(page);
                text = extractor.extract(HtmlPage.load(bytes).html(), "").text();
            } catch (InputProblem | IOException e) {
                text = "";
            }
            out.put(id, text);
        }
        return out;
    }

    public ShingleScore.Totals score(Map<String, String> predicted) {
        List<ShingleScore.Page> pages = new ArrayList<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            pages.add(ShingleScore.page(e.getValue(), predicted.getOrDefault(e.getKey(), "")));
        }
        return ShingleScore.totals(pages);
    }

    /** Per page F1, for finding where the extractor fails. */
    public Map<String, ShingleScore.Page> perPage(Map<String, String> predicted) {
        Map<String, ShingleScore.Page> out = new TreeMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            out.put(e.getKey(), ShingleScore.page(e.getValue(), predicted.getOrDefault(e.getKey(), "")));
        }
        return out;
    }

    /** Each peers/NAME.json scored; a peer whose file holds no prediction maps to null. */
    public Map<String, ShingleScore.Totals> peers() throws IOException {
        Map<String, ShingleScore.Totals> out = new LinkedHashMap<>();
        Path peers = dir.resolve("peers");
        if (!Files.isDirectory(peers)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(peers)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : files) {
            String name = p.getFileName().toString().replaceFirst("\\.json$", "");
            Map<String, String> predicted = bodies(JSON.readTree(p.toFile()));
            out.put(name, predicted.isEmpty() ? null : score(predicted));
        }
        return out;
    }

    /** Writes {@code {id: {"articleBody": text}}}, the benchmark's own format. */
    public static void writePredictions(Map<String, String> predicted, Path out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            root.putObject(e.getKey()).put("articleBody", e.getValue());
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    }

    private static Map<String, String> bodies(JsonNode root) {
        Map<String, String> out = new TreeMap<>();
        if (root == null || !root.isObject()) return out;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        }
        return out;
    }
}
