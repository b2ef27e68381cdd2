package org.newsgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.newsgraph.extract.place.GeoEntry;
import org.newsgraph.extract.place.Mention;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.extract.place.Resolution;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;

/**
 * Geocoding on LGL-format XML (TR-News, LGL), the way {@code extract} reads an article: each article is given to
 * the readers as the JSONL line the shared {@code lgl_to_jsonl.py} writes for it (headline = title, text, url with
 * {@code #docid}, published = dltime), so the readers' paragraphs, the publication date and every stage see what
 * they see in {@code extract}; places are mapped back to the corpus's offsets as that script maps them (the two
 * texts differ only in whitespace).
 *
 * <p>End to end, the predictions are the {@code places} the whole pipeline writes. Given the gold toponyms, the
 * NLP stage reads the article as usual and the place stage resolves the gold spans (adjectival ones included)
 * with the article as context; a span it cannot place stands at the article's centre, as in {@link GeoEval}.
 */
public final class LglGeoEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LglGeoEval() {}

    /** The article {@code extract} reads from the JSONL line for {@code d}. */
    public static Article article(LglCorpus.Doc d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("headline", d.title() == null ? d.id() : d.title());
        o.put("text", d.text());
        o.put("url", (d.url() == null ? "" : d.url()) + "#" + d.id());
        if (d.date() == null) o.putNull("published"); else o.put("published", d.date());
        try {
            byte[] line = (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
            List<Article> read = Readers.standard().read(new InputFile(d.id() + ".jsonl", line)).articles();
            if (read.size() != 1) throw new IllegalStateException("article " + d.id() + " read as " + read.size());
            return read.get(0);
        } catch (InputProblem | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("article " + d.id() + ": " + e.getMessage(), e);
        }
    }

    /** Every article through {@code pipeline}; its places with coordinates, in the corpus's offsets. */
    public static List<GeoEval.Prediction> endToEnd(List<LglCorpus.Doc> docs, Pipeline pipeline, int threads) {
        return each(docs, threads, d -> {
            ExtractedArticle x = pipeline.run(article(d));
            return predictions(d, x.article().text(), x.places());
        });
    }

    /** The gold spans, resolved by {@code places} in the article {@code nlp} annotated. */
    public static List<GeoEval.Prediction> goldToponyms(List<LglCorpus.Doc> docs, Stage nlp, PlaceStage places,
                                                       int threads) {
        return each(docs, threads, d -> {
            ExtractedArticle x = nlp.apply(ExtractedArticle.bare(article(d)));
            String text = x.article().text();
            int[] toOrig = TextAlignment.map(text, d.text());
            if (toOrig == null) throw new IllegalStateException("article " + d.id() + ": text cannot be aligned");
            int[] toOut = TextAlignment.invert(toOrig, d.text().length());
            List<Mention> ms = new ArrayList<>();
            for (GeoWebNews.Toponym t : d.toponyms()) {
                int at = where(d.text(), t);
                int s = toOut[at], e = toOut[at + t.text().length() - 1] + 1;
                ms.add(new Mention(text.substring(s, e), s, e));
            }
            java.util.Map<Mention, GeoEntry> resolved = new java.util.HashMap<>();
            java.util.Map<GeoEntry, Integer> counts = new java.util.LinkedHashMap<>();
            for (Resolution r : places.given(x, ms)) {
                resolved.put(r.mention(), r.entry());
                counts.merge(r.entry(), 1, Integer::sum);
            }
            GeoEntry centre = GeoEval.medoid(counts);
            List<GeoEval.Prediction> out = new ArrayList<>();
            for (int i = 0; i < ms.size(); i++) {
                GeoEntry e = resolved.getOrDefault(ms.get(i), centre);
                GeoWebNews.Toponym t = d.toponyms().get(i);
                // written at the gold span, as given, so the scorer pairs it with its toponym
                if (e != null) out.add(new GeoEval.Prediction(d.id(), t.start(), t.end(), e.lat(), e.lon(),
                        resolved.containsKey(ms.get(i)) ? e.id() : null));
            }
            return out;
        });
    }

    /**
     * Where the toponym's phrase is in the text: at its gold offsets, or (some TR-News spans are a few characters
     * off) at the nearest place within 40 characters that reads as the phrase.
     */
    static int where(String text, GeoWebNews.Toponym t) {
        String phrase = t.text();
        if (t.start() >= 0 && text.startsWith(phrase, t.start())) return t.start();
        int best = -1;
        for (int i = text.indexOf(phrase, Math.max(0, t.start() - 40)); i >= 0 && i <= t.start() + 40;
             i = text.indexOf(phrase, i + 1)) {
            if (best < 0 || Math.abs(i - t.start()) < Math.abs(best - t.start())) best = i;
        }
        if (best < 0) throw new IllegalStateException("toponym " + phrase + " not found near offset " + t.start());
        return best;
    }

    private static List<GeoEval.Prediction> predictions(LglCorpus.Doc d, String text, List<Place> places) {
        int[] m = TextAlignment.map(text, d.text());
        if (m == null) throw new IllegalStateException("article " + d.id() + ": text cannot be aligned");
        List<GeoEval.Prediction> out = new ArrayList<>();
        for (Place p : places) {
            if (p.lat() == null || p.start() < 0) continue;
            int s = m[Math.min(p.start(), m.length - 1)];
            int e = m[Math.min(Math.max(p.end() - 1, p.start()), m.length - 1)] + 1;
            out.add(new GeoEval.Prediction(d.id(), s, e, p.lat(), p.lon(), p.geonameId()));
        }
        return out;
    }

    private static List<GeoEval.Prediction> each(List<LglCorpus.Doc> docs, int threads,
                                                Function<LglCorpus.Doc, List<GeoEval.Prediction>> f) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<GeoEval.Prediction>>> fs = new ArrayList<>();
            for (LglCorpus.Doc d : docs) fs.add(pool.submit(() -> f.apply(d)));
            List<GeoEval.Prediction> out = new ArrayList<>();
            for (Future<List<GeoEval.Prediction>> x : fs) out.addAll(x.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The documents at even (0, 2, ...) or odd positions, or all of them. */
    public static List<LglCorpus.Doc> half(List<LglCorpus.Doc> docs, String which) {
        return switch (which) {
            case "all" -> docs;
            case "even" -> docs.stream().filter(d -> d.position() % 2 == 0).toList();
            case "odd" -> docs.stream().filter(d -> d.position() % 2 == 1).toList();
            default -> throw new IllegalArgumentException("half must be all, even or odd: " + which);
        };
    }
}
