package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintTableTest {

    @Test
    void mostFoundRanksByHowOftenThenByNumber() {
        int[] found = {7, 3, 7, 9, 3, 7, 1, 9};
        assertThat(PrintTable.mostFound(found, found.length, 3)).containsExactly(7, 3, 9);
        assertThat(PrintTable.mostFound(new int[] {5, 4, 2}, 2, 10)).as("only the first n count").containsExactly(4, 5);
        assertThat(PrintTable.mostFound(new int[0], 0, 5)).isEmpty();
    }

    @Test
    void aReprintIsFoundAndAnUnrelatedStoryIsNot() {
        PrintTable table = new PrintTable();
        table.add("wire", Print.of(ReprintsTest.WIRE));
        table.add("tram", Print.of(ReprintsTest.OTHER));
        assertThat(table.candidates(Print.of(ReprintsTest.REPRINT), 5)).extracting(PrintTable.Entry::id)
                .containsExactly("wire");
    }

    @Test
    void aKeySharedByManyTextsFindsOnlyTheFirstOfThem() {
        PrintTable table = new PrintTable();
        String stock = "The harbour office is open from nine to five on weekdays.";
        for (int i = 0; i < PrintTable.COMMON + 5; i++) table.add("copy" + i, Print.of(stock));
        assertThat(table.candidates(Print.of(stock), 100)).extracting(PrintTable.Entry::id)
                .hasSize(PrintTable.COMMON).startsWith("copy0", "copy1").doesNotContain("copy" + PrintTable.COMMON);
    }
}
