package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandfirstTest {

    private static final String TEASER = "The last ferry to Marrowgate may sail in June. The union wants a vote first.";

    @Test
    void belowTheMarkerAnUncreditedLineIsStory() {
        assertThat(Standfirst.is(TEASER, true)).isTrue();
    }

    @Test
    void aboveTheMarkerTheSameLineIsAnUncreditedCaption() {
        assertThat(Standfirst.is(TEASER, false)).isFalse();
    }

    @Test
    void aLineThatSaysItIsACaptionStaysOneWherever() {
        assertThat(Standfirst.is("Ulla Brisk waits beside the canal lock in Karsk. (AP Photo/Joren Sallow)", true)).isFalse();
        assertThat(Standfirst.is("FILE - The ferry terminal in Marrowgate.", true)).isFalse();
    }

    @Test
    void aLineTooLongForACaptionIsStoryEvenAboveTheMarker() {
        String longTeaser = "The ferry union met again. ".repeat(PhotoCaption.MAX_LENGTH / 20);
        assertThat(longTeaser.length()).isGreaterThan(PhotoCaption.MAX_LENGTH);
        assertThat(Standfirst.is(longTeaser.strip(), false)).isTrue();
    }
}
