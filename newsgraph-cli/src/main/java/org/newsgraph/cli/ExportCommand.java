package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.export.CsvExport;
import org.newsgraph.export.GdeltEvents;
import org.newsgraph.export.GdeltGkg;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph export --format jsonl|csv|gdelt-events|gdelt-gkg [--data DIR] [--out FILE] */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store's articles as JSONL (the contract), CSV, GDELT Event 2.0 or GDELT GKG 2.1.")
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, gdelt_events, gdelt_gkg }

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl | csv | gdelt-events | gdelt-gkg")
    String format;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: standard output). For csv, the per-fact files go beside it: "
                    + "FILE stem + .places.csv and .events.csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Format f;
        try {
            f = Format.valueOf(format.replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph: unknown format " + format + " (jsonl, csv, gdelt-events, gdelt-gkg)");
            return 2;
        }
        if (Problems.noStore(data)) return 2;
        try (Store store = Store.open(data); Writer w = writer(out)) {
            Writer places = null, events = null;
            if (f == Format.csv) {
                CsvExport.header(CsvExport.ARTICLE_HEADER, w);
                if (out != null) {
                    places = Files.newBufferedWriter(sibling(out, ".places.csv"));
                    events = Files.newBufferedWriter(sibling(out, ".events.csv"));
                    CsvExport.header(CsvExport.PLACE_HEADER, places);
                    CsvExport.header(CsvExport.EVENT_HEADER, events);
                }
            }
            GdeltEvents gdeltEvents = new GdeltEvents(1);
            GdeltGkg gkg = new GdeltGkg();
            int n = 0;
            for (ExtractedArticle x : (Iterable<ExtractedArticle>) store.articles()::iterator) {
                switch (f) {
                    case jsonl -> { w.write(ArticleJson.toJson(x)); w.write('\n'); }
                    case csv -> {
                        CsvExport.article(x, w);
                        if (places != null) { CsvExport.places(x, places); CsvExport.events(x, events); }
                    }
                    case gdelt_events -> gdeltEvents.write(x, w);
                    case gdelt_gkg -> gkg.write(x, w);
                }
                n++;
            }
            if (places != null) { places.close(); events.close(); }
            w.flush(); // a full disk or closed pipe fails here, before the run says it exported anything
            System.err.println("exported " + n + " articles as " + format);
            return 0;
        }
    }

    private static Writer writer(Path out) throws java.io.IOException {
        // standard output is only flushed on close, and every write to it is checked
        if (out == null) return new BufferedWriter(new OutputStreamWriter(StandardOutput.open(), StandardCharsets.UTF_8), 1 << 16);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        return Files.newBufferedWriter(out);
    }

    private static Path sibling(Path out, String suffix) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }
}
