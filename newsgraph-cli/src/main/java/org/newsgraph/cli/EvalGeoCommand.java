package org.newsgraph.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.GeoEval;
import org.newsgraph.eval.GeoWebNews;
import org.newsgraph.eval.LglCorpus;
import org.newsgraph.eval.LglGeoEval;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import org.newsgraph.extract.place.Geocoder;
import org.newsgraph.nlp.NlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval geo (--gwn DIR | --xml FILE) [--gold-toponyms] --predictions OUT */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Geocode GeoWebNews or LGL-format (TR-News) toponyms (the gold ones with --gold-toponyms, else"
                + " those the pipeline finds); accuracy within 161 km, mean error, exact GeoNames ids.")
final class EvalGeoCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Corpus corpus;

    static final class Corpus {
        @Option(names = "--gwn", paramLabel = "DIR", description = "GeoWebNews folder holding GWN.xml.")
        Path gwn;

        @Option(names = "--xml", paramLabel = "FILE",
                description = "LGL-format XML (TR-News, LGL): read as extract reads the JSONL lgl_to_jsonl.py writes.")
        Path xml;
    }

    @Option(names = "--half", defaultValue = "all", paramLabel = "all|even|odd",
            description = "With --xml: only the articles at even or odd positions (0-based; default all).")
    String half;

    @Option(names = "--threads", defaultValue = "1", description = "Articles read at once (default 1).")
    int threads;

    @Option(names = "--gold-toponyms", description = "Geocode the gold toponym spans only.")
    boolean goldToponyms;

    @Option(names = "--predictions", required = true, description = "Where to write the JSONL predictions.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        List<GeoWebNews.Doc> docs;
        List<GeoEval.Prediction> ps;
        if (corpus.xml != null) {
            List<LglCorpus.Doc> lgl = LglGeoEval.half(LglCorpus.read(corpus.xml), half);
            docs = lgl.stream().map(LglCorpus.Doc::scored).toList();
            ps = goldToponyms ? LglGeoEval.goldToponyms(lgl, NlpStage.news(), PlaceStage.standard(), threads)
                    : LglGeoEval.endToEnd(lgl, Pipeline.standard(), threads);
        } else {
            docs = GeoWebNews.read(corpus.gwn);
            GeoEval eval = new GeoEval(Geocoder.standard());
            ps = goldToponyms ? eval.goldToponyms(docs) : eval.endToEnd(docs, GeoEval.taggerToponyms(NlpStage.news()));
        }
        if (predictions.getParent() != null) Files.createDirectories(predictions.getParent());
        try (Writer w = Files.newBufferedWriter(predictions)) {
            GeoEval.write(ps, w);
        }
        GeoEval.Score s = GeoEval.score(docs, ps);
        System.out.printf(Locale.ROOT, "toponyms %d (%s), predicted %d, found %d (%.3f), within 161 km %d: accuracy %.3f,"
                        + " mean error %.0f km, exact GeoNames id %.3f of %d with a gold id%n", s.gold(),
                goldToponyms ? "gold spans" : "end to end", s.predicted(), s.found(), s.foundShare(), s.correct(), s.accuracy161(),
                s.meanErrorKm(), s.exactIdShare(), s.withGoldId());
        System.out.println(s.lastLine());
        return 0;
    }
}
