package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionDateTest {

    @Test
    void everyPrintedFormBecomesIso() {
        assertThat(CaptionDate.find("Guards march in Velmora, 06 January 2024.")).contains("2024-01-06");
        assertThat(CaptionDate.find("Guards march in Velmora, Tuesday, Jan. 30, 2024.")).contains("2024-01-30");
        assertThat(CaptionDate.find("Guards march in Velmora, January 6, 2024.")).contains("2024-01-06");
        assertThat(CaptionDate.find("Guards march in Velmora, Jan 30, 2024.")).contains("2024-01-30");
        assertThat(CaptionDate.find("Guards march in Velmora, 2024-01-06.")).contains("2024-01-06");
        assertThat(CaptionDate.find("Guards march in Velmora, Friday, Sept. 13, 2019.")).contains("2019-09-13");
    }

    @Test
    void theLastDateIsThePhotos() {
        assertThat(CaptionDate.find("A guard, detained on March 3, 2021, walks free in Karsk, 2 May 2022."))
                .contains("2022-05-02");
    }

    @Test
    void noDateOrAnImpossibleOne() {
        assertThat(CaptionDate.find("Guards march in Velmora.")).isEmpty();
        assertThat(CaptionDate.find("Guards march in Velmora, 31 February 2024.")).isEmpty();
        assertThat(CaptionDate.find("Mark 5, 2024 was a quiet day")).isEmpty();
        assertThat(CaptionDate.find("In 2024 the guards marched.")).isEmpty();
    }
}
