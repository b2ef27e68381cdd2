package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void everyAcceptedShapeGivesTheCalendarDate() {
        assertThat(Dates.isoDate("2024-03-05T09:30:00+01:00")).contains("2024-03-05");
        assertThat(Dates.isoDate(" 2024-03-05T23:30:00.123Z ")).contains("2024-03-05");
        assertThat(Dates.isoDate("Tue, 5 Mar 2024 09:30:00 GMT")).contains("2024-03-05");
        assertThat(Dates.isoDate("2024-03-05T09:30:00")).contains("2024-03-05");
        assertThat(Dates.isoDate("2024-03-05")).contains("2024-03-05");
        assertThat(Dates.isoDate("2024-03-05 09:30")).contains("2024-03-05");
        assertThat(Dates.isoDate("2024-03-05T23:30:00-11:00")).contains("2024-03-05"); // the day as written
        assertThat(Dates.isoDate("2024-02-29T25:99:00Z")).contains("2024-02-29"); // a broken time keeps the day
        // as the header lines of saved stories write them
        assertThat(Dates.isoDate("March 5, 2024")).contains("2024-03-05");
        assertThat(Dates.isoDate("5 March  2024")).contains("2024-03-05");
        assertThat(Dates.isoDate("Mar. 5, 2024")).contains("2024-03-05");
    }

    @Test
    void whatIsNoDateOrNoRealDayGivesNothing() {
        assertThat(Dates.isoDate("March 32, 2024")).isEmpty();
        assertThat(Dates.isoDate("5 Brumaire 2024")).isEmpty();
        assertThat(Dates.isoDate("2024-02-30")).isEmpty();
        assertThat(Dates.isoDate("2023-02-29")).isEmpty();
        assertThat(Dates.isoDate("2024-13-01")).isEmpty();
        assertThat(Dates.isoDate("2024-02-30T10:00:00Z")).isEmpty();
        assertThat(Dates.isoDate("")).isEmpty();
        assertThat(Dates.isoDate(null)).isEmpty();
        assertThat(Dates.isoDate("yesterday")).isEmpty();
    }
}
