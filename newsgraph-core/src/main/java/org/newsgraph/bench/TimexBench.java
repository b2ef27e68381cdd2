package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
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
import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.nlp.corenlp.SuTimeBaseline;

/**
 * Our time expression finder beside SUTime on the same texts, in one JVM and one thread: each text is tagged once
 * (not timed), then each side reads the same tokens against the document's date, one warm-up round each, then
 * rounds that alternate the two sides. Texts are the TEXT elements of TimeML files, tags removed.
 */
public final class TimexBench {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    private TimexBench() {}

    public static void run(Path tml, int rounds, PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(tml)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        long t0 = System.nanoTime();
        SuTimeBaseline sutime = new SuTimeBaseline();
        out.printf(Locale.ROOT, "models loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<SuTimeBaseline.Prepared> texts = new ArrayList<>();
        int tokens = 0;
        for (Path f : files) {
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            int open = xml.indexOf("<TEXT>");
            int close = xml.indexOf("</TEXT>");
            if (open < 0 || close < 0) continue;
            String text = TAG.matcher(xml.substring(open + 6, close)).replaceAll("");
            Matcher m = DCT.matcher(xml);
            SuTimeBaseline.Prepared p = sutime.prepare(text, m.find() ? LocalDate.parse(m.group(1)) : null);
            texts.add(p);
            tokens += p.tokens();
        }
        out.printf(Locale.ROOT, "%d texts, %d tokens, tagged once (not timed)%n", texts.size(), tokens);
        int ours = 0;
        int theirs = 0;
        for (SuTimeBaseline.Prepared p : texts) ours += TimeFinder.find(p.analysis(), p.date()).size();
        for (SuTimeBaseline.Prepared p : texts) theirs += sutime.find(p);
        long oursNanos = 0;
        long theirsNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long a = System.nanoTime();
            for (SuTimeBaseline.Prepared p : texts) TimeFinder.find(p.analysis(), p.date());
            long b = System.nanoTime();
            for (SuTimeBaseline.Prepared p : texts) sutime.find(p);
            long c = System.nanoTime();
            oursNanos += b - a;
            theirsNanos += c - b;
        }
        double oursRate = tokens * (double) rounds / (oursNanos / 1e9);
        double theirsRate = tokens * (double) rounds / (theirsNanos / 1e9);
        out.printf(Locale.ROOT, "%-34s tokens/s=%,12.0f  ms a round=%8.1f  expressions=%d%n", "ours (extract.time.TimeFinder)",
                oursRate, oursNanos / 1e6 / rounds, ours);
        out.printf(Locale.ROOT, "%-34s tokens/s=%,12.0f  ms a round=%8.1f  expressions=%d%n", "SUTime (CoreNLP 4.5.10)",
                theirsRate, theirsNanos / 1e6 / rounds, theirs);
        out.printf(Locale.ROOT, "speed-up (tokens/s, one thread, %d rounds): %.1fx%n", rounds, oursRate / theirsRate);
    }
}
