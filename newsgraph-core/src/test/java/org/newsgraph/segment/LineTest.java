package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

    @Test
    void linesKnowTheirOffsetsAndLoseSurroundingSpaces() {
        List<Line> lines = Line.of("Ferry Talks Stall  \n\n  The union met.\n");
        assertThat(lines).containsExactly(
                new Line(0, "Ferry Talks Stall"), new Line(20, ""), new Line(21, "The union met."), new Line(38, ""));
        assertThat(lines.get(1).blank()).isTrue();
    }

    @Test
    void emptyTextIsOneBlankLine() {
        assertThat(Line.of("")).containsExactly(new Line(0, ""));
    }
}
