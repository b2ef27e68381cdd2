package org.newsgraph.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear model that says whether a word is an attribution cue, for the verbs no list names ("wants",
 * "estimates", "unleashed"). Trained as an averaged perceptron on the PolNeAR training split by
 * {@code org.newsgraph.eval.CueModelTraining}; its weights are a resource loaded once per JVM.
 */
public final class CueModel {

    static final String RESOURCE = "cue-weights.tsv";
    private static final CueModel STANDARD = load();

    private final Map<String, Double> weights;

    public CueModel(Map<String, Double> weights) {
        this.weights = weights;
    }

    public static CueModel standard() {
        return STANDARD;
    }

    public double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double v = weights.get(f);
            if (v != null) s += v;
        }
        return s;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    private static CueModel load() {
        Map<String, Double> w = new HashMap<>();
        try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new CueModel(w);   // no model: the verb lists alone
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueModel(w);
    }
}
