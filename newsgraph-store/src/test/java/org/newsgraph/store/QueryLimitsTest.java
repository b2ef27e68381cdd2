package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;

/** Queries that would cost much are refused in one line, before they run; the ordinary ones still work. */
class QueryLimitsTest {

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir);
        List<ExtractedArticle> all = new ArrayList<>(Newsroom.all());
        for (int i = 0; i < 200; i++) all.add(Newsroom.numbered(i));
        store.put(all);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void refused(String query, String why) {
        assertThatThrownBy(() -> store.search(query, 10)).isInstanceOf(BadQueryException.class)
                .hasMessageContaining(why).hasMessageNotContaining("\n");
    }

    @Test
    void regularExpressionsAreRefused() {
        refused("/.{0,65535}/", "regular expressions are not supported");
        refused("headline:/str.*/", "regular expressions are not supported");
    }

    @Test
    void fuzzyWordsAreBounded() {
        assertThat(store.search("strik~1", 10)).isNotEmpty();
        refused("strike~2 ".repeat(1) + "harbour~ council~ drivers~", "more than 3 fuzzy words");
        refused("ram~1", "needs 4 to 30 letters");
        refused(String.join(" ", java.util.Collections.nCopies(30, "harbour~2")), "more than 3 fuzzy words");
    }

    @Test
    void wildcardsNeedAPrefixAndAreFew() {
        assertThat(store.search("stri*", 10)).isNotEmpty();
        refused("s*", "at least 2 letters before");
        refused("*ike", "at least 2 letters before");
        refused("ha* st* dr* co* tr*", "more than 4 wildcard words");
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserRecurses() {
        refused("(".repeat(30) + "strike" + ")".repeat(30), "nested 30 deep");
        refused("(".repeat(3000) + "strike" + ")".repeat(3000), "longer than 1000 characters");
        assertThat(store.search("((strike OR tram) AND (harbour OR council))", 10)).isNotEmpty();
    }

    @Test
    void longQueriesManyClausesAndWideProximityAreRefused() {
        refused("strike ".repeat(200), "longer than 1000 characters");
        refused(String.join(" OR ", java.util.Collections.nCopies(120, "ab")), "at most 100");
        refused("\"harbour strike\"~100000", "proximity above 50");
        assertThat(store.search("\"harbour strike\"~3", 10)).isNotEmpty();
    }

    @Test
    void aSearchThatRunsOutOfTimeIsRefusedNotAnsweredInPart() {
        store.searchBudget(Duration.ZERO);
        refused("strike OR tram OR harbour OR council", "ms a search may take");
        store.searchBudget(Duration.ofSeconds(2));
        assertThat(store.search("strike", 10)).isNotEmpty();
    }
}
