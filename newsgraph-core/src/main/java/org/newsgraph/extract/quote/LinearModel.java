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
 * A linear model over string features, trained as an averaged perceptron on the PolNeAR training split by
 * {@code org.newsgraph.eval.CueModelTraining}. Two ship as resources, each loaded once per JVM: the cue model
 * says whether a word is an attribution cue, for the verbs no list names ("wants", "estimates"); the
 * attribution model says whether a cue with the source and content the rules found for it is an attribution.
 */
public final class LinearModel {

    static final String CUES = "cue-weights.tsv.gz";   // 2.3 MB as plain text
    static final String ATTRIBUTIONS = "attribution-weights.tsv";
    private static final LinearModel CUE_MODEL = load(CUES);
    private static final LinearModel ATTRIBUTION_MODEL = load(ATTRIBUTIONS);

    private final Map<String, Double> weights;

    public LinearModel(Map<String, Double> weights) {
        this.weights = weights;
    }

    public static LinearModel cues() {
        return CUE_MODEL;
    }

    public static LinearModel attributions() {
        return ATTRIBUTION_MODEL;
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

    private static LinearModel load(String resource) {
        Map<String, Double> w = new HashMap<>();
        try (InputStream in = LinearModel.class.getResourceAsStream(resource)) {
            if (in == null) return new LinearModel(w);   // no model: the rules alone
            InputStream plain = resource.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
            BufferedReader r = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LinearModel(w);
    }
}
