package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteMarkerTest {

    @Test
    void shortCapitalTokensAloneAreMarkers() {
        assertThat(SiteMarker.is("TT")).isTrue();
        assertThat(SiteMarker.is("NW")).isTrue();
        assertThat(SiteMarker.is("KPVX")).isTrue();
    }

    @Test
    void wordsSentencesAndLongerTokensAreNot() {
        assertThat(SiteMarker.is("")).isFalse();
        assertThat(SiteMarker.is("Tt")).isFalse();
        assertThat(SiteMarker.is("T T")).isFalse();
        assertThat(SiteMarker.is("ANALYSIS")).isFalse();
        assertThat(SiteMarker.is("20")).isFalse();
        assertThat(SiteMarker.is("The ferry left.")).isFalse();
    }
}
