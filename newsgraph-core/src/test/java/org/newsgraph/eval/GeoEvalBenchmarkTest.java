package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.place.Geocoder;

/**
 * GeoWebNews from the shared benchmarks folder: the gold toponyms geocoded within 161 km. The goal is 0.90;
 * today's 0.905 just meets it, and 0.90 is asserted as a floor so that regressions fail (docs/BENCHMARKS.md,
 * issue 6, says what still misses).
 */
class GeoEvalBenchmarkTest {

    @Test
    void goldToponymsWithin161KmAtLeastNinetyPercent() throws Exception {
        Path dir = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "benchmarks", "geoparsing-geowebnews");
        if (!Files.isRegularFile(dir.resolve("GWN.xml"))) {
            System.err.println("GeoWebNews missing: " + dir.resolve("GWN.xml"));
            Assumptions.abort("GeoWebNews benchmark missing at " + dir);
        }
        List<GeoWebNews.Doc> docs = GeoWebNews.read(dir);
        for (GeoWebNews.Doc d : docs) for (GeoWebNews.Toponym t : d.toponyms()) {
            if (t.start() < 0) continue;   // two toponyms of document 123 carry negative offsets upstream
            assertThat(d.text().substring(t.start(), t.end())).as("span of %s in doc %s", t.text(), d.id()).isEqualTo(t.text());
        }
        List<GeoEval.Prediction> ps = new GeoEval(Geocoder.standard()).goldToponyms(docs);
        String dump = System.getProperty("newsgraph.geo.predictions");
        if (dump != null) try (var w = Files.newBufferedWriter(Path.of(dump))) {
            GeoEval.write(ps, w);
        }
        GeoEval.Score s = GeoEval.score(docs, ps);
        System.err.printf("GeoWebNews gold toponyms: acc@161=%.3f mean error %.0f km, exact id %.3f; %s%n",
                s.accuracy161(), s.meanErrorKm(), s.exactIdShare(), s.lastLine());
        assertThat(s.accuracy161()).isGreaterThanOrEqualTo(0.90);
    }
}
