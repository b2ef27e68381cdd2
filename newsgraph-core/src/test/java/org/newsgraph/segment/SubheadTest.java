package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubheadTest {

    @Test
    void allCapsHeadingsAreSubheads() {
        assertThat(Subhead.is("A LONG WINTER AHEAD")).isTrue();
        assertThat(Subhead.is("HARBOUR FEARS")).isTrue();
        assertThat(Subhead.is("WHAT'S NEXT?")).isTrue();
        assertThat(Subhead.is("REACTION")).isTrue();
    }

    @Test
    void markersSentencesAndMixedCaseAreNot() {
        assertThat(Subhead.is("TT")).isFalse();
        assertThat(Subhead.is("A Long Winter Ahead")).isFalse();
        assertThat(Subhead.is("The ferry union met on Monday.")).isFalse();
        assertThat(Subhead.is("THE FERRY UNION MET ON MONDAY.")).isFalse();
        assertThat(Subhead.is("2024")).isFalse();
        assertThat(Subhead.is("WORD ".repeat(40).strip())).isFalse();
    }
}
