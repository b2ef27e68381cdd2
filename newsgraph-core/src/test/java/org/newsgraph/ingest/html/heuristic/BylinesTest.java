package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.PROSE;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;

import org.junit.jupiter.api.Test;

class BylinesTest {

    private final Bylines h = new Bylines();

    @Test
    void dropsBylinesAndTimestamps() {
        assertThat(drops(h, "<div class='byline'>By Ana Lopes</div>")).isTrue();
        assertThat(drops(h, "<span itemprop='author'>Ana Lopes</span>")).isTrue();
        assertThat(drops(h, "<time datetime='2024-01-01'>Jan 1</time>")).isTrue();
        assertThat(drops(h, "<div class='author-note'>" + PROSE + PROSE + "</div>")).as("too long for a byline").isFalse();
        assertThat(dropsLine(h, "By Ana Lopes and John Roe")).isTrue();
        assertThat(dropsLine(h, "Updated: March 5, 2024 9:30 a.m.")).isTrue();
        assertThat(dropsLine(h, "By noon, the harbour was open again and the first ferry had left.")).isFalse();
    }
}
