package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

/** The LGL/TR-News XML on an invented file, and the offsets between a read article and the corpus's text. */
class LglCorpusTest {

    @TempDir
    Path dir;

    private static final String XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="7">
                <title>Ferry resumes</title>
                <url>http://example.org/ferry</url>
                <dltime>2031-04-02 10:00</dltime>
                <text><![CDATA[Ferries left Halden at dawn.
            Crews in  Halden cheered.]]></text>
                <toponyms>
                  <toponym><phrase>Halden</phrase><start>13</start><end>19</end>
                    <gaztag geonameid="3154209"><name>Halden</name><fclass>P</fclass><lat>59.12</lat><lon>11.39</lon></gaztag></toponym>
                  <toponym><phrase>Halden</phrase><start>39</start><end>45</end>
                    <gaztag geonameid="3154209"><name>Halden</name><fclass>P</fclass><lat>59.12</lat><lon>11.39</lon></gaztag></toponym>
                  <toponym><phrase>Nowhere</phrase><start>0</start><end>7</end></toponym>
                </toponyms>
              </article>
              <article docid="8"><title>Second</title><url>u</url><dltime>2031-04-03</dltime><text>No places here.</text></article>
            </articles>
            """;

    @Test
    void readsArticlesTheirDatesAndTheToponymsWithCoordinates() throws Exception {
        Path f = dir.resolve("lgl.xml");
        Files.writeString(f, XML);
        List<LglCorpus.Doc> docs = LglCorpus.read(f);
        assertThat(docs).extracting(LglCorpus.Doc::id).containsExactly("7", "8");
        LglCorpus.Doc d = docs.get(0);
        assertThat(d.date()).isEqualTo("2031-04-02");
        assertThat(d.toponyms()).hasSize(2);
        assertThat(d.toponyms().get(0).geonameId()).isEqualTo(3154209L);
        assertThat(LglGeoEval.half(docs, "odd")).extracting(LglCorpus.Doc::id).containsExactly("8");
        assertThat(LglGeoEval.half(docs, "even")).extracting(LglCorpus.Doc::id).containsExactly("7");
    }

    @Test
    void anArticleReadAsExtractReadsItMapsBackToTheCorpusOffsets() throws Exception {
        Path f = dir.resolve("lgl.xml");
        Files.writeString(f, XML);
        LglCorpus.Doc d = LglCorpus.read(f).get(0);
        Article a = LglGeoEval.article(d);
        assertThat(a.headline()).isEqualTo("Ferry resumes");
        assertThat(a.published().date()).isEqualTo("2031-04-02");
        assertThat(a.source().url()).isEqualTo("http://example.org/ferry#7");
        int[] toCorpus = TextAlignment.map(a.text(), d.text());
        int second = a.text().lastIndexOf("Halden");
        assertThat(toCorpus[second]).isEqualTo(39);
        int[] toArticle = TextAlignment.invert(toCorpus, d.text().length());
        assertThat(toArticle[39]).isEqualTo(second);
    }

    @Test
    void aGoldSpanAFewCharactersOffIsFoundNearby() {
        GeoWebNews.Toponym off = new GeoWebNews.Toponym("Halden", 11, 17, "P", 59.12, 11.39, null);
        assertThat(LglGeoEval.where("Ferries left Halden at dawn.", off)).isEqualTo(13);
    }
}
