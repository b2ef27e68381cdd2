package org.newsgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.extract.place.Distance;
import org.newsgraph.extract.place.GeoEntry;
import org.newsgraph.extract.place.Geocoder;
import org.newsgraph.extract.place.Mention;
import org.newsgraph.extract.place.Resolution;

/**
 * Geocoding on GeoWebNews. Given the gold toponyms, each is resolved with its article as context; a toponym
 * the gazetteer cannot name (a street, a church, a river) is placed at the article's most-mentioned resolved
 * place, the usual fallback of geocoders, and carries no GeoNames id. End to end, the toponyms come from
 * {@code finder} instead, and a prediction counts when its span overlaps a gold span.
 *
 * <p>Scores: accuracy within 161 km (100 miles, the field's customary threshold), mean error in km over
 * resolved gold toponyms, share resolved to the gold GeoNames id (where gold has one);
 * precision = correct / predicted, recall = correct / gold, where correct means within 161 km.
 */
public final class GeoEval {

    public static final double THRESHOLD_KM = 161;

    public record Prediction(String doc, int start, int end, double lat, double lon, Long geonameId) {}

    /** {@code found}: gold toponyms a prediction overlaps, right or wrong (toponym recall). */
    public record Score(int gold, int predicted, int found, int correct, double meanErrorKm, int withGoldId, int exactId) {
        public double precision() { return predicted == 0 ? 0 : (double) correct / predicted; }
        public double recall() { return gold == 0 ? 0 : (double) correct / gold; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public double accuracy161() { return recall(); }
        public double foundShare() { return gold == 0 ? 0 : (double) found / gold; }
        public double exactIdShare() { return withGoldId == 0 ? 0 : (double) exactId / withGoldId; }

        public String lastLine() {
            return String.format(java.util.Locale.ROOT, "geo f1=%.3f precision=%.3f recall=%.3f n=%d", f1(), precision(),
                    recall(), gold);
        }
    }

    private final Geocoder geocoder;

    public GeoEval(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** Resolves each document's gold toponyms. */
    public List<Prediction> goldToponyms(List<GeoWebNews.Doc> docs) {
        List<Prediction> out = new ArrayList<>();
        for (GeoWebNews.Doc d : docs) {
            List<Mention> ms = d.toponyms().stream().map(t -> new Mention(t.text(), t.start(), t.end())).toList();
            out.addAll(predict(d, ms, true));
        }
        return out;
    }

    /** Finds and resolves toponyms with {@code finder} (text to mentions). */
    public List<Prediction> endToEnd(List<GeoWebNews.Doc> docs, Function<String, List<Mention>> finder) {
        List<Prediction> out = new ArrayList<>();
        for (GeoWebNews.Doc d : docs) out.addAll(predict(d, finder.apply(d.text()), false));
        return out;
    }

    /**
     * End-to-end toponyms: the LOCATION entities that {@code nlp} (the pipeline's NLP stage) finds in the text,
     * read as one paragraph so that offsets stay the corpus's.
     */
    public static Function<String, List<Mention>> taggerToponyms(org.newsgraph.pipeline.Stage nlp) {
        return text -> {
            org.newsgraph.model.Article a = new org.newsgraph.model.Article("eval", null, "", null, List.of(),
                    List.of(new org.newsgraph.model.Block(org.newsgraph.model.Block.Kind.PARAGRAPH, text, 0, text.length())),
                    text);
            return nlp.apply(org.newsgraph.model.ExtractedArticle.bare(a)).entities().stream()
                    .filter(e -> "LOCATION".equals(e.type())).map(e -> new Mention(e.text(), e.start(), e.end())).toList();
        };
    }

    private List<Prediction> predict(GeoWebNews.Doc d, List<Mention> ms, boolean fallback) {
        List<Resolution> rs = geocoder.resolve(d.text(), ms, fallback);
        Map<Mention, GeoEntry> resolved = new HashMap<>();
        // in mention order: a place's hash involves an enum's, which differs from run to run, and ties in the
        // fallback must break the same way every time
        Map<GeoEntry, Integer> counts = new java.util.LinkedHashMap<>();
        for (Resolution r : rs) {
            resolved.put(r.mention(), r.entry());
            counts.merge(r.entry(), 1, Integer::sum);
        }
        GeoEntry focus = medoid(counts);
        List<Prediction> out = new ArrayList<>();
        for (Mention m : ms) {
            GeoEntry e = resolved.get(m);
            if (e != null) out.add(new Prediction(d.id(), m.start(), m.end(), e.lat(), e.lon(), e.id()));
            else if (fallback) {
                if (focus != null) out.add(new Prediction(d.id(), m.start(), m.end(), focus.lat(), focus.lon(), null));
            }
        }
        return out;
    }

    /**
     * The article's geographic centre of gravity among its resolved towns and areas: the one nearest, summed over
     * mentions, to all the others, those in the countries the article names most pulling harder (distances capped
     * at 2,000 km so that one far-off place cannot pull the centre).
     * Towns come first (an area's point is coarse); areas, then countries and continents stand in only when
     * nothing smaller resolved.
     */
    static GeoEntry medoid(Map<GeoEntry, Integer> counts) {
        // each place pulls by its mentions, and more when its country is the one the article names most
        Map<String, Integer> byCountry = new java.util.LinkedHashMap<>();
        counts.forEach((e, n) -> { if (e.country() != null) byCountry.merge(e.country(), n, Integer::sum); });
        double total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<GeoEntry> local = counts.keySet().stream()
                .filter(e -> e.kind() == GeoEntry.Kind.CITY || e.kind() == GeoEntry.Kind.ADMIN2).toList();
        if (local.isEmpty()) local = counts.keySet().stream().filter(e -> e.kind() == GeoEntry.Kind.ADMIN1).toList();
        if (local.isEmpty()) {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        GeoEntry best = null;
        double bestCost = Double.MAX_VALUE;
        for (GeoEntry e : local) {
            double cost = 0;
            for (GeoEntry o : local) {
                double pull = counts.get(o) * (1 + byCountry.getOrDefault(o.country(), 0) / total);
                cost += pull * Math.min(2000, e.km(o.lat(), o.lon()));
            }
            if (cost < bestCost || (cost == bestCost && e.kind() == GeoEntry.Kind.CITY)) {
                best = e;
                bestCost = cost;
            }
        }
        return best;
    }

    public static Score score(List<GeoWebNews.Doc> docs, List<Prediction> predictions) {
        Map<String, List<Prediction>> byDoc = new HashMap<>();
        for (Prediction p : predictions) byDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
        int gold = 0, correct = 0, withId = 0, exact = 0, resolved = 0;
        double errorSum = 0;
        for (GeoWebNews.Doc d : docs) {
            List<Prediction> ps = byDoc.getOrDefault(d.id(), List.of());
            List<Prediction> used = new ArrayList<>();
            for (GeoWebNews.Toponym t : d.toponyms()) {
                gold++;
                if (t.geonameId() != null) withId++;
                Prediction p = ps.stream().filter(x -> !used.contains(x) && x.start() < t.end() && t.start() < x.end())
                        .findFirst().orElse(null);
                if (p == null) continue;
                used.add(p);
                resolved++;
                double km = Distance.km(t.lat(), t.lon(), p.lat(), p.lon());
                errorSum += km;
                if (km <= THRESHOLD_KM) correct++;
                if (t.geonameId() != null && t.geonameId().equals(p.geonameId())) exact++;
            }
        }
        return new Score(gold, predictions.size(), resolved, correct, resolved == 0 ? 0 : errorSum / resolved, withId, exact);
    }

    public static void write(List<Prediction> predictions, Writer out) {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Prediction p : predictions) {
                ObjectNode o = json.createObjectNode();
                o.put("doc", p.doc());
                o.put("start", p.start());
                o.put("end", p.end());
                o.put("lat", p.lat());
                o.put("lon", p.lon());
                if (p.geonameId() == null) o.putNull("geonameId"); else o.put("geonameId", p.geonameId());
                out.write(json.writeValueAsString(o));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
