package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of one role's spans, matched one to one: exactly (same fragments) or by overlap
 * (any shared character; pairs with the largest overlap are matched first), summed over documents.
 */
public final class RoleScore {

    private int gold;
    private int predicted;
    private int exact;
    private int overlap;

    public void add(List<BratSpan> goldSpans, List<BratSpan> predictedSpans) {
        gold += goldSpans.size();
        predicted += predictedSpans.size();
        exact += match(goldSpans, predictedSpans, true);
        overlap += match(goldSpans, predictedSpans, false);
    }

    private static int match(List<BratSpan> g, List<BratSpan> p, boolean exactly) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                int o = g.get(i).overlap(p.get(j));
                if (exactly ? g.get(i).sameAs(p.get(j)) : o > 0) pairs.add(new int[] {i, j, o});
            }
        }
        pairs.sort((a, b) -> b[2] - a[2]);
        boolean[] gu = new boolean[g.size()];
        boolean[] pu = new boolean[p.size()];
        int n = 0;
        for (int[] x : pairs) {
            if (gu[x[0]] || pu[x[1]]) continue;
            gu[x[0]] = true;
            pu[x[1]] = true;
            n++;
        }
        return n;
    }

    public int gold() { return gold; }

    public int predicted() { return predicted; }

    public double precision(boolean exactly) {
        return predicted == 0 ? 0 : (double) (exactly ? exact : overlap) / predicted;
    }

    public double recall(boolean exactly) {
        return gold == 0 ? 0 : (double) (exactly ? exact : overlap) / gold;
    }

    public double f1(boolean exactly) {
        double p = precision(exactly), r = recall(exactly);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
