package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLabelsTest {

    private static List<String> names(int[] labels) {
        return java.util.Arrays.stream(labels).mapToObj(EntityLabels::name).toList();
    }

    @Test
    void iob1AndIob2GiveTheSameBilouLabels() {
        List<String> iob1 = List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-MISC");
        List<String> iob2 = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "B-MISC");
        assertThat(names(EntityLabels.fromIob(iob1))).containsExactly("B-PERSON", "L-PERSON", "O", "U-LOCATION",
                "B-LOCATION", "L-LOCATION", "U-MISC");
        assertThat(EntityLabels.fromIob(iob2)).containsExactly(EntityLabels.fromIob(iob1));
    }

    @Test
    void bilouBackToIob2KeepsAdjacentNamesApart() {
        int[] labels = EntityLabels.fromIob(List.of("B-ORG", "I-ORG", "I-ORG", "B-ORG", "O"));
        assertThat(EntityLabels.toIob(labels)).containsExactly("B-ORG", "I-ORG", "I-ORG", "B-ORG", "O");
    }

    @Test
    void onlyOrdersBilouAllowsAreAllowed() {
        int bPer = EntityLabels.label('B', 0);
        int iPer = EntityLabels.label('I', 0);
        int lPer = EntityLabels.label('L', 0);
        int lLoc = EntityLabels.label('L', 2);
        int uLoc = EntityLabels.label('U', 2);
        assertThat(EntityLabels.allowed(bPer, iPer)).isTrue();
        assertThat(EntityLabels.allowed(bPer, lLoc)).isFalse();
        assertThat(EntityLabels.allowed(bPer, EntityLabels.O)).isFalse();
        assertThat(EntityLabels.allowed(lPer, uLoc)).isTrue();
        assertThat(EntityLabels.allowed(EntityLabels.O, iPer)).isFalse();
        assertThat(EntityLabels.closes(bPer)).isFalse();
        assertThat(EntityLabels.closes(uLoc)).isTrue();
    }
}
