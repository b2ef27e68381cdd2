package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;

import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    private final BoilerplateLines h = new BoilerplateLines();

    @Test
    void dropsFurnitureLines() {
        assertThat(dropsLine(h, "Advertisement")).isTrue();
        assertThat(dropsLine(h, "Story continues below advertisement")).isTrue();
        assertThat(dropsLine(h, "\u00a9 2024 The Coast Times. All rights reserved.")).isTrue();
        assertThat(dropsLine(h, "3 min read")).isTrue();
        assertThat(dropsLine(h, "Advertisement revenue fell by a third last year, the company said.")).isFalse();
    }
}
