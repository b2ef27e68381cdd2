package org.newsgraph.eval;

import java.util.List;

/**
 * One brat text-bound annotation: a role (Source, Cue, Content) and its fragments, each {start, end} in
 * character offsets of the text file (brat counts code points; {@link BratFile} converts).
 */
public record BratSpan(String role, List<int[]> fragments) {

    public int start() {
        return fragments.get(0)[0];
    }

    public int end() {
        return fragments.get(fragments.size() - 1)[1];
    }

    public int overlap(BratSpan o) {
        int n = 0;
        for (int[] a : fragments) for (int[] b : o.fragments) n += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        return n;
    }

    public boolean sameAs(BratSpan o) {
        if (fragments.size() != o.fragments.size()) return false;
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i)[0] != o.fragments.get(i)[0] || fragments.get(i)[1] != o.fragments.get(i)[1]) return false;
        }
        return true;
    }

    public String key() {
        StringBuilder b = new StringBuilder(role);
        for (int[] f : fragments) b.append(' ').append(f[0]).append('-').append(f[1]);
        return b.toString();
    }
}
