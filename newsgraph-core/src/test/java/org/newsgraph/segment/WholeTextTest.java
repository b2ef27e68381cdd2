package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;

class WholeTextTest {

    @Test
    void aStoryWhoseTitleEndsInAPeriodIsOneArticleWithThatHeadline() {
        String text = "Ferry Service Resumes After Storm Damage Is Repaired.\n\n"
                + "The ferry between Lindholm and Skarpa resumed on Monday, a week after the storm tore a ramp loose.\n\n"
                + "\"We are back on the timetable,\" the operator's spokeswoman said.\n";
        assertThat(DumpSegmenter.split(text)).as("no dump boundary vouches for that headline").isEmpty();
        DumpArticle a = DumpSegmenter.whole(text).orElseThrow();
        assertThat(a.headline()).isEqualTo("Ferry Service Resumes After Storm Damage Is Repaired.");
        assertThat(a.offset()).isZero();
        assertThat(a.blocks()).extracting(Block::text).containsExactly(
                "The ferry between Lindholm and Skarpa resumed on Monday, a week after the storm tore a ramp loose.",
                "\"We are back on the timetable,\" the operator's spokeswoman said.");
    }

    @Test
    void aTextThatStartsWithASentenceHasNoHeadline() {
        String text = "\n\nThe council voted on Tuesday to close the old library on Mill Street at the end of the year,"
                + " after a decade of falling visitor numbers.\n\n"
                + "Residents gathered outside the town hall to protest against the decision.\n";
        DumpArticle a = DumpSegmenter.whole(text).orElseThrow();
        assertThat(a.headline()).isEmpty();
        assertThat(a.offset()).isEqualTo(2);
        assertThat(a.blocks()).hasSize(2).allMatch(b -> b.kind() == Block.Kind.PARAGRAPH);
    }

    @Test
    void aShortSentenceCaseLineWithAPeriodIsAWireHeadline() {
        String text = "Fishermen block harbour entrance over new quotas.\n\n"
                + "OSTEND, Belgium (Coast Wire) - Dozens of trawlers blocked the harbour entrance on Friday.\n";
        assertThat(DumpSegmenter.whole(text).orElseThrow().headline())
                .isEqualTo("Fishermen block harbour entrance over new quotas.");
    }

    @Test
    void aLedeSentenceOnTheFirstLineIsBodyNotHeadline() {
        String text = "The statistics office said on Thursday that food cost 4 percent more than a year ago,"
                + " the steepest rise since the spring.\n\nEconomists had expected less.\n";
        DumpArticle a = DumpSegmenter.whole(text).orElseThrow();
        assertThat(a.headline()).isEmpty();
        assertThat(a.blocks()).hasSize(2);
    }

    @Test
    void wordsWithoutASentenceAreNoArticle() {
        assertThat(DumpSegmenter.whole("Just a Headline Without Any Body\n")).isEmpty();
        assertThat(DumpSegmenter.whole("apples pears plums\n\nmore fruit here\n")).isEmpty();
        assertThat(DumpSegmenter.whole("aaaaaaa ".repeat(10_000))).isEmpty();
        assertThat(DumpSegmenter.whole("\n \n")).isEmpty();
    }
}
