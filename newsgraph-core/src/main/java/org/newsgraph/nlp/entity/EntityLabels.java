package org.newsgraph.nlp.entity;

import java.util.List;

/**
 * The tagger's labels: BILOU over the four types (Begin, Inside, Last, Unit-length, Outside), which Ratinov and
 * Roth (2009) found better than BIO for a greedy tagger because each label says whether the name goes on.
 */
public final class EntityLabels {

    static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final String PARTS = "BILU";

    /** 0 is O; then B, I, L, U of each type in {@link #TYPES}' order. */
    public static final int COUNT = 1 + 4 * TYPES.size();
    static final int O = 0;

    private EntityLabels() {}

    static int label(char part, int type) {
        return 1 + type * 4 + PARTS.indexOf(part);
    }

    /** The type index of a label, or -1 for O. */
    static int type(int label) {
        return label == O ? -1 : (label - 1) / 4;
    }

    static char part(int label) {
        return label == O ? 'O' : PARTS.charAt((label - 1) % 4);
    }

    static String name(int label) {
        return label == O ? "O" : part(label) + "-" + TYPES.get(type(label));
    }

    /**
     * BILOU labels of IOB1 or IOB2 tags with CoNLL's type names (PER, ORG, LOC, MISC): a name starts at B- or
     * where the type changes, and goes on while I- of its type follows.
     */
    public static int[] fromIob(java.util.List<String> tags) {
        int n = tags.size();
        int[] types = new int[n];
        boolean[] begins = new boolean[n];
        for (int i = 0; i < n; i++) {
            String t = tags.get(i);
            types[i] = t.equals("O") ? -1 : TYPES.indexOf(longName(t.substring(2)));
            begins[i] = types[i] >= 0 && (t.startsWith("B-") || i == 0 || types[i - 1] != types[i]);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (types[i] < 0) continue;
            boolean goesOn = i + 1 < n && types[i + 1] == types[i] && !begins[i + 1];
            char part = begins[i] ? (goesOn ? 'B' : 'U') : (goesOn ? 'I' : 'L');
            out[i] = label(part, types[i]);
        }
        return out;
    }

    /** IOB2 tags with CoNLL's type names ("B-PER", "I-PER", "O"). */
    public static java.util.List<String> toIob(int[] labels) {
        java.util.List<String> out = new java.util.ArrayList<>(labels.length);
        for (int y : labels) {
            if (y == O) {
                out.add("O");
                continue;
            }
            char p = part(y);
            out.add((p == 'B' || p == 'U' ? "B-" : "I-") + shortName(TYPES.get(type(y))));
        }
        return out;
    }

    static String longName(String conll) {
        return switch (conll) {
            case "PER" -> "PERSON";
            case "ORG" -> "ORGANIZATION";
            case "LOC" -> "LOCATION";
            case "MISC" -> "MISC";
            default -> throw new IllegalArgumentException("not a CoNLL entity type: " + conll);
        };
    }

    static String shortName(String type) {
        return switch (type) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            default -> type;
        };
    }

    /** Whether {@code next} may follow {@code previous} (O before the sentence and after it). */
    static boolean allowed(int previous, int next) {
        char p = part(previous);
        char n = part(next);
        boolean open = p == 'B' || p == 'I';
        if (open) return (n == 'I' || n == 'L') && type(next) == type(previous);
        return n == 'B' || n == 'U' || n == 'O';
    }

    /** Whether a label may end a sentence. */
    static boolean closes(int label) {
        char p = part(label);
        return p != 'B' && p != 'I';
    }
}
