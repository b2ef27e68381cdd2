package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Image;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.nlp.rules.EntityRule;

/** Each rule on invented sentences, with the real CoreNLP models (loaded once per test JVM). */
class NlpRulesTest {

    private static final NlpStage STAGE = NlpStage.news();

    static ExtractedArticle run(Published published, List<Image> images, String... paragraphs) {
        Article a = Article.assemble(new Source("test", null, "test", 0), "Headline", published, images,
                Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return STAGE.apply(ExtractedArticle.bare(a));
    }

    static ExtractedArticle run(String... paragraphs) {
        return run(Published.unknown(), List.of(), paragraphs);
    }

    static Actor actor(ExtractedArticle x, String name) {
        return x.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + x.actors()));
    }

    static String date(ExtractedArticle x, String text) {
        return x.dates().stream().filter(d -> d.text().equals(text)).map(DateMention::value).findFirst()
                .orElseThrow(() -> new AssertionError("no date " + text + " in " + x.dates()));
    }

    @Test
    void oneStringHasOneTypeWithinAnArticle() {
        String text = "Jordan said on Monday that talks would go on. Officials in Amman said Jordan had not decided. "
                + "Jordan has hosted the talks before, and Jordan will host them again.";
        Analysis a = EntityRule.applyAll(NlpEngine.news().analyze(text, null));
        Map<String, String> typeOf = new HashMap<>();
        for (Mention m : a.mentions()) {
            String before = typeOf.putIfAbsent(Names.fold(m.text()), m.type());
            assertThat(before == null || before.equals(m.type())).as(m + " vs " + before).isTrue();
        }
    }

    @Test
    void gazetteerMakesPlacesOfPlaceNamesTaggedAsPeople() {
        ExtractedArticle x = run("Families fled from Beit Lahia and Khan Yunis, and thousands sheltered in Deir el-Balah "
                + "on Sunday, aid workers said.");
        for (Entity e : x.entities()) {
            if (e.text().contains("Yunis") || e.text().contains("Balah") || e.text().contains("Lahia")) {
                assertThat(e.type()).as(e.toString()).isEqualTo("LOCATION");
            }
        }
        assertThat(Gazetteer.standard().isPlaceLoosely("Khan Younis")).isTrue();
        assertThat(Gazetteer.standard().isPlaceLoosely("Deir Al-Balah")).isTrue();
        assertThat(Gazetteer.standard().isPlaceLoosely("Hossam Badran")).isFalse();
    }

    @Test
    void titlesStayTitlesAndAttachToThePerson() {
        ExtractedArticle x = run("Estonian Economy Minister Liis Tamm urged both sides to return to the table. "
                + "Union spokesperson Marta Kivi said the strike would go on. Tamm declined to comment.");
        Actor tamm = actor(x, "Liis Tamm");
        assertThat(tamm.titles()).anyMatch(t -> t.endsWith("Economy Minister"));
        assertThat(tamm.aliases()).contains("Tamm");
        assertThat(actor(x, "Marta Kivi").titles()).anyMatch(t -> t.endsWith("spokesperson"));
        assertThat(x.entities()).noneMatch(e -> e.type().equals("PERSON") && e.text().contains("Minister"));
    }

    @Test
    void definedAcronymsMergeWithTheirNames() {
        ExtractedArticle x = run("Negotiators for the Northern Ferry Workers Union (NFWU) met the operator on Monday. "
                + "The NFWU said it would hold a vote on any offer.");
        Actor union = actor(x, "Northern Ferry Workers Union");
        assertThat(union.aliases()).contains("NFWU");
        assertThat(union.mentions()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void countryFormsAndTheCapitalMergeIntoOneCountry() {
        ExtractedArticle x = run("The United States sent two envoys to the region. A U.S. official said the US "
                + "would not change course, and officials in Washington agreed.");
        Actor us = actor(x, "United States");
        assertThat(us.aliases()).contains("U.S.", "US", "Washington");
        assertThat(us.id()).isEqualTo(org.newsgraph.resolve.ActorResolver.id("LOCATION", "United States"));
    }

    @Test
    void theFullestFormIsTheCanonicalName() {
        ExtractedArticle x = run("Baltic Link chief executive Jonas Berg said the company would present an offer. "
                + "Berg said talks had been difficult.");
        assertThat(x.entities()).filteredOn(e -> e.text().equals("Berg")).allMatch(e -> "Jonas Berg".equals(e.actor()));
        assertThat(actor(x, "Jonas Berg").titles()).anyMatch(t -> t.contains("executive"));
    }

    @Test
    void yearlessDatesSayTheYearIsUnknownWithoutEvidence() {
        ExtractedArticle x = run("The ferry strike began on March 3 and has halted most crossings.");
        assertThat(date(x, "March 3")).isEqualTo("XXXX-03-03");
        assertThat(x.article().published().basis()).isEqualTo("none");
    }

    @Test
    void theNextYearCountsFromTheYearLastNamed() {
        ExtractedArticle x = run("The river flooded the town in 2006. The next year, the town built a new embankment.");
        assertThat(date(x, "The next year")).isEqualTo("2007");
        assertThat(date(x, "2006")).isEqualTo("2006");
    }

    @Test
    void metadataDateStaysAndDatesTheText() {
        ExtractedArticle x = run(Published.fromMetadata("2024-03-14"), List.of(),
                "The plant opened on Tuesday, the company said. The strike began on March 3.");
        assertThat(x.article().published()).isEqualTo(Published.fromMetadata("2024-03-14"));
        assertThat(date(x, "Tuesday")).isEqualTo("2024-03-12");
        assertThat(date(x, "March 3")).isEqualTo("2024-03-03");
    }

    @Test
    void datelineDatesTheArticleInThePhotosYear() {
        ExtractedArticle x = run(Published.unknown(), List.of(new Image("Ferries at the quay.", "AP", null, "2024-03-08", false)),
                "TALLINN, March 9 (Reuters) - Ferry workers extended their strike on Saturday.");
        Published p = x.article().published();
        assertThat(p.basis()).isEqualTo("dateline");
        assertThat(p.date()).isEqualTo("2024-03-09");
    }

    @Test
    void aPhotoTakenForTheArticleDatesItButAFilePhotoDoesNot() {
        ExtractedArticle caption = run(Published.unknown(),
                List.of(new Image("Workers at the quay.", "EPA", null, "2024-03-08", false)),
                "Ferry workers extended their strike, the union said.");
        assertThat(caption.article().published().basis()).isEqualTo("caption");
        assertThat(caption.article().published().date()).isEqualTo("2024-03-08");

        ExtractedArticle file = run(Published.unknown(),
                List.of(new Image("FILE - Workers at the quay.", "AP Photo, File", null, "2023-01-30", true)),
                "The strike, which began on July 31, has halted crossings. A vote is planned for Nov. 5.");
        Published p = file.article().published();
        assertThat(p.basis()).isEqualTo("text");
        assertThat(p.date()).isNull();
        assertThat(p.notBefore()).isEqualTo("2023-07-31");
        assertThat(p.notAfter()).isEqualTo("2023-11-05");
        assertThat(date(file, "Nov. 5")).isEqualTo("2023-11-05");
    }
}
