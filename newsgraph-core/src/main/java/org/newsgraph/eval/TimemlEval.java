package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.TimeExpression;

/**
 * Time expressions on TimeML (TimeBank, AQUAINT): the TEXT of each .tml file is tagged against its creation time;
 * predictions are the file with our TIMEX3 tags in place of the gold ones. Scored by extent overlap (a predicted
 * and a gold expression match when their spans overlap, each used once); value accuracy over the matches.
 */
public final class TimemlEval {

    private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    /** The overlap score and the share of matched expressions with the gold value. */
    public record Result(Score score, int matched, int valueRight) {
        public String valueLine() {
            return String.format(Locale.ROOT, "timex value accuracy=%.3f (%d of %d matched)",
                    matched == 0 ? 0.0 : (double) valueRight / matched, valueRight, matched);
        }
    }

    private record Span(int start, int end, String type, String value) {}

    private TimemlEval() {}

    public static Result run(NlpEngine engine, Path dir, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        Files.createDirectories(out);
        int tp = 0, pred = 0, gold = 0, matched = 0, right = 0;
        for (Path f : files) {
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            int open = xml.indexOf("<TEXT>");
            int close = xml.indexOf("</TEXT>");
            if (open < 0 || close < 0) continue;
            open += "<TEXT>".length();
            // Plain text of the TEXT element, with gold TIMEX3 spans in its offsets.
            StringBuilder plain = new StringBuilder();
            List<Span> goldSpans = new ArrayList<>();
            List<int[]> map = new ArrayList<>(); // plain offset -> xml offset, for every char
            String body = xml.substring(open, close);
            Matcher m = TAG.matcher(body);
            int pos = 0;
            int timexStart = -1;
            String timexAttrs = null;
            while (m.find()) {
                appendText(body, pos, m.start(), open, plain, map);
                String tag = m.group();
                if (tag.startsWith("<TIMEX3")) {
                    timexStart = plain.length();
                    timexAttrs = tag;
                } else if (tag.equals("</TIMEX3>") && timexStart >= 0) {
                    goldSpans.add(new Span(timexStart, plain.length(), attr(timexAttrs, "type"), attr(timexAttrs, "value")));
                    timexStart = -1;
                }
                pos = m.end();
            }
            appendText(body, pos, body.length(), open, plain, map);
            Matcher dct = DCT.matcher(xml);
            LocalDate ref = dct.find() ? LocalDate.parse(dct.group(1)) : null;
            String text = unescape(plain.toString());
            Analysis a = engine.analyze(text, ref);
            List<Span> ours = new ArrayList<>();
            for (TimeExpression t : a.times()) ours.add(new Span(t.start(), t.end(), t.type(), t.value()));
            boolean[] used = new boolean[goldSpans.size()];
            for (Span p : ours) {
                for (int g = 0; g < goldSpans.size(); g++) {
                    Span gs = goldSpans.get(g);
                    if (!used[g] && p.start() < gs.end() && gs.start() < p.end()) {
                        used[g] = true;
                        tp++;
                        matched++;
                        if (p.value() != null && p.value().equals(gs.value())) right++;
                        break;
                    }
                }
            }
            pred += ours.size();
            gold += goldSpans.size();
            Files.writeString(out.resolve(f.getFileName().toString()), rewrite(xml, open, close, map, ours),
                    StandardCharsets.UTF_8);
        }
        return new Result(new Score(tp, pred, gold), matched, right);
    }

    /** Unescaped text is one char per xml char only for plain text; entities are kept as written (see unescape). */
    private static void appendText(String body, int from, int to, int base, StringBuilder plain, List<int[]> map) {
        for (int i = from; i < to; i++) {
            plain.append(body.charAt(i));
            map.add(new int[] {base + i});
        }
    }

    /** Entities stay escaped in our text (so offsets match the file), which the tagger reads as harmless symbols. */
    private static String unescape(String s) {
        return s;
    }

    /** The input with gold TIMEX3 tags removed from TEXT and ours inserted at our spans. */
    private static String rewrite(String xml, int open, int close, List<int[]> map, List<Span> ours) {
        StringBuilder text = new StringBuilder();
        int n = map.size();
        int[] xmlAt = new int[n + 1];
        for (int i = 0; i < n; i++) xmlAt[i] = map.get(i)[0];
        String body = TIMEX.matcher(xml.substring(open, close)).replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
        // Rebuild from the de-timexed body, whose text chars are the same as our plain text plus other tags.
        int plainPos = 0;
        int k = 0;
        List<Span> sorted = ours.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        int tid = 1;
        Span openSpan = null;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '<') {
                int end = body.indexOf('>', i);
                text.append(body, i, end + 1);
                i = end;
                continue;
            }
            if (openSpan != null && plainPos == openSpan.end()) {
                text.append("</TIMEX3>");
                openSpan = null;
            }
            while (openSpan == null && k < sorted.size() && sorted.get(k).start() < plainPos) k++;
            if (openSpan == null && k < sorted.size() && sorted.get(k).start() == plainPos) {
                openSpan = sorted.get(k++);
                text.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(openSpan.type())
                        .append("\" value=\"").append(openSpan.value() == null ? "" : openSpan.value()).append("\">");
            }
            text.append(c);
            plainPos++;
        }
        if (openSpan != null) text.append("</TIMEX3>");
        return xml.substring(0, open) + text + xml.substring(close);
    }

    private static String attr(String tag, String name) {
        Matcher m = ATTR.matcher(tag);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }
}
