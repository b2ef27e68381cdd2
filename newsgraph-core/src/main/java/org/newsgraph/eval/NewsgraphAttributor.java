package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Pipeline;

/**
 * newsgraph's quotes as brat attributions: the source mention, the cue and the content of each quote. Quotes
 * that share source and cue (a partial quote inside its reported speech, a quote paragraph continuing the one
 * before) form one attribution whose content has several fragments, as PolNeAR annotates them; a fragment
 * inside another one is dropped. Direct content is widened to its quote marks and reported content to its
 * opening "that", which PolNeAR includes.
 */
public final class NewsgraphAttributor implements Attributor {

    private final Pipeline pipeline;

    public NewsgraphAttributor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "newsgraph";
    }

    @Override
    public List<BratAttribution> attribute(String name, String fileText) {
        PlainTextArticle p = PlainTextArticle.of(name, fileText);
        ExtractedArticle x = pipeline.run(p.article());
        String text = x.article().text();
        Map<String, List<int[]>> contents = new LinkedHashMap<>();
        Map<String, Quote> first = new LinkedHashMap<>();
        for (Quote q : x.quotes()) {
            if (q.speakerStart() < 0 || q.cueStart() < 0) continue;
            String key = q.speakerStart() + ":" + q.speakerEnd() + ":" + q.cueStart() + ":" + q.cueEnd();
            first.putIfAbsent(key, q);
            int s = q.start(), e = q.end();
            // PolNeAR's reported content starts with its "that" (the guidelines: "that" is not part of the cue)
            if (!q.direct() && s >= 5 && text.regionMatches(true, s - 5, "that ", 0, 5)) s -= 5;
            if (q.direct()) {
                if (s > 0 && isMark(text.charAt(s - 1))) s--;
                if (e < text.length() && text.charAt(e) == ',' && e + 1 < text.length() && isMark(text.charAt(e + 1))) e += 2;
                else if (e < text.length() && isMark(text.charAt(e))) e++;
            }
            contents.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {p.toFile(s, false), p.toFile(e, true)});
        }
        List<BratAttribution> out = new ArrayList<>();
        for (var entry : first.entrySet()) {
            Quote q = entry.getValue();
            List<int[]> frags = outer(contents.get(entry.getKey()));
            out.add(new BratAttribution(
                    new BratSpan("Source", List.of(new int[] {p.toFile(q.speakerStart(), false), p.toFile(q.speakerEnd(), true)})),
                    new BratSpan("Cue", List.of(new int[] {p.toFile(q.cueStart(), false), p.toFile(q.cueEnd(), true)})),
                    new BratSpan("Content", frags)));
        }
        return out;
    }

    private static List<int[]> outer(List<int[]> frags) {
        List<int[]> sorted = new ArrayList<>(frags);
        sorted.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
        List<int[]> out = new ArrayList<>();
        for (int[] f : sorted) {
            if (!out.isEmpty() && f[1] <= out.get(out.size() - 1)[1]) continue;
            if (!out.isEmpty() && f[0] < out.get(out.size() - 1)[1]) f = new int[] {out.get(out.size() - 1)[1], f[1]};
            out.add(f);
        }
        return out;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
