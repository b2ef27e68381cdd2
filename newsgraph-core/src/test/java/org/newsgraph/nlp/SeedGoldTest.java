package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * The NLP core against the hand-made gold of the seed dump (read from the shared folder at run time). The two
 * articles are built here from the dump's lines, using the gold's headline, marker, captions and subheads to drop
 * what the segmenter will drop, so this test does not wait for the segmentation rules.
 */
class SeedGoldTest {

    private static JsonNode gold;
    private static List<ExtractedArticle> extracted;

    @BeforeAll
    static void extract() throws Exception {
        String shared = System.getProperty("newsgraph.shared", "../shared");
        Path seed = Path.of(shared, "seeds", "000_b7151a86ead9373e.txt");
        Path goldFile = Path.of(shared, "gold", "seed.gold.json");
        if (!Files.exists(seed) || !Files.exists(goldFile)) {
            Assumptions.abort("seed or gold missing under " + shared + ": seed gold test skipped");
        }
        gold = new ObjectMapper().readTree(goldFile.toFile());
        String dump = Files.readString(seed, StandardCharsets.UTF_8);
        extracted = new ArrayList<>();
        NlpStage stage = NlpStage.news();
        for (JsonNode g : gold.get("articles")) extracted.add(stage.apply(ExtractedArticle.bare(article(dump, g))));
    }

    /** Body lines of one article: after its second headline, up to the next article's headline. */
    static Article article(String dump, JsonNode g) {
        String headline = g.get("headline").asText();
        List<String> lines = dump.lines().map(String::strip).toList();
        int first = lines.indexOf(headline);
        int second = lines.subList(first + 1, lines.size()).indexOf(headline) + first + 1;
        Set<String> captions = new HashSet<>();
        List<Image> images = new ArrayList<>();
        for (JsonNode i : g.get("images")) {
            for (String l : lines) if (l.startsWith(i.get("captionStartsWith").asText())) captions.add(l);
            images.add(new Image(i.get("captionStartsWith").asText(), i.get("credit").asText(),
                    i.path("photographer").asText(null), i.get("date").asText(), i.get("fileImage").asBoolean()));
        }
        Set<String> subheads = new HashSet<>();
        g.get("subheads").forEach(s -> subheads.add(s.asText()));
        Set<String> headlines = new HashSet<>();
        gold.get("articles").forEach(a -> headlines.add(a.get("headline").asText()));
        List<Block> blocks = new ArrayList<>();
        for (String l : lines.subList(second + 1, lines.size())) {
            if (headlines.contains(l) && !l.equals(headline)) break;
            if (l.isEmpty() || captions.contains(l) || l.equals(g.get("siteMarker").asText())) continue;
            blocks.add(subheads.contains(l) ? Block.subhead(l) : Block.paragraph(l));
        }
        return Article.assemble(new Source("seed", null, "dump", 0), headline, Published.unknown(), images, blocks);
    }

    @Test
    void findsNinetyPercentOfTheGoldEntitiesOfEachTypeWithTheRightType() {
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
            int total = 0;
            List<String> missed = new ArrayList<>();
            for (int k = 0; k < extracted.size(); k++) {
                for (JsonNode n : gold.get("articles").get(k).get("entities").path(type)) {
                    total++;
                    String name = n.asText();
                    boolean found = extracted.get(k).entities().stream().anyMatch(e -> e.type().equals(type)
                            && (e.text().equals(name) || name.equals(e.actor())));
                    if (!found) missed.add(name);
                }
            }
            System.out.println(type + ": missed " + missed + " of " + total);
            assertThat(total - missed.size()).as(type + " found, missed " + missed).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * total));
        }
    }

    @Test
    void mergesEveryGoldAliasGroupIntoOneActor() {
        for (int k = 0; k < extracted.size(); k++) {
            for (JsonNode group : gold.get("articles").get(k).get("aliases")) {
                Set<String> names = new HashSet<>();
                group.forEach(n -> names.add(n.asText()));
                boolean merged = extracted.get(k).actors().stream().anyMatch(a -> forms(a).containsAll(names));
                assertThat(merged).as("one actor for " + names + " among " + extracted.get(k).actors()).isTrue();
            }
        }
        ExtractedArticle first = extracted.get(0);
        Actor sudani = first.actors().stream().filter(a -> a.aliases().contains("Sudani")).findFirst().orElseThrow();
        assertThat(sudani.name()).isEqualTo("Mohammed Shia al-Sudani");
        assertThat(sudani.titles()).contains("Prime Minister");
        for (Entity e : first.entities()) {
            if (e.text().equals("Sudani")) assertThat(e.actor()).isEqualTo("Mohammed Shia al-Sudani");
        }
    }

    private static Set<String> forms(Actor a) {
        Set<String> s = new HashSet<>(a.aliases());
        s.add(a.name());
        return s;
    }

    @Test
    void getsEveryGoldDateValue() {
        for (int k = 0; k < extracted.size(); k++) {
            List<DateMention> dates = extracted.get(k).dates();
            for (JsonNode d : gold.get("articles").get(k).get("dates")) {
                String text = d.get("text").asText();
                String value = d.get("value").asText();
                assertThat(dates).as("date " + text + " in " + dates)
                        .anyMatch(m -> m.text().equals(text) && m.value().equals(value));
            }
        }
    }

    @Test
    void publicationBoundsContainTheGoldOnes() {
        for (int k = 0; k < extracted.size(); k++) {
            JsonNode g = gold.get("articles").get(k).get("published");
            Published p = extracted.get(k).article().published();
            System.out.println("published " + k + ": " + p);
            LocalDate goldFrom = LocalDate.parse(g.get("notBefore").asText());
            LocalDate goldTo = LocalDate.parse(g.get("notAfter").asText());
            assertThat(LocalDate.parse(p.notBefore())).isBeforeOrEqualTo(goldFrom);
            assertThat(LocalDate.parse(p.notAfter())).isAfterOrEqualTo(goldTo);
            if (p.date() != null) assertThat(LocalDate.parse(p.date())).isBetween(goldFrom, goldTo);
        }
        assertThat(extracted.get(0).article().published().basis()).isEqualTo("caption");
        assertThat(extracted.get(1).article().published().basis()).isEqualTo("text");
    }

    @Test
    void dumpForInspection() {
        for (ExtractedArticle x : extracted) {
            for (Entity e : x.entities()) System.out.println("E " + e.type() + "\t" + e.text() + "\t" + e.actor());
            for (Actor a : x.actors()) System.out.println("A " + a.name() + " " + a.aliases() + " " + a.titles() + " " + a.mentions());
            for (DateMention d : x.dates()) System.out.println("D " + d.text() + "\t" + d.value());
        }
    }
}
