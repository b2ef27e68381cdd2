package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

class SentencesTest {

    private static List<String> texts(String s) {
        return Sentences.of(s).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAtAbbreviationsOrInitials() {
        assertThat(texts("Talks resume on Jan. 5 in Oslo. Mr. Berg said the U.S. team will attend. "
                + "John F. Kennedy Airport was closed."))
                .containsExactly("Talks resume on Jan. 5 in Oslo.", "Mr. Berg said the U.S. team will attend.",
                        "John F. Kennedy Airport was closed.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentenceAndSplitsBeforeOpeningOnes() {
        assertThat(texts("\"We will not wait.\" The minister left. \"Why?\" she asked."))
                .containsExactly("\"We will not wait.\"", "The minister left.", "\"Why?\" she asked.");
    }

    @Test
    void doesNotSplitInsideNumbersOrBeforeLowercase() {
        assertThat(texts("Output fell 2.5 percent, i.e. less than feared. Prices rose."))
                .containsExactly("Output fell 2.5 percent, i.e. less than feared.", "Prices rose.");
    }

    @Test
    void blocksEndSentencesAndOffsetsPointIntoTheText() {
        Article a = Article.assemble(new Source("x", null, "dump", 0), "H", Published.unknown(), List.of(),
                List.of(Block.paragraph("First one. Second one"), Block.subhead("A SUBHEAD"),
                        Block.paragraph("Third.")));
        List<Sentence> s = Sentences.of(a);
        assertThat(s).extracting(Sentence::text).containsExactly("First one.", "Second one", "A SUBHEAD", "Third.");
        for (Sentence x : s) assertThat(a.text().substring(x.start(), x.end())).isEqualTo(x.text());
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
    }
}
