package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;

class SearchTest {

    @TempDir
    Path dir;

    private Store store;
    private final ExtractedArticle strike = Newsroom.harbourStrike();
    private final ExtractedArticle tram = Newsroom.tramVote();
    private final ExtractedArticle harvest = Newsroom.appleHarvest();

    @BeforeEach
    void fill() {
        store = Store.open(dir);
        store.put(List.of(tram, harvest, strike)); // the headline match is put last: order must not decide
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aHeadlineMatchRanksAboveBodyMatches() {
        List<Hit> hits = store.search("strike", 10);
        assertThat(hits).extracting(Hit::id).containsExactly(strike.id(), tram.id());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void aHitCarriesItsArticleAndASnippetWithTheMatchMarked() {
        Hit tramHit = store.search("drivers", 10).get(0);
        assertThat(tramHit.id()).isEqualTo(tram.id());
        assertThat(tramHit.headline()).isEqualTo("Council approves the eastern tram line");
        assertThat(tramHit.published()).isEqualTo("2031-03-11");
        assertThat(tramHit.sourcePath()).isEqualTo("wires/tuesday.txt");
        assertThat(tramHit.snippet()).contains("[drivers]").contains("bus");
        assertThat(tram.article().text()).contains(tramHit.snippet().replace("[", "").replace("]", ""));
    }

    @Test
    void stemmingFindsOtherFormsOfAWordAndMarksThem() {
        assertThat(store.search("strikes", 10)).extracting(Hit::id).contains(tram.id());
        assertThat(store.search("strikes", 10).get(1).snippet()).contains("[strike]");
    }

    @Test
    void whenOnlyTheHeadlineMatchesTheSnippetIsTheMarkedHeadline() {
        Hit hit = store.search("harbour", 10).get(0);
        assertThat(hit.snippet()).isEqualTo("[Harbour] strike halts grain exports from Port Verel");
    }

    @Test
    void marksAreAParameter() {
        Hit hit = store.search("council", 1, Marks.HTML_BOLD).get(0);
        assertThat(hit.snippet()).contains("<b>council</b>").doesNotContain("[");
        Hit quoted = store.search("contract", 1, Marks.HTML_BOLD).get(0);
        assertThat(quoted.snippet()).contains("&quot;We will not load").contains("<b>contract</b>");
        assertThat(store.search("contract", 1, new Marks(">>", "<<", false)).get(0).snippet())
                .contains(">>contract<<").contains("\"We will not load");
    }

    @Test
    void wordsAreAndedByDefaultAndOrWhenAsked() {
        assertThat(store.search("strike apple", 10)).isEmpty();
        assertThat(store.search("strike OR apple", 10)).extracting(Hit::id)
                .containsExactlyInAnyOrder(strike.id(), tram.id(), harvest.id());
        assertThat(store.search("strike AND drivers", 10)).extracting(Hit::id).containsExactly(tram.id());
        assertThat(store.search("strike -drivers", 10)).extracting(Hit::id).containsExactly(strike.id());
    }

    @Test
    void phrasesMatchOnlyWordsInOrder() {
        assertThat(store.search("\"grain ships\"", 10)).extracting(Hit::id).containsExactly(strike.id());
        assertThat(store.search("\"ships grain\"", 10)).isEmpty();
    }

    @Test
    void aFieldNameSearchesThatFieldOnly() {
        assertThat(store.search("headline:strike", 10)).extracting(Hit::id).containsExactly(strike.id());
        assertThat(store.search("body:strike", 10)).extracting(Hit::id).containsExactly(tram.id());
    }

    @Test
    void thePublicationDateCanBeSearchedAsADayOrASpan() {
        assertThat(store.search("published:2031-03-11", 10)).extracting(Hit::id).containsExactly(tram.id());
        assertThat(store.search("strike AND published:[2031-03-01 TO 2031-03-10]", 10)).extracting(Hit::id)
                .containsExactly(strike.id());
        assertThat(store.search("published:2031-03*", 10)).extracting(Hit::id)
                .containsExactlyInAnyOrder(strike.id(), tram.id());
    }

    @Test
    void theLimitCutsTheRanking() {
        assertThat(store.search("strike", 1)).extracting(Hit::id).containsExactly(strike.id());
        assertThatThrownBy(() -> store.search("strike", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badSyntaxGivesAOneLineMessage() {
        for (String bad : List.of("strike AND", "\"unclosed phrase", "(strike", "*rike", "headline:")) {
            assertThatThrownBy(() -> store.search(bad, 10)).as(bad).isInstanceOf(BadQueryException.class)
                    .hasMessageStartingWith("bad query \"" + bad + "\": ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertThatThrownBy(() -> store.search("  ", 10)).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("empty query");
    }

    @Test
    void aQueryOfStopWordsOnlyFindsNothing() {
        assertThat(store.search("the", 10)).isEmpty();
    }
}
