package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the brat stand-off format PolNeAR uses: {@code T} lines for Source, Cue and Content spans
 * (fragments joined by ";"), {@code E} lines tying them into an attribution. Brat offsets count Unicode code
 * points; Java strings count UTF-16 units, so offsets are converted both ways against the text.
 */
public final class BratFile {

    private BratFile() {}

    public static List<BratAttribution> read(String ann, String text) {
        Map<String, BratSpan> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] p = line.split("\t");
            if (p.length < 2) continue;
            if (p[0].matches("T\\d+")) {
                int sp = p[1].indexOf(' ');
                if (sp < 0) continue;
                String role = p[1].substring(0, sp);
                List<int[]> frags = new ArrayList<>();
                for (String f : p[1].substring(sp + 1).split(";")) {
                    String[] se = f.trim().split(" ");
                    frags.add(new int[] {utf16(text, Integer.parseInt(se[0])), utf16(text, Integer.parseInt(se[1]))});
                }
                spans.put(p[0], new BratSpan(role, frags));
            } else if (p[0].matches("E\\d+")) {
                events.add(p[1].split(" "));
            }
        }
        List<BratAttribution> out = new ArrayList<>();
        for (String[] e : events) {
            if (!e[0].startsWith("Attribution")) continue;
            BratSpan source = null, cue = null, content = null;
            for (int i = 1; i < e.length; i++) {
                String[] kv = e[i].split(":");
                if (kv.length != 2) continue;
                BratSpan s = spans.get(kv[1]);
                switch (kv[0]) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> content = s;
                    default -> { }
                }
            }
            out.add(new BratAttribution(source, cue, content));
        }
        return out;
    }

    /** A brat file for these attributions: shared spans are written once. */
    public static String write(List<BratAttribution> attributions, String text) {
        StringBuilder b = new StringBuilder();
        Map<String, String> ids = new LinkedHashMap<>();
        int e = 0;
        for (BratAttribution a : attributions) {
            String cue = a.cue() == null ? null : id(a.cue(), ids, b, text);
            String source = a.source() == null ? null : id(a.source(), ids, b, text);
            String content = a.content() == null ? null : id(a.content(), ids, b, text);
            String anchor = cue != null ? cue : content;
            if (anchor == null) continue;
            b.append('E').append(++e).append('\t').append(a.source() == null ? "Attribution-no-source" : "Attribution")
                    .append(':').append(anchor);
            if (cue != null) b.append(" Cue:").append(cue);
            if (source != null) b.append(" Source:").append(source);
            if (content != null) b.append(" Content:").append(content);
            b.append('\n');
        }
        return b.toString();
    }

    private static String id(BratSpan s, Map<String, String> ids, StringBuilder b, String text) {
        String have = ids.get(s.key());
        if (have != null) return have;
        String id = "T" + (ids.size() + 1);
        ids.put(s.key(), id);
        b.append(id).append('\t').append(s.role()).append(' ');
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < s.fragments().size(); i++) {
            int[] f = s.fragments().get(i);
            if (i > 0) { b.append(';'); words.append(' '); }
            b.append(codePoints(text, f[0])).append(' ').append(codePoints(text, f[1]));
            words.append(text, f[0], f[1]);
        }
        b.append('\t').append(words.toString().replace('\n', ' ')).append('\n');
        return id;
    }

    static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    static int codePoints(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }
}
