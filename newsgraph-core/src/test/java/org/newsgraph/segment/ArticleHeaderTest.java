package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleHeaderTest {

    private static final String HEADLINE = "Karsk Grain Board Doubles Winter Quota";
    private static final String CAPTION = "Sefa Dunmore carries supplies to the old grain store in Karsk, 12 May 2021.";

    private static ArticleHeader.Scan scan(String dump) {
        List<Line> lines = Line.of(dump);
        return ArticleHeader.scan(lines, 0, lines.size());
    }

    private static String bodyStart(String dump) {
        List<Line> lines = Line.of(dump);
        return lines.get(ArticleHeader.scan(lines, 0, lines.size()).bodyStart()).text();
    }

    @Test
    void fullHeaderWithDoubledCaptionMarkerCounterAndRepetition() {
        String dump = HEADLINE + "\n\n" + CAPTION + "\n" + CAPTION + "\nTT\n20\n\n" + HEADLINE + "\n\n"
                + CAPTION + "\n" + CAPTION + "\n\nThe board met on Monday.\n";
        ArticleHeader.Scan header = scan(dump);
        assertThat(header.images()).singleElement().extracting("caption", "date")
                .containsExactly(CAPTION, "2021-05-12");
        assertThat(header.captionLines()).containsExactly(CAPTION);
        assertThat(bodyStart(dump)).isEqualTo("The board met on Monday.");
        assertThat(header.evidence()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void singleCaptionNeedsSomethingToVouchForIt() {
        String credited = HEADLINE + "\n" + CAPTION + " (AFP)\nThe board met on Monday.\n";
        assertThat(scan(credited).images()).singleElement().extracting("credit").isEqualTo("AFP");

        String confirmedByMarker = HEADLINE + "\n" + CAPTION + "\nTT\nThe board met on Monday.\n";
        assertThat(scan(confirmedByMarker).images()).hasSize(1);

        String unconfirmed = HEADLINE + "\n" + CAPTION + "\nThe board met on Monday.\n";
        assertThat(scan(unconfirmed).images()).isEmpty();
        assertThat(scan(unconfirmed).evidence()).isZero();
        assertThat(bodyStart(unconfirmed)).isEqualTo(CAPTION);
    }

    @Test
    void aStandfirstBelowTheMarkerOpensTheBodyButNotTheHeaderEnd() {
        String teaser = "The board may double the quota again next year. Farmers want a say.";
        String dump = HEADLINE + "\n" + CAPTION + " (EPA)\nTT\n7\n\n" + teaser + "\n\n" + HEADLINE + "\n"
                + CAPTION + " (EPA)\n\nThe board met on Monday.\n";
        List<Line> lines = Line.of(dump);
        ArticleHeader.Scan header = ArticleHeader.scan(lines, 0, lines.size());
        assertThat(lines.get(header.bodyStart()).text()).isEqualTo(teaser);
        assertThat(lines.get(header.headerEnd()).text()).isEqualTo("The board met on Monday.");
        assertThat(header.images()).singleElement().extracting("credit").isEqualTo("EPA");
        assertThat(header.captionLines()).doesNotContain(teaser);
    }

    @Test
    void withoutAMarkerTheLineBeforeTheRepeatedHeadlineIsStillACaption() {
        String dump = HEADLINE + "\n" + CAPTION + "\n\n" + HEADLINE + "\n\n" + CAPTION + "\n\nThe board met on Monday.\n";
        ArticleHeader.Scan header = scan(dump);
        assertThat(header.images()).singleElement().extracting("caption").isEqualTo(CAPTION);
        assertThat(bodyStart(dump)).isEqualTo("The board met on Monday.");
        assertThat(header.headerEnd()).isEqualTo(header.bodyStart());
    }

    @Test
    void noHeaderAtAll() {
        String dump = HEADLINE + "\n\n\nThe board met on Monday.\nIt voted twice.\n";
        assertThat(scan(dump).evidence()).isZero();
        assertThat(bodyStart(dump)).isEqualTo("The board met on Monday.");
    }

    @Test
    void anAgencyAloneOnTheLineUnderTheCaptionIsItsCredit() {
        String dump = HEADLINE + "\n\n" + CAPTION + "\nKPA\n" + CAPTION + "\nKPA\nTT\n\n" + HEADLINE + "\n\n"
                + CAPTION + "\nKPA\n" + CAPTION + "\nKPA\n\nThe board met on Monday.\n";
        ArticleHeader.Scan header = scan(dump);
        assertThat(header.images()).singleElement().extracting("caption", "credit").containsExactly(CAPTION, "KPA");
        assertThat(bodyStart(dump)).isEqualTo("The board met on Monday.");

        String named = HEADLINE + "\n" + CAPTION + "\nReuters\nThe board met on Monday.\n";
        assertThat(scan(named).images()).singleElement().extracting("credit").isEqualTo("Reuters");
        assertThat(bodyStart(named)).isEqualTo("The board met on Monday.");
    }

    @Test
    void aMarkerUnderAnUncreditedCaptionStaysTheSiteMarker() {
        String dump = HEADLINE + "\n" + CAPTION + "\n" + CAPTION + "\nTT\n\nThe board met on Monday.\n";
        assertThat(scan(dump).images()).singleElement().extracting("credit").isNull();
        assertThat(bodyStart(dump)).isEqualTo("The board met on Monday.");
    }

    @Test
    void aCaptionWithItsOwnCreditTakesNoLineBelow() {
        String dump = HEADLINE + "\n" + CAPTION + " (Norland Coast Guard)\u00a0\n" + CAPTION + " (Norland Coast Guard)\u00a0\nTT\n"
                + "The board met on Monday.\n";
        assertThat(scan(dump).images()).singleElement().extracting("caption", "credit")
                .containsExactly(CAPTION, "Norland Coast Guard");
    }
}
