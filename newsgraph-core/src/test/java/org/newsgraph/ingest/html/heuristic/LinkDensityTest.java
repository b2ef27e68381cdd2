package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.PROSE;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLink;

import org.junit.jupiter.api.Test;

class LinkDensityTest {

    private final LinkDensity h = new LinkDensity();

    @Test
    void dropsLinkListsAndKeepsProseWithLinks() {
        assertThat(drops(h, "<ul><li><a href='/a'>Politics</a></li><li><a href='/b'>Sport</a></li></ul>")).isTrue();
        assertThat(drops(h, "<div><a href='/a'>Politics news today</a> | <a href='/b'>Sport</a></div>")).isTrue();
        assertThat(drops(h, "<div>" + PROSE + "<p>See <a href='/r'>the report</a> for the full figures, the mayor said.</p></div>"))
                .isFalse();
        assertThat(dropsLink(h, "Council delays bridge vote")).isTrue();
        assertThat(dropsLine(h, "Council delays bridge vote")).isFalse();
    }
}
