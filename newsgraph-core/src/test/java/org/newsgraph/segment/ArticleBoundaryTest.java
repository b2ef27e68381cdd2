package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBoundaryTest {

    /** Does the line after {@code blanks} blank lines, following one body paragraph, start an article? */
    private static boolean startsAfter(int blanks, String candidate, String rest) {
        List<Line> lines = Line.of("The harbour reopened on Monday.\n" + "\n".repeat(blanks) + candidate + "\n" + rest);
        return ArticleBoundary.startsAt(lines, 1 + blanks, blanks, false);
    }

    @Test
    void aHeaderVouchesForAHeadlineAfterOneBlankLine() {
        assertThat(startsAfter(1, "Brennock Canal Repairs Stall", "TT\nThe canal lock failed.\n")).isTrue();
        assertThat(startsAfter(1, "Brennock canal repairs stall again", "A lock keeper waits. (AFP)\nThe lock failed.\n")).isTrue();
        assertThat(startsAfter(1, "Brennock Canal Repairs Stall", "\nBrennock Canal Repairs Stall\n\nThe lock failed.\n")).isTrue();
    }

    @Test
    void withoutAHeaderATitleCasedLineNeedsAGap() {
        assertThat(startsAfter(2, "Brennock Canal Repairs Stall", "The canal lock failed.\n")).isTrue();
        assertThat(startsAfter(1, "Brennock Canal Repairs Stall", "The canal lock failed.\n")).isFalse();
        assertThat(startsAfter(3, "Brennock canal repairs stall again", "The canal lock failed.\n")).isFalse();
    }

    @Test
    void sentencesSubheadsCaptionsAndUnseparatedLinesNeverStartOne() {
        assertThat(startsAfter(3, "The canal lock failed on Monday.", "TT\nMore text.\n")).isFalse();
        assertThat(startsAfter(3, "MONEY TROUBLES", "The canal lock failed.\n")).isFalse();
        assertThat(startsAfter(3, "Keepers Wait (EPA-EFE/ULLA BRISK)", "Keepers Wait (EPA-EFE/ULLA BRISK)\nText.\n")).isFalse();
        assertThat(startsAfter(0, "Brennock Canal Repairs Stall", "TT\nThe canal lock failed.\n")).isFalse();
    }

    @Test
    void theDumpsFirstLineNeedsOnlyItsShape() {
        List<Line> lines = Line.of("Brennock canal repairs stall again\nThe canal lock failed.\n");
        assertThat(ArticleBoundary.startsAt(lines, 0, 0, true)).isTrue();
        List<Line> prose = Line.of("The canal lock failed.\nIt was old.\n");
        assertThat(ArticleBoundary.startsAt(prose, 0, 0, true)).isFalse();
    }
}
