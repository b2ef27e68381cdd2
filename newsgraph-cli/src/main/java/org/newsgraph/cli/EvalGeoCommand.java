package org.newsgraph.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.GeoEval;
import org.newsgraph.eval.GeoWebNews;
import org.newsgraph.extract.place.Geocoder;
import org.newsgraph.nlp.NlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval geo --gwn DIR [--gold-toponyms] --predictions OUT */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Geocode GeoWebNews toponyms (the gold ones with --gold-toponyms, else those the tagger finds);"
                + " accuracy within 161 km, mean error, exact GeoNames ids.")
final class EvalGeoCommand implements Callable<Integer> {

    @Option(names = "--gwn", required = true, paramLabel = "DIR", description = "GeoWebNews folder holding GWN.xml.")
    Path gwn;

    @Option(names = "--gold-toponyms", description = "Geocode the gold toponym spans only.")
    boolean goldToponyms;

    @Option(names = "--predictions", required = true, description = "Where to write the JSONL predictions.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        List<GeoWebNews.Doc> docs = GeoWebNews.read(gwn);
        GeoEval eval = new GeoEval(Geocoder.standard());
        List<GeoEval.Prediction> ps = goldToponyms ? eval.goldToponyms(docs)
                : eval.endToEnd(docs, GeoEval.taggerToponyms(NlpStage.news()));
        if (predictions.getParent() != null) Files.createDirectories(predictions.getParent());
        try (Writer w = Files.newBufferedWriter(predictions)) {
            GeoEval.write(ps, w);
        }
        GeoEval.Score s = GeoEval.score(docs, ps);
        System.out.printf(Locale.ROOT, "toponyms %d (%s), predicted %d, within 161 km %d: accuracy %.3f,"
                        + " mean error %.0f km, exact GeoNames id %.3f of %d with a gold id%n", s.gold(),
                goldToponyms ? "gold spans" : "end to end", s.predicted(), s.correct(), s.accuracy161(),
                s.meanErrorKm(), s.exactIdShare(), s.withGoldId());
        System.out.println(s.lastLine());
        return 0;
    }
}
