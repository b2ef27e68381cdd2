package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.NlpStage;

/** The actors a sentence names and the names they go by, on sentences of our own through the real NLP stage. */
class PartiesTest {

    private static List<String> names(String sentence) {
        Article a = Article.assemble(new Source("test", null, "dump", 0), "H",
                new Published("2024-03-10", "2024-03-10", "2024-03-10", "metadata"), List.of(),
                List.of(Block.paragraph(sentence)));
        ExtractedArticle x = NlpStage.news().apply(ExtractedArticle.bare(a));
        Analysis an = NlpEngine.news().tag(x.article().text());
        TaggedSentence s = new TaggedSentence(x.article().text(), an.tokens(), 0, x.entities(), x.dates());
        return new Parties(Gazetteer.get()).of(s, Chunks.of(s)).stream()
                .map(p -> p.kind() + ":" + p.name() + (p.modifier() ? " (modifier)" : "")).toList();
    }

    @Test
    void aStatesOrgansStandForTheState() {
        assertThat(names("Iraq's government and the Israeli delegation met US troops."))
                .containsExactly("COUNTRY:Iraq", "COUNTRY:Israel", "COUNTRY:United States");
    }

    @Test
    void anOrganisationsMembersStandForIt() {
        assertThat(names("Hamas officials spoke.")).containsExactly("ORGANISATION:Hamas");
    }

    @Test
    void aCompoundAdjectiveNamesAGroupOfItsOwn() {
        assertThat(names("Iran-linked militant groups and the US-led coalition spoke."))
                .containsExactly("GROUP:Iran-linked militant groups", "GROUP:US-led coalition");
    }

    @Test
    void aPersonsTitlesAreNotPartOfTheName() {
        assertThat(names("Prime Minister Benjamin Netanyahu spoke.")).containsExactly("PERSON:Benjamin Netanyahu");
    }

    @Test
    void actorsInsideAPhraseAboutSomethingElseAreModifiers() {
        assertThat(names("A US strike upset the Biden administration's plans."))
                .containsExactly("COUNTRY:United States (modifier)", "GROUP:Biden administration (modifier)");
    }

    @Test
    void quantitiesAreNotPartOfAGroupsName() {
        assertThat(names("Police arrested some perpetrators.")).contains("GROUP:perpetrators");
    }

    @Test
    void generalNounsAloneAreNoActors() {
        assertThat(names("The government said 12 people died.")).isEmpty();
    }
}
