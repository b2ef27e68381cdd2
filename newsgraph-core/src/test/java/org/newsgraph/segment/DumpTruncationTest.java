package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;

/**
 * Pages cut off mid-sentence, as scrapes often are: the cut takes the page's closing blank lines with it, so the
 * next page's headline may follow the broken sentence at once. Every article after the cut must still start at its
 * own headline, with its own photo and nothing of the page before.
 */
class DumpTruncationTest {

    private static final String FIRST = "Karsk Ferry Union Ends Its Strike\n\n"
            + "Ferry workers walk past the quay in Karsk, Norland, 3 May 2024. (Norland Coast Guard)\n"
            + "Ferry workers walk past the quay in Karsk, Norland, 3 May 2024. (Norland Coast Guard)\n"
            + "TT\n\nKarsk Ferry Union Ends Its Strike\n\n"
            + "The ferry union ended its strike on Friday after the harbour board raised wages.\n"
            + "\"We have what we asked for,\" union leader Dagny Okoru said, adding that the first boats would sail on";

    private static final String SECOND = "Velmora Council Delays Bridge Vote\n\n"
            + "A view of the old bridge in Velmora, 2 May 2024. (Velmora Evening Ledger)\n"
            + "A view of the old bridge in Velmora, 2 May 2024. (Velmora Evening Ledger)\n"
            + "TT\n\nVelmora Council Delays Bridge Vote\n\n"
            + "A view of the old bridge in Velmora, 2 May 2024. (Velmora Evening Ledger)\n"
            + "A view of the old bridge in Velmora, 2 May 2024. (Velmora Evening Ledger)\n\n"
            + "The council in Velmora postponed its vote on the bridge contract on Thursday.\n"
            + "Councillor Tarek Osmund said the costs had doubled.\n";

    @Test
    void theHeadlineRightAfterACutStartsTheNextArticle() {
        for (String gap : new String[] {"\n", "\n\n", "\n\n\n\n"}) {
            List<DumpArticle> found = DumpSegmenter.split(FIRST + gap + SECOND);

            assertThat(found).as("gap of %d newlines", gap.length()).hasSize(2);
            DumpArticle first = found.get(0);
            assertThat(first.headline()).isEqualTo("Karsk Ferry Union Ends Its Strike");
            assertThat(first.images()).singleElement().extracting("credit").isEqualTo("Norland Coast Guard");
            assertThat(first.blocks()).last().extracting(Block::text).asString().endsWith("would sail on");
            DumpArticle second = found.get(1);
            assertThat(second.headline()).isEqualTo("Velmora Council Delays Bridge Vote");
            assertThat(second.images()).singleElement().extracting("credit", "date")
                    .containsExactly("Velmora Evening Ledger", "2024-05-02");
            assertThat(second.blocks()).hasSize(2);
        }
    }

    @Test
    void aCutParagraphAboveAHeadlineAndItsMarkerIsNoHeadlineWithACaption() {
        String cut = "Karsk Ferry Union Ends Its Strike\n\nThe ferry union ended its strike on Friday.\n\n"
                + "Union leader Dagny Okoru said the first boats would sail on\n"
                + "Velmora council postpones its bridge vote, Osmund says\nTT\n\n"
                + "The council in Velmora postponed its vote on the bridge contract on Thursday.\n";

        List<DumpArticle> found = DumpSegmenter.split(cut);

        assertThat(found).extracting(DumpArticle::headline)
                .containsExactly("Karsk Ferry Union Ends Its Strike", "Velmora council postpones its bridge vote, Osmund says");
        assertThat(found.get(0).blocks()).extracting(Block::text)
                .containsExactly("The ferry union ended its strike on Friday.", "Union leader Dagny Okoru said the first boats would sail on");
        assertThat(found.get(1).images()).isEmpty();
    }

    @Test
    void aFinishedParagraphStillNeedsABlankLineBeforeTheNextHeadline() {
        // Without a cut, a headline-shaped line right under a paragraph is part of the story (a pull quote, a list).
        String dump = "Karsk Ferry Union Ends Its Strike\n\nThe ferry union ended its strike on Friday.\n"
                + "What Comes Next for the Ferries\nTT\nBoats sail again on Monday.\n";

        assertThat(DumpSegmenter.split(dump)).singleElement().extracting(DumpArticle::headline)
                .isEqualTo("Karsk Ferry Union Ends Its Strike");
    }

    @Test
    void savedPagesOfManyOutletsCutAtRandomPointsAndJoinedAsADumpGiveOneArticleEach() {
        String[] pages = {
                "World\n\nKarsk council postpones its bridge vote as costs double\n\n"
                        + "The council in Karsk postponed its vote on the bridge contract on Thursday.\n\n"
                        + "\"We will not sign a blank cheque,\" councillor Tarek Osmund said.\n",
                "Ferry union ends nine-day strike after harbour board raises wages\n"
                        + "Published May 21, 2024 | 06:29 PM\n"
                        + "The ferry union in Velmora ended its strike on Friday, union leader Dagny Okoru said\n"
                        + "The harbour board said the boats would sail again on Monday after the holiday\n",
                "Drought forces grain board to halve the winter quota in Ostreva\n\n"
                        + "Farmers queue outside the grain store in Ostreva, 4 May 2024. (Ostreva Daily)\n"
                        + "Farmers queue outside the grain store in Ostreva, 4 May 2024. (Ostreva Daily)\n\n"
                        + "OSTREVA: The grain board halved the winter quota on Saturday after a third dry month.\n\n"
                        + "Board chair Liora Fenwicke said the cut would be reviewed in June.\n",
                "Pellin Bay braces for spring floods as the old bridge nears its limit\n\nEstimated read time 2 min read\n\n"
                        + "PELLIN BAY, Norland (AP) \u2014 Engineers say the old bridge can take one more season.\n\n"
                        + "The town council will vote on the repairs next week, the mayor said.\n"};
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 50; round++) {
            StringBuilder dump = new StringBuilder();
            for (String page : pages) {
                // somewhere in the page's last paragraph, after its first few characters
                int last = page.lastIndexOf('\n', page.length() - 2) + 1;
                int cut = last + 5 + random.nextInt(page.length() - last - 5);
                if (dump.length() > 0) dump.append("\n\n\n\n");
                dump.append(page, 0, cut);
            }

            List<DumpArticle> found = DumpSegmenter.split(dump.toString());

            assertThat(found).as("round %d:%n%s", round, dump).extracting(DumpArticle::headline).containsExactly(
                    "Karsk council postpones its bridge vote as costs double",
                    "Ferry union ends nine-day strike after harbour board raises wages",
                    "Drought forces grain board to halve the winter quota in Ostreva",
                    "Pellin Bay braces for spring floods as the old bridge nears its limit");
            assertThat(found.get(0).section()).isEqualTo("World");
            assertThat(found.get(1).date()).isEqualTo("2024-05-21");
            assertThat(found.get(2).images()).singleElement().extracting("credit").isEqualTo("Ostreva Daily");
        }
    }
}
