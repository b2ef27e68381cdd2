package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterLineTest {

    @Test
    void digitsAloneAreCounters() {
        assertThat(CounterLine.is("20")).isTrue();
        assertThat(CounterLine.is("7")).isTrue();
        assertThat(CounterLine.is("1204")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(CounterLine.is("")).isFalse();
        assertThat(CounterLine.is("20 comments")).isFalse();
        assertThat(CounterLine.is("1,204")).isFalse();
        assertThat(CounterLine.is("12345678901")).isFalse();
        assertThat(CounterLine.is("TT")).isFalse();
    }
}
