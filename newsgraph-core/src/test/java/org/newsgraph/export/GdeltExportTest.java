package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** GDELT files written and read back: every row has GDELT's column count, and the columns hold what we coded. */
class GdeltExportTest {

    private static ExtractedArticle article() {
        Article a = Article.assemble(new Source("in/dump.txt", "https://example.org/a", "dump", 0), "Strikes near Rafah",
                new Published("2031-03-10", "2031-03-10", "2031-03-10", "metadata"), List.of(),
                Arrays.stream(new String[] {
                        "Norvania launched strikes on Belstad militias near Rafah, Gaza Strip, on Tuesday.",
                        "Iraq accused Norvania of breaking the truce; Iraq's government met Qatar in Doha."})
                        .map(Block::paragraph).toList());
        return EventStage.standard().apply(PlaceStage.standard().apply(ExtractedArticle.bare(a)));
    }

    @Test
    void everyEventRowHas61ColumnsAndTheCameoRootOfItsType() {
        ExtractedArticle x = article();
        assertThat(x.events()).isNotEmpty();
        StringWriter w = new StringWriter();
        new GdeltEvents(1).write(x, w);
        List<String> rows = w.toString().lines().toList();
        assertThat(rows).hasSize(x.events().size());
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i).split("\t", -1);
            assertThat(c).hasSize(GdeltEvents.COLUMNS);
            assertThat(c[1]).isEqualTo("20310310");
            assertThat(c[28]).isEqualTo(Cameo.of(x.events().get(i).action()).root());
            assertThat(c[60]).isEqualTo("https://example.org/a");
        }
        String[] assault = rows.stream().map(r -> r.split("\t", -1)).filter(c -> c[28].equals("18")).findFirst().orElseThrow();
        assertThat(assault[29]).isEqualTo("4");                   // QuadClass: material conflict
        assertThat(assault[51]).isEqualTo("4");                   // ActionGeo_Type: a town outside the US
        assertThat(assault[53]).isEqualTo("PS");                  // ActionGeo_CountryCode (ISO alpha-2)
        assertThat(assault[58]).isEqualTo("281102");              // ActionGeo_FeatureID: GeoNames id of Rafah
        String[] accuse = rows.stream().map(r -> r.split("\t", -1)).filter(c -> c[28].equals("11")).findFirst().orElseThrow();
        assertThat(accuse[5]).isEqualTo("IRQ");                   // Actor1Code: a country's alpha-3 code
    }

    @Test
    void theKnowledgeGraphRowHas27ColumnsWithLocationsAndOffsets() {
        ExtractedArticle x = article();
        StringWriter w = new StringWriter();
        new GdeltGkg().write(x, w);
        List<String> rows = w.toString().lines().toList();
        assertThat(rows).hasSize(1);
        String[] c = rows.get(0).split("\t", -1);
        assertThat(c).hasSize(GdeltGkg.COLUMNS);
        assertThat(c[1]).isEqualTo("20310310000000");
        assertThat(c[9]).contains("#PS#").contains("281102");      // V1LOCATIONS
        String rafah = Arrays.stream(c[10].split(";")).filter(l -> l.contains("281102")).findFirst().orElseThrow();
        int offset = Integer.parseInt(rafah.substring(rafah.lastIndexOf('#') + 1));
        assertThat(x.article().text().substring(offset)).startsWith("Rafah");
    }

    @Test
    void listValuesNeverCarryGdeltDelimiters() {
        assertThat(Tsv.part("a#b;c,d|e\tf")).doesNotContain("#", ";", ",", "|", "\t");
    }
}
