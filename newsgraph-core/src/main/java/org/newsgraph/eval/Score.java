package org.newsgraph.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts; prints the evaluation contract's last line. */
public record Score(int truePositives, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line(String task) {
        return String.format(Locale.ROOT, "%s f1=%.3f precision=%.3f recall=%.3f n=%d", task, f1(), precision(), recall(), gold);
    }
}
