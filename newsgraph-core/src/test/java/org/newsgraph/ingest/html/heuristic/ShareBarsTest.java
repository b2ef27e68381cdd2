package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;

import org.junit.jupiter.api.Test;

class ShareBarsTest {

    private final ShareBars h = new ShareBars();

    @Test
    void dropsShareButtonsByNameAndByTheirLinks() {
        assertThat(drops(h, "<div class='share-tools'><a href='#'>Share</a></div>")).isTrue();
        assertThat(drops(h, "<ul><li><a href='https://www.facebook.com/sharer.php?u=x'>f</a></li>"
                + "<li><a href='https://twitter.com/intent/tweet?url=x'>t</a></li><li><a href='mailto:?body=x'>@</a></li></ul>"))
                .isTrue();
        assertThat(drops(h, "<ul><li><a href='/one'>One</a></li><li><a href='/two'>Two</a></li></ul>")).isFalse();
        assertThat(drops(h, "<blockquote class='twitter-tweet'><p>An embedded tweet is content.</p></blockquote>")).isFalse();
        assertThat(dropsLine(h, "Share this article")).isTrue();
        assertThat(dropsLine(h, "Facebook Twitter Email")).isTrue();
        assertThat(dropsLine(h, "Facebook said on Monday it would appeal the ruling.")).isFalse();
    }
}
