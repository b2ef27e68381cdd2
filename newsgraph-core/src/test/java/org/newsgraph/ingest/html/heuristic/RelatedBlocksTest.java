package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.PROSE;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLink;

import org.junit.jupiter.api.Test;

class RelatedBlocksTest {

    private final RelatedBlocks h = new RelatedBlocks();

    @Test
    void dropsRecirculation() {
        assertThat(drops(h, "<div class='related-articles'><a href='/x'>Other story</a></div>")).isTrue();
        assertThat(drops(h, "<ul class='most-read'><li><a href='/x'>Other story</a></li></ul>")).isTrue();
        assertThat(drops(h, "<div class='OUTBRAIN'></div>")).isTrue();
        assertThat(drops(h, "<div class='story'>" + PROSE + "</div>")).isFalse();
        assertThat(dropsLine(h, "Related Stories")).isTrue();
        assertThat(dropsLine(h, "You may also like")).isTrue();
        assertThat(dropsLink(h, "Read more: Council delays bridge vote")).isTrue();
        assertThat(dropsLine(h, "Read more about the bridge in the council's report, which was published on Monday."))
                .as("not a link").isFalse();
    }
}
