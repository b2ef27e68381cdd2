package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;

class ArticleBodyTest {

    private static final String HEADLINE = "Ostreva Rail Company Halts Night Trains";

    private static ArticleBody.Parts read(String body, Set<String> captions) {
        List<Line> lines = Line.of(body);
        return ArticleBody.read(lines, 0, lines.size(), HEADLINE, captions);
    }

    @Test
    void subheadsAndParagraphsInOrderWithoutFurniture() {
        String body = "The rail company halted night trains on Friday.   \n\n\nTT\n20\n" + HEADLINE + "\n"
                + "A flooded quay in Ostreva.\n" + "MONEY TROUBLES\n" + "Repairs will cost more than planned.\n";
        ArticleBody.Parts parts = read(body, Set.of("A flooded quay in Ostreva."));
        assertThat(parts.blocks()).containsExactly(
                Block.paragraph("The rail company halted night trains on Friday."),
                Block.subhead("MONEY TROUBLES"),
                Block.paragraph("Repairs will cost more than planned."));
        assertThat(parts.hasParagraph()).isTrue();
    }

    @Test
    void captionsInsideTheBodyBecomeImages() {
        String body = "The trains stopped.\n"
                + "Pavo Okoru waits beside a closed ferry terminal, 2022-11-03. (EPA)\n"
                + "Pavo Okoru waits beside a closed ferry terminal, 2022-11-03. (EPA)\n"
                + "Amara Fenwicke repairs the canal lock. REUTERS/Bertil Ambrel\n"
                + "The union objected.\n";
        ArticleBody.Parts parts = read(body, Set.of());
        assertThat(parts.blocks()).extracting(Block::text).containsExactly("The trains stopped.", "The union objected.");
        assertThat(parts.images()).extracting("credit").containsExactly("EPA", "REUTERS/Bertil Ambrel");
    }

    @Test
    void aLineCopiedTwiceIsKeptOnceAndAWeakCreditStaysProse() {
        String body = "The trains stopped.\nThe trains stopped.\nThe minister spoke to the press (Reuters)\n";
        ArticleBody.Parts parts = read(body, Set.of());
        assertThat(parts.blocks()).extracting(Block::text)
                .containsExactly("The trains stopped.", "The minister spoke to the press (Reuters)");
        assertThat(parts.images()).isEmpty();
    }

    @Test
    void subheadsAloneAreNoParagraph() {
        assertThat(read("MONEY TROUBLES\n", Set.of()).hasParagraph()).isFalse();
    }
}
