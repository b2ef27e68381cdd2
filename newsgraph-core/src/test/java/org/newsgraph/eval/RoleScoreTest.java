package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleScoreTest {

    private static BratSpan span(int s, int e) {
        return new BratSpan("Source", List.of(new int[] {s, e}));
    }

    @Test
    void exactAndOverlapMatchesAreOneToOne() {
        RoleScore r = new RoleScore();
        // gold: [0,10) and [20,30); predicted: [0,10) exact, [22,25) overlaps, [5,8) overlaps a gold span already taken
        r.add(List.of(span(0, 10), span(20, 30)), List.of(span(0, 10), span(22, 25), span(5, 8)));
        assertThat(r.precision(true)).isEqualTo(1.0 / 3);
        assertThat(r.recall(true)).isEqualTo(0.5);
        assertThat(r.precision(false)).isEqualTo(2.0 / 3);
        assertThat(r.recall(false)).isEqualTo(1.0);
        assertThat(r.f1(false)).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }
}
