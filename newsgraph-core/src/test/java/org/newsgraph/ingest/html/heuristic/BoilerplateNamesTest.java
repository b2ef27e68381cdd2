package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.PROSE;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;

import org.junit.jupiter.api.Test;

class BoilerplateNamesTest {

    private final BoilerplateNames h = new BoilerplateNames();

    @Test
    void dropsFurnitureByTagAndName() {
        assertThat(drops(h, "<nav><a href='/'>Home</a></nav>")).isTrue();
        assertThat(drops(h, "<aside>" + PROSE + "</aside>")).isTrue();
        assertThat(drops(h, "<div class='site-footer'>" + PROSE + "</div>")).isTrue();
        assertThat(drops(h, "<div id='sidebar-right'>" + PROSE + "</div>")).isTrue();
        assertThat(drops(h, "<div class='ad slot'>Buy now</div>")).isTrue();
        assertThat(drops(h, "<div style='display: none'>" + PROSE + "</div>")).isTrue();
    }

    @Test
    void keepsContentNamesAndLookalikes() {
        assertThat(drops(h, "<div class='article-content sidebar-aware'>" + PROSE + "</div>")).isFalse();
        assertThat(drops(h, "<div class='read'>" + PROSE + "</div>")).as("'ad' inside 'read'").isFalse();
        assertThat(drops(h, "<div class='shadow'>" + PROSE + "</div>")).isFalse();
        assertThat(drops(h, "<div class='widget Blog'>" + PROSE + "</div>")).as("weak name, prose").isFalse();
        assertThat(drops(h, "<div class='widget'><a href='/1'>One story</a> <a href='/2'>Another story</a></div>"))
                .as("weak name, links").isTrue();
    }
}
