package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionCreditTest {

    private static final String CAPTION = "A ferry worker waits beside the canal lock in Karsk, Norland, 04 March 2023.";

    private static CaptionCredit.Credit credit(String line) {
        Optional<CaptionCredit.Credit> found = CaptionCredit.find(line);
        assertThat(found).as(line).isPresent();
        assertThat(line.substring(0, found.get().start()).strip()).isEqualTo(CAPTION);
        return found.get();
    }

    @Test
    void agencyInParentheses() {
        assertThat(credit(CAPTION + " (EPA)")).extracting("text", "photographer").containsExactly("EPA", null);
        assertThat(credit(CAPTION + " (Reuters)").text()).isEqualTo("Reuters");
        assertThat(credit(CAPTION + " (AFP)").text()).isEqualTo("AFP");
    }

    @Test
    void agencyWithPhotographerInParentheses() {
        assertThat(credit(CAPTION + " (AP Photo/Dagny Rastova, File)"))
                .extracting("text", "photographer").containsExactly("AP Photo/Dagny Rastova, File", "Dagny Rastova");
        assertThat(credit(CAPTION + " (EPA-EFE/PAVO ILVANE)"))
                .extracting("text", "photographer").containsExactly("EPA-EFE/PAVO ILVANE", "PAVO ILVANE");
    }

    @Test
    void bareAgencySlashNameAfterTheLastSentence() {
        assertThat(credit(CAPTION + " REUTERS/Joren Sallow"))
                .extracting("text", "photographer").containsExactly("REUTERS/Joren Sallow", "Joren Sallow");
        assertThat(credit(CAPTION + " REUTERS/Joren Sallow/File Photo").photographer()).isEqualTo("Joren Sallow");
    }

    @Test
    void photoColonNamesThePersonFirst() {
        assertThat(credit(CAPTION + " Photo: Ulla Korrigan/Kelmar Press via Wire"))
                .extracting("text", "photographer")
                .containsExactly("Photo: Ulla Korrigan/Kelmar Press via Wire", "Ulla Korrigan");
    }

    @Test
    void noCreditInPlainSentencesOrAsides() {
        assertThat(CaptionCredit.find(CAPTION)).isEmpty();
        assertThat(CaptionCredit.find("The vote was postponed (again) after the storm")).isEmpty();
        assertThat(CaptionCredit.find("The board met on a 24/7 schedule.")).isEmpty();
        assertThat(CaptionCredit.find("Officials said the grain/ferry deal held")).isEmpty();
        assertThat(CaptionCredit.find("Ferries ran late (see timetable)")).isEmpty();
    }

    @Test
    void fileMarkIsRecognisedOnTheCredit() {
        assertThat(CaptionCredit.fileMarked("AP Photo/Dagny Rastova, File")).isTrue();
        assertThat(CaptionCredit.fileMarked("REUTERS/Joren Sallow/File Photo")).isTrue();
        assertThat(CaptionCredit.fileMarked("EPA")).isFalse();
        assertThat(CaptionCredit.fileMarked(null)).isFalse();
    }
}
