package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineShapeTest {

    @Test
    void shortLinesWithoutAFinalPeriodAreHeadlineShaped() {
        assertThat(HeadlineShape.is("Karsk Council: Ferry Talks Stall but No Deal Yet")).isTrue();
        assertThat(HeadlineShape.is("Will Velmora Save Its Harbour?")).isTrue();
        assertThat(HeadlineShape.is("Velmora council delays the harbour vote, Okoru says")).isTrue();
    }

    @Test
    void sentencesFragmentsAndLongLinesAreNot() {
        assertThat(HeadlineShape.is("The council delayed the harbour vote on Monday.")).isFalse();
        assertThat(HeadlineShape.is("\"We will not stop there,\" Maren Valdane said.\"")).isFalse();
        assertThat(HeadlineShape.is("The council said:")).isFalse();
        assertThat(HeadlineShape.is("Ferry")).isFalse();
        assertThat(HeadlineShape.is("2024 2025")).isFalse();
        assertThat(HeadlineShape.is("Grain Board ".repeat(20).strip())).isFalse();
    }

    @Test
    void titleCaseIsMostMeaningfulWordsCapitalised() {
        assertThat(HeadlineShape.titleCased("Karsk Council Weighs Exit of Ferry Union but No Deadline Set")).isTrue();
        assertThat(HeadlineShape.titleCased("Velmora council delays the harbour vote, Okoru says")).isFalse();
        assertThat(HeadlineShape.titleCased("Editing by Tovik Brisk and Liora Ambrel")).isTrue();
        assertThat(HeadlineShape.titleCased("Harbour")).isFalse();
    }
}
