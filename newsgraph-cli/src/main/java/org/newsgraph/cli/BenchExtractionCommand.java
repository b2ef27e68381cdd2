package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.ExtractionBench;
import org.newsgraph.ingest.html.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench extraction}: extraction throughput beside plain jsoup parsing of the same pages. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Pages/s and MB/s of main-text extraction beside plain jsoup parsing of the same pages, whole and"
                + " with the never-read markup cut first, and beside the tree extraction builds instead; one thread.")
final class BenchExtractionCommand implements Callable<Integer> {

    @Option(names = "--benchmark", paramLabel = "DIR",
            description = "Article-extraction benchmark folder (html/*.html.gz); default: the shared one when present, else generated pages.")
    Path benchmark;

    @Option(names = "--generated", description = "Use generated pages even when the benchmark pages are present.")
    boolean generated;

    @Option(names = "--page-kb", defaultValue = "100", description = "Size of each generated page in KB (default ${DEFAULT-VALUE}).")
    int pageKb;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed passes over the pages (default ${DEFAULT-VALUE}).")
    int rounds;

    /**
     * Ten: the figure wanted is steady-state speed, and on a loaded two-core machine the JIT compiler finished
     * the tokeniser's and tree builder's loops only about 30 s in, after two passes would have ended.
     */
    @Option(names = "--warmup", defaultValue = "10", description = "Untimed passes first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        Path dir = benchmark;
        if (dir == null) {
            String shared = System.getProperty("newsgraph.shared", "../shared");
            dir = Path.of(shared, "benchmarks", "article-extraction");
        }
        List<String> pages = generated ? null : ExtractionBench.benchmarkPages(dir);
        String corpus;
        if (pages == null) {
            pages = ExtractionBench.generatedPages(120, pageKb, 7);
            corpus = "120 generated pages of about " + pageKb + " KB";
        } else {
            corpus = pages.size() + " article-extraction benchmark pages";
        }
        ExtractionBench.Result r = ExtractionBench.run(corpus, pages, new ArticleExtractor(), warmup, rounds);
        System.out.println("corpus: " + r.corpus() + ", " + warmup + " warm-up and " + rounds + " timed rounds, one thread");
        System.out.printf("%-22s %12s %12s %14s %14s%n", "", "pages/s", "MB/s", "pages/cpu-s", "MB/cpu-s");
        for (ExtractionBench.Side s : List.of(r.parse(), r.cutAndParse(), r.parseAsExtracted(), r.extract())) {
            System.out.printf("%-22s %12.1f %12.2f %14.1f %14.2f%n", s.name(), s.pagesPerSecond(), s.megabytesPerSecond(),
                    s.pagesPerCpuSecond(), s.megabytesPerCpuSecond());
        }
        double whole = r.parse().pagesPerCpuSecond();
        System.out.printf("per CPU second, as a share of jsoup parsing the whole page: extraction %.2f, cut + jsoup parse"
                + " %.2f, cut + newsgraph tree %.2f%n", r.ratio(), r.cutAndParse().pagesPerCpuSecond() / whole,
                r.parseAsExtracted().pagesPerCpuSecond() / whole);
        return 0;
    }
}
