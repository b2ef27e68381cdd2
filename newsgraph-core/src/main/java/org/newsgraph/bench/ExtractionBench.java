package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.html.ArticleExtractor;
import org.newsgraph.ingest.html.HtmlPage;

/**
 * Throughput of main-text extraction beside plain jsoup parsing of the same pages in the same run, one
 * thread. Extraction neither parses the whole page nor uses jsoup's parser: it builds the tree of the page
 * without the markup it never reads. So the sides are jsoup parsing the whole page, jsoup parsing the cut page,
 * extraction's own building of the cut page's tree, and extraction.
 * Both wall-clock and the thread's CPU time are measured, so that a busy machine shows as a gap between the
 * two, not as a slower extractor. Pages are decoded to text before timing.
 */
public final class ExtractionBench {

    /** One measured side. */
    public record Side(String name, int pages, long bytes, double wallSeconds, double cpuSeconds) {

        public double pagesPerSecond() {
            return pages / wallSeconds;
        }

        public double pagesPerCpuSecond() {
            return pages / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / wallSeconds;
        }

        public double megabytesPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    /**
     * The sides, the pages' origin, and extraction's throughput as a share of plain parsing's. {@code cutAndParse}
     * is jsoup parsing the page without the markup nothing reads ({@link ArticleExtractor#cutAndParse}); {@code parseAsExtracted}
     * is what extraction does instead, the same cut built straight into a tree ({@link ArticleExtractor#parse}).
     */
    public record Result(String corpus, Side parse, Side cutAndParse, Side parseAsExtracted, Side extract) {

        public double ratio() {
            return extract.pagesPerCpuSecond() / parse.pagesPerCpuSecond();
        }
    }

    private ExtractionBench() {}

    /** The benchmark's pages (html/*.html.gz) decoded, or null when the folder has none. */
    public static List<String> benchmarkPages(Path dir) throws IOException {
        Path html = dir == null ? null : dir.resolve("html");
        if (html == null || !Files.isDirectory(html)) return null;
        List<Path> files;
        try (Stream<Path> s = Files.list(html)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        if (files.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.add(HtmlPage.load(Files.readAllBytes(p)).html());
            } catch (InputProblem e) {
                // an unreadable page is left out of the timing
            }
        }
        return out;
    }

    /** Seeded synthetic news pages of about {@code kb} KB: navigation, an article with figures, sidebars, comments. */
    public static List<String> generatedPages(int count, int kb, long seed) {
        Random r = new Random(seed);
        String[] words = ("the council harbour storm minister said on Tuesday after a vote that would fund new bridge"
                + " city officials residents report police market prices election government week year").split(" ");
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder sb = new StringBuilder(kb * 1100);
            sb.append("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story ").append(n)
                    .append("</title><meta property='article:published_time' content='2024-03-05T09:30:00Z'>")
                    .append("<script>var x = 1;</script><style>p{margin:0}</style></head><body>")
                    .append("<header class='site-header'><nav><ul>");
            for (int i = 0; i < 30; i++) sb.append("<li><a href='/s").append(i).append("'>Section ").append(i).append("</a></li>");
            sb.append("</ul></nav></header><main><article><h1>Story ").append(n).append("</h1><div class='byline'>By A. Writer</div>");
            int articleChars = kb * 1024 / 2;
            int p = 0;
            while (sb.length() < articleChars) {
                if (++p % 6 == 0) sb.append("<h2>").append(sentence(r, words, 5)).append("</h2>");
                if (p % 9 == 0) sb.append("<figure><img src='x.jpg'><figcaption>").append(sentence(r, words, 10))
                        .append(" (Photo: Ana Lopes/Agency)</figcaption></figure>");
                sb.append("<p>");
                for (int s = 0; s < 4; s++) sb.append(sentence(r, words, 12 + r.nextInt(12))).append(' ');
                sb.append("</p>");
            }
            sb.append("</article></main><aside class='sidebar'><h3>Most read</h3><ol>");
            while (sb.length() < kb * 1024 * 3 / 4) {
                sb.append("<li><a href='/story/").append(r.nextInt(100000)).append("'>").append(sentence(r, words, 8)).append("</a></li>");
            }
            sb.append("</ol></aside><div id='comments'>");
            while (sb.length() < kb * 1024) sb.append("<div class='comment'><p>").append(sentence(r, words, 20)).append("</p></div>");
            sb.append("</div><footer class='footer'>Copyright 2024</footer></body></html>");
            out.add(sb.toString());
        }
        return out;
    }

    private static String sentence(Random r, String[] words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(i % 7 == 6 ? ", " : " ");
            String w = words[r.nextInt(words.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.append('.').toString();
    }

    /** Warm-up rounds, then timed rounds, the sides interleaved per round so that all see the same machine. */
    public static Result run(String corpus, List<String> pages, ArticleExtractor extractor, int warmup, int rounds) {
        long bytes = 0;
        for (String p : pages) bytes += p.getBytes(StandardCharsets.UTF_8).length;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<java.util.function.ToIntFunction<String>> sides = List.of(
                p -> Jsoup.parse(p).childNodeSize(),
                p -> ArticleExtractor.cutAndParse(p, "").childNodeSize(),
                p -> ArticleExtractor.parse(p, "").childNodeSize(),
                p -> extractor.extract(p, "").blocks().size());
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            for (var side : sides) for (String p : pages) sink += side.applyAsInt(p);
        }
        long[] wall = new long[sides.size()];
        long[] cpu = new long[sides.size()];
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < sides.size(); k++) {
                long w0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                for (String p : pages) sink += sides.get(k).applyAsInt(p);
                wall[k] += System.nanoTime() - w0;
                cpu[k] += mx.getCurrentThreadCpuTime() - c0;
            }
        }
        if (sink == 42) System.out.print("");
        int n = pages.size() * rounds;
        long b = bytes * rounds;
        return new Result(corpus,
                new Side("jsoup parse", n, b, wall[0] / 1e9, cpu[0] / 1e9),
                new Side("cut + jsoup parse", n, b, wall[1] / 1e9, cpu[1] / 1e9),
                new Side("cut + newsgraph tree", n, b, wall[2] / 1e9, cpu[2] / 1e9),
                new Side("newsgraph extract", n, b, wall[3] / 1e9, cpu[3] / 1e9));
    }
}
