package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.PROSE;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;

import org.junit.jupiter.api.Test;

class CommentBlocksTest {

    private final CommentBlocks h = new CommentBlocks();

    @Test
    void dropsCommentSectionsEvenWhenLong() {
        assertThat(h.strong()).isTrue();
        assertThat(drops(h, "<div id='comments'>" + PROSE.repeat(20) + "</div>")).isTrue();
        assertThat(drops(h, "<section class='disqus_thread'></section>")).isTrue();
        assertThat(drops(h, "<div class='article-body'>" + PROSE + "</div>")).isFalse();
        assertThat(dropsLine(h, "12 Comments")).isTrue();
        assertThat(dropsLine(h, "Leave a Reply")).isTrue();
        assertThat(dropsLine(h, "Comments from residents were mixed, the mayor said on Tuesday.")).isFalse();
    }
}
