package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Image;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Pipeline;

/**
 * The seed end to end: every quotation of the hand-made gold, found with its canonical speaker, directness,
 * anonymity and medium, and no quote given to a photo credit. Reads seed and gold from the shared folder.
 * Passes fully only with the segmentation rules (captions out of the body, one article each) and the NLP stage.
 */
class SeedGoldQuotesTest {

    @Test
    void everyGoldQuotationHasItsSpeakerAnonymityAndMedium() throws Exception {
        String shared = System.getProperty("newsgraph.shared");
        if (shared == null) Assumptions.abort("system property newsgraph.shared missing");
        Path seed = Path.of(shared, "seeds", "000_b7151a86ead9373e.txt");
        Path gold = Path.of(shared, "gold", "seed.gold.json");
        if (!Files.exists(seed) || !Files.exists(gold)) Assumptions.abort("seed or gold missing under " + shared);

        List<Article> articles = Readers.standard().read(InputFile.read(seed)).articles();
        Pipeline pipeline = Pipeline.standard();
        List<ExtractedArticle> extracted = articles.stream().map(pipeline::run).toList();
        JsonNode g = new ObjectMapper().readTree(gold.toFile());

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode ga : g.get("articles")) {
            List<Quote> predicted = quotesOf(extracted, ga.get("headline").asText());
            for (JsonNode gq : ga.get("quotes")) {
                checked++;
                String starts = gq.get("startsWith").asText();
                Quote q = predicted.stream().filter(p -> p.text().startsWith(starts)).findFirst().orElse(null);
                if (q == null) { problems.add("not found: " + starts); continue; }
                List<String> names = new ArrayList<>();
                names.add(gq.get("speaker").asText());
                if (gq.has("speakerAlt")) gq.get("speakerAlt").forEach(n -> names.add(n.asText()));
                if (names.stream().noneMatch(n -> n.equalsIgnoreCase(q.speaker())))
                    problems.add("speaker of '" + starts + "': " + q.speaker() + ", gold " + names);
                if (q.direct() != gq.get("direct").asBoolean())
                    problems.add("direct of '" + starts + "': " + q.direct());
                boolean anonymous = gq.has("anonymous") && gq.get("anonymous").asBoolean();
                if (q.anonymous() != anonymous) problems.add("anonymous of '" + starts + "': " + q.anonymous());
                if (gq.has("medium") && (q.medium() == null
                        || !q.medium().toLowerCase(Locale.ROOT).contains(gq.get("medium").asText().toLowerCase(Locale.ROOT))))
                    problems.add("medium of '" + starts + "': " + q.medium() + ", gold " + gq.get("medium").asText());
                if (gq.has("speakerMention") && !gq.get("speakerMention").asText().equals(q.speakerMention()))
                    problems.add("mention of '" + starts + "': " + q.speakerMention());
            }
        }
        for (ExtractedArticle x : extracted) {
            for (Quote q : x.quotes()) {
                for (Image im : x.article().images()) {
                    for (String credit : new String[] {im.credit(), im.photographer()}) {
                        if (credit != null && q.speaker() != null && credit.contains(q.speaker()))
                            problems.add("quote given to a credit: " + q.speaker());
                    }
                }
                if (q.speaker() != null && (q.speaker().contains("Photo") || q.speaker().equals("EPA")))
                    problems.add("quote given to a credit: " + q.speaker());
            }
        }
        System.out.println("seed gold quotes: " + (checked - problems.size()) + " of " + checked + " without a problem");
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(checked).isEqualTo(27);
        assertThat(problems).isEmpty();
    }

    /** The quotes of the article with this headline, or of all articles while the dump is not yet segmented. */
    private static List<Quote> quotesOf(List<ExtractedArticle> extracted, String headline) {
        for (ExtractedArticle x : extracted) if (headline.equals(x.article().headline())) return x.quotes();
        return extracted.stream().flatMap(x -> x.quotes().stream()).toList();
    }
}
