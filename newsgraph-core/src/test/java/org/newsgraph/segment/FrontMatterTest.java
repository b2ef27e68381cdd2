package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;

class FrontMatterTest {

    @Test
    void severalCapitalisedKeysShareOneLine() {
        FrontMatter f = FrontMatter.read(Line.of("TITLE: Ferry fares rise by a third LINK: https://example.org/ferry\n"
                + "The operator raised fares on Monday, blaming fuel costs.\n"), 0);
        assertThat(f.headline()).isEqualTo("Ferry fares rise by a third");
        assertThat(f.url()).isEqualTo("https://example.org/ferry");
        assertThat(f.bodyStart()).isEqualTo(1);
    }

    @Test
    void oneKeyPerLineWithDateAndAuthors() {
        FrontMatter f = FrontMatter.read(Line.of("Title: Poll: Voters Shift Toward Tram Plan\nURL: https://example.org/p\n"
                + "Date: March 5, 2031\nAuthor: By Ina Berg and Tomas Ruud\n\nThe poll of 800 residents found ...\n"), 0);
        assertThat(f.headline()).as("a colon inside the headline stays").isEqualTo("Poll: Voters Shift Toward Tram Plan");
        assertThat(f.url()).isEqualTo("https://example.org/p");
        assertThat(f.date()).isEqualTo("March 5, 2031");
        assertThat(f.authors()).containsExactly("Ina Berg", "Tomas Ruud");
        assertThat(f.bodyStart()).isEqualTo(5);
    }

    @Test
    void aHeadlineWithAColonIsNoFrontMatter() {
        assertThat(FrontMatter.read(Line.of("Poll: Voters Shift Toward Tram Plan\n\nThe poll found ...\n"), 0)).isNull();
        assertThat(FrontMatter.read(Line.of("Date: unknown\n\nThe poll found ...\n"), 0))
                .as("without a title or link it is not a story's header").isNull();
    }

    @Test
    void aSavedStoryWithFrontMatterBecomesOneArticleWithLinkAndDate() {
        DumpArticle a = DumpSegmenter.whole("TITLE: Ferry fares rise by a third LINK: https://example.org/ferry\n"
                + "The operator raised fares on Monday, blaming fuel costs.\n\nPassengers' groups called it unfair.\n")
                .orElseThrow();
        assertThat(a.headline()).isEqualTo("Ferry fares rise by a third");
        assertThat(a.url()).isEqualTo("https://example.org/ferry");
        assertThat(a.blocks()).extracting(Block::text).containsExactly(
                "The operator raised fares on Monday, blaming fuel costs.", "Passengers' groups called it unfair.");
    }
}
