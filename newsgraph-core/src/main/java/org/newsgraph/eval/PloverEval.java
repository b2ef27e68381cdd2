package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.event.Act;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Stage;

/**
 * Event coding on the PLOVER gold-standard records: each record's sentence is read by the NLP stage and coded by
 * the event stage's own rules; its first act (the one a news sentence puts first) is compared with the record's
 * event type, source and target, the actors by the words the sentence names them with.
 *
 * <p>The records follow an older PLOVER draft; their types map onto the 2021 categories we code as the 2021
 * CAMEO-to-PLOVER table does: DEMAND is REQUEST, DISAPPROVE is ACCUSE, INVESTIGATE (CAMEO 09) is ACCUSE,
 * FIGHT is ASSAULT. An actor counts as right when our phrase and one of the gold actor texts contain one
 * another, ignoring case ("Moroccan diplomats" and "Moroccan diplomats"; "Romanian officials" and "Romanian").
 *
 * <p>Scores: precision = right types / records we coded; recall = right types / records;
 * source (target) accuracy = right sources (targets) / records whose gold has one.
 */
public final class PloverEval {

    static final Map<String, String> OLD_TO_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    public record Record(String id, String text, String event, List<String> sources, List<String> targets) {}

    public record Prediction(String id, String event, String source, String target) {}

    public record Score(int n, int coded, int rightType, int withSource, int rightSource, int withTarget,
                        int rightTarget) {
        public double precision() { return coded == 0 ? 0 : (double) rightType / coded; }
        public double recall() { return n == 0 ? 0 : (double) rightType / n; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public double typeAccuracy() { return recall(); }
        public double sourceAccuracy() { return withSource == 0 ? 0 : (double) rightSource / withSource; }
        public double targetAccuracy() { return withTarget == 0 ? 0 : (double) rightTarget / withTarget; }

        public String lastLine() {
            return String.format(Locale.ROOT, "events f1=%.3f precision=%.3f recall=%.3f n=%d", f1(), precision(),
                    recall(), n);
        }
    }

    private PloverEval() {}

    public static List<Record> read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Record> out = new ArrayList<>();
            for (JsonNode r : root) {
                String event = r.path("event").asText();
                out.add(new Record(r.path("id").asText(), r.path("text").asText(),
                        OLD_TO_2021.getOrDefault(event, event), actors(r.get("source")), actors(r.get("target"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER records " + file, e);
        }
    }

    private static List<String> actors(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) for (JsonNode a : n) {
            String t = a.path("actorText").asText("");
            if (!t.isBlank()) out.add(t);
        }
        return out;
    }

    /**
     * Codes one record: {@code nlp} annotates its sentence (entities, dates), {@code events} finds its acts.
     */
    public static Prediction code(Record r, Stage nlp, EventStage events) {
        ExtractedArticle x = nlp.apply(ExtractedArticle.bare(PlainTextArticle.of(r.id(), r.text()).article()));
        List<Act> acts = events.acts(x);
        if (acts.isEmpty()) return new Prediction(r.id(), null, null, null);
        Act a = acts.get(0);
        return new Prediction(r.id(), a.type(), EventStage.words(a.source()), EventStage.words(a.target()));
    }

    public static Score score(List<Record> records, List<Prediction> predictions) {
        int coded = 0, type = 0, ws = 0, rs = 0, wt = 0, rt = 0;
        for (int i = 0; i < records.size(); i++) {
            Record g = records.get(i);
            Prediction p = predictions.get(i);
            if (p.event() != null) coded++;
            if (g.event().equals(p.event())) type++;
            if (!g.sources().isEmpty()) { ws++; if (matches(p.source(), g.sources())) rs++; }
            if (!g.targets().isEmpty()) { wt++; if (matches(p.target(), g.targets())) rt++; }
        }
        return new Score(records.size(), coded, type, ws, rs, wt, rt);
    }

    static boolean matches(String predicted, List<String> gold) {
        if (predicted == null) return false;
        String p = predicted.toLowerCase(Locale.ROOT);
        return gold.stream().map(x -> x.toLowerCase(Locale.ROOT)).anyMatch(x -> p.contains(x) || x.contains(p));
    }

    public static void write(List<Prediction> predictions, Writer out) {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Prediction p : predictions) {
                ObjectNode o = json.createObjectNode();
                o.put("id", p.id());
                o.put("event", p.event());
                o.put("source", p.source());
                o.put("target", p.target());
                out.write(json.writeValueAsString(o));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
