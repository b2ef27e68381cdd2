package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.pipeline.Stage;

/**
 * Time expressions on TimeML (TimeBank, AQUAINT) through the path {@code extract} runs: the TEXT of each .tml file
 * becomes an article published on the document's creation day (metadata), the NLP stage finds and normalises its
 * dates, and the article's {@code dates} are written back as TIMEX3 tags (type, value) in place of the gold ones.
 * Scored as {@code ../shared/scorers/timex_score.py} scores: strict and relaxed (overlap) extent F1, and value F1
 * (a gold expression overlapped by a prediction with its value). Documents fall into three fixed folds by a hash of
 * their file name; fold 0 is held aside (its errors are not read), folds 1 and 2 are the fit part.
 */
public final class TimemlEval {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    /** Gold and predicted expressions matched, overall and by part. */
    public record Result(Counts all, Counts fit, Counts held) {
        public List<String> lines() {
            return List.of(all.line("all 256 documents"), fit.line("fit part (folds 1, 2)"),
                    held.line("held-aside part (fold 0)"));
        }
    }

    /** Counts as the shared scorer keeps them: gold, predicted, and gold matched strictly, by overlap, with value. */
    public static final class Counts {
        int gold;
        int predicted;
        int strict;
        int relaxed;
        int value;

        void add(Counts c) {
            gold += c.gold;
            predicted += c.predicted;
            strict += c.strict;
            relaxed += c.relaxed;
            value += c.value;
        }

        public Score valueScore() {
            return new Score(value, predicted, gold);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-26s strict span f1=%.3f relaxed span f1=%.3f value f1=%.3f n=%d",
                    name, new Score(strict, predicted, gold).f1(), new Score(relaxed, predicted, gold).f1(),
                    valueScore().f1(), gold);
        }
    }

    private record Span(int start, int end, String type, String value) {}

    private TimemlEval() {}

    /** The fold of a document, 0, 1 or 2, by the MD5 of its file name; 0 is held aside. */
    public static int fold(String fileName) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return (int) (Long.parseLong(HexFormat.of().formatHex(d, 0, 4), 16) % 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    public static Result run(Stage nlp, Path dir, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        Files.createDirectories(out);
        Counts all = new Counts();
        Counts fit = new Counts();
        Counts held = new Counts();
        for (Path f : files) {
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            int open = xml.indexOf("<TEXT>");
            int close = xml.indexOf("</TEXT>");
            if (open < 0 || close < 0) {
                System.err.println(f + ": no <TEXT> element; skipped");
                continue;
            }
            open += "<TEXT>".length();
            String body = xml.substring(open, close);
            List<Span> gold = new ArrayList<>();
            String plain = plain(body, gold);
            Matcher dct = DCT.matcher(xml);
            String name = f.getFileName().toString();
            PlainTextArticle doc = PlainTextArticle.of(name, plain);
            var article = dct.find() ? doc.article().withPublished(Published.fromMetadata(dct.group(1))) : doc.article();
            ExtractedArticle x = nlp.apply(ExtractedArticle.bare(article));
            List<Span> ours = new ArrayList<>();
            for (DateMention d : x.dates()) {
                ours.add(new Span(doc.toFile(d.start(), false), doc.toFile(d.end(), true), d.type(), d.value()));
            }
            Counts c = count(gold, ours);
            all.add(c);
            (fold(name) == 0 ? held : fit).add(c);
            Files.writeString(out.resolve(name), xml.substring(0, open) + rewrite(body, ours) + xml.substring(close),
                    StandardCharsets.UTF_8);
        }
        return new Result(all, fit, held);
    }

    /** The text of TEXT without tags (character references kept as written), collecting the gold TIMEX3 spans. */
    private static String plain(String body, List<Span> gold) {
        StringBuilder plain = new StringBuilder();
        Matcher m = TAG.matcher(body);
        int pos = 0;
        int timexStart = -1;
        String attrs = null;
        while (m.find()) {
            plain.append(body, pos, m.start());
            String tag = m.group();
            if (tag.startsWith("<TIMEX3")) {
                timexStart = plain.length();
                attrs = tag;
            } else if (tag.equals("</TIMEX3>") && timexStart >= 0) {
                gold.add(new Span(timexStart, plain.length(), attr(attrs, "type"), attr(attrs, "value")));
                timexStart = -1;
            }
            pos = m.end();
        }
        plain.append(body, pos, body.length());
        return plain.toString();
    }

    private static Counts count(List<Span> gold, List<Span> ours) {
        Counts c = new Counts();
        c.gold = gold.size();
        c.predicted = ours.size();
        for (Span g : gold) {
            boolean strict = false;
            boolean relaxed = false;
            boolean value = false;
            for (Span p : ours) {
                if (p.start() < g.end() && g.start() < p.end()) {
                    relaxed = true;
                    strict |= p.start() == g.start() && p.end() == g.end();
                    value |= p.value() != null && p.value().equals(g.value());
                }
            }
            if (strict) c.strict++;
            if (relaxed) c.relaxed++;
            if (value) c.value++;
        }
        return c;
    }

    /** TEXT with the gold TIMEX3 tags removed and ours inserted at our spans (other tags kept where they were). */
    private static String rewrite(String body, List<Span> ours) {
        List<Span> sorted = ours.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        StringBuilder text = new StringBuilder();
        int plainPos = 0;
        int k = 0;
        int tid = 1;
        Span open = null;
        for (int i = 0; i <= body.length(); i++) {
            if (open != null && plainPos == open.end()) {
                text.append("</TIMEX3>");
                open = null;
            }
            if (i == body.length()) break;
            char c = body.charAt(i);
            if (c == '<') {
                int end = body.indexOf('>', i);
                String tag = body.substring(i, end + 1);
                if (!tag.startsWith("<TIMEX3") && !tag.equals("</TIMEX3>")) text.append(tag);
                i = end;
                continue;
            }
            while (open == null && k < sorted.size() && sorted.get(k).start() < plainPos) k++;
            if (open == null && k < sorted.size() && sorted.get(k).start() == plainPos) {
                open = sorted.get(k++);
                text.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(open.type())
                        .append("\" value=\"").append(open.value() == null ? "" : open.value()).append("\">");
            }
            text.append(c);
            plainPos++;
        }
        if (open != null) text.append("</TIMEX3>");
        return text.toString();
    }

    private static String attr(String tag, String name) {
        Matcher m = ATTR.matcher(tag);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }
}
