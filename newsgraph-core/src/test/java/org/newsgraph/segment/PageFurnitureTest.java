package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;

/**
 * What saved pages of many outlets put around a story: printed dates, buttons, a section label above the headline,
 * a deck under it. Shapes met on real pages (issue 15), written here with invented words.
 */
class PageFurnitureTest {

    @Test
    void datesThePagePrints() {
        assertThat(PrintedDate.read("Published May 21, 2024 | 06:29 PM")).get().isEqualTo(new PrintedDate.Found("2024-05-21", false));
        assertThat(PrintedDate.read("Updated 17 September 2018")).get().isEqualTo(new PrintedDate.Found("2018-09-17", true));
        assertThat(PrintedDate.read("Wed May 22 2024")).get().extracting("iso").isEqualTo("2024-05-22");
        assertThat(PrintedDate.read("Last updated: 2024-05-21 14:39 GMT")).get().extracting("iso", "updated")
                .containsExactly("2024-05-21", true);
        assertThat(PrintedDate.read("Time: May 01, 2019")).get().extracting("iso").isEqualTo("2019-05-01");
        assertThat(PrintedDate.read("Jan. 21, 2022 14:39 PM EST")).get().extracting("iso").isEqualTo("2022-01-21");
    }

    @Test
    void linesThatMentionADateAreNoPrintedDate() {
        assertThat(PrintedDate.read("The council met on May 21, 2024 to vote.")).isEmpty();
        assertThat(PrintedDate.read("May 21, 2024: a day the harbour will remember")).isEmpty();
        assertThat(PrintedDate.read("Published 31 February 2024")).as("no such day").isEmpty();
    }

    @Test
    void buttonsAndReadingTimes() {
        for (String chrome : List.of("Follow", "Read Comments", "Share this @karskledger.example", "2 min read",
                "Estimated read time 2 min read", "icon-facebook icon-twitter icon-whatsapp", "ADVERTISEMENT")) {
            assertThat(PageChrome.is(chrome)).as(chrome).isTrue();
        }
        for (String story : List.of("Follow the money, the auditor said.", "Readers shared the story 2,000 times.",
                "Share prices fell.", "Comments from the minister angered the union.")) {
            assertThat(PageChrome.is(story)).as(story).isFalse();
        }
    }

    @Test
    void aSavedPageWithSectionLabelDeckPrintedDateAndButtons() {
        String page = "Politics\n\n"
                + "Karsk council postpones its bridge vote as costs double\n\n"
                + "Councillors want an audit of the contract before they decide, and the mayor says he can wait\n\n"
                + "A view of the old bridge in Karsk, 2 May 2024. (Karsk Evening Ledger)\n"
                + "A view of the old bridge in Karsk, 2 May 2024. (Karsk Evening Ledger)\n"
                + "Updated 3 May 2024\nFollow\n\nPhoto: Karsk Evening Ledger\n"
                + "The council in Karsk postponed its vote on the bridge contract on Thursday.\n\n"
                + "\"We will not sign a blank cheque,\" councillor Tarek Osmund said.\n\n"
                + "Read Comments\n";

        List<DumpArticle> found = DumpSegmenter.split(page);

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("Karsk council postpones its bridge vote as costs double");
            assertThat(a.section()).isEqualTo("Politics");
            assertThat(a.updated()).isEqualTo("2024-05-03");
            assertThat(a.date()).isNull();
            assertThat(a.images()).singleElement().extracting("credit").isEqualTo("Karsk Evening Ledger");
            assertThat(a.blocks()).extracting(Block::text).containsExactly(
                    "Councillors want an audit of the contract before they decide, and the mayor says he can wait",
                    "The council in Karsk postponed its vote on the bridge contract on Thursday.",
                    "\"We will not sign a blank cheque,\" councillor Tarek Osmund said.");
        });
    }

    @Test
    void aShortHeadlineOverItsCaptionIsNoSectionLabel() {
        String page = "Karsk Bridge Vote\n\nA view of the old bridge in Karsk, 2 May 2024. (EPA)\nTT\n\n"
                + "The council postponed its vote on Thursday.\n";
        assertThat(DumpSegmenter.split(page)).singleElement().extracting(DumpArticle::headline, DumpArticle::section)
                .containsExactly("Karsk Bridge Vote", null);
    }
}
