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

    // Shapes met on real pages of other outlets, written here with invented names (issue 15).

    @Test
    void leadInsInsideTheBrackets() {
        assertThat(credit(CAPTION + " (photo credit: AFP)")).extracting("text", "sure").containsExactly("photo credit: AFP", true);
        assertThat(credit(CAPTION + " (Photo: Mira Tollan/Kelmar Images)"))
                .extracting("photographer", "sure").containsExactly("Mira Tollan", true);
        assertThat(credit(CAPTION + " (Photo source KPA)").text()).isEqualTo("Photo source KPA");
        assertThat(credit(CAPTION + " (Photo credit should read ODA VRENN/AFP/Getty Images)").photographer()).isEqualTo("ODA VRENN");
    }

    @Test
    void fileMarksBeforeTheAgency() {
        CaptionCredit.Credit dash = credit(CAPTION + " (File \u2013 AP)");
        assertThat(dash.text()).isEqualTo("File \u2013 AP");
        assertThat(CaptionCredit.fileMarked(dash.text())).isTrue();
        assertThat(CaptionCredit.fileMarked(credit(CAPTION + " (File/Stockframe)").text())).isTrue();
        assertThat(credit(CAPTION + " (File/Karsk Civil Defence Volunteers/AP)").sure()).isTrue();
    }

    @Test
    void anyOrganisationOrOutletInBracketsIsACreditButNotASureOne() {
        assertThat(credit(CAPTION + " (Office of the President)")).extracting("text", "photographer", "sure")
                .containsExactly("Office of the President", null, false);
        assertThat(credit(CAPTION + " (Norland Coast Guard)").text()).isEqualTo("Norland Coast Guard");
        assertThat(credit(CAPTION + " (The Karsk Evening Ledger)").text()).isEqualTo("The Karsk Evening Ledger");
        assertThat(credit(CAPTION + " (Kelmar24)").text()).isEqualTo("Kelmar24");
    }

    @Test
    void trailingPointAndAnyKindOfSpaceAfterTheBracket() {
        assertThat(credit(CAPTION + " (Office of the President).\u00a0").text()).isEqualTo("Office of the President");
        assertThat(credit(CAPTION + " (Norland Coast Guard)\u00a0").text()).isEqualTo("Norland Coast Guard");
        assertThat(credit(CAPTION + " (EPA)\u202f\u200b").text()).isEqualTo("EPA");
    }

    @Test
    void personSlashPictureDeskInBrackets() {
        assertThat(credit(CAPTION + " (Ivo Brandt/Flash77)")).extracting("text", "photographer", "sure")
                .containsExactly("Ivo Brandt/Flash77", "Ivo Brandt", true);
        assertThat(credit(CAPTION + " (Sela Morrow/Getty Images)").photographer()).isEqualTo("Sela Morrow");
        assertThat(credit(CAPTION + " (AP Photo / Teodor Mellory)").photographer()).isEqualTo("Teodor Mellory");
        assertThat(credit(CAPTION + " (AP Photo via militant website, File)"))
                .extracting("photographer", "sure").containsExactly(null, true);
        assertThat(credit(CAPTION + " (Associated Press)").sure()).isTrue();
    }

    @Test
    void creditsAfterTheLastSentenceWithoutBrackets() {
        assertThat(credit(CAPTION + " Mira Tollan / The Karsk Ledger")).extracting("text", "photographer")
                .containsExactly("Mira Tollan / The Karsk Ledger", "Mira Tollan");
        assertThat(credit(CAPTION + " All photos: Mira Tollan / The Karsk Ledger").photographer()).isEqualTo("Mira Tollan");
        assertThat(credit(CAPTION + " REUTERS/ Joren Sallow").photographer()).isEqualTo("Joren Sallow");
        assertThat(credit(CAPTION + " Oda Vrenn/AFP/Getty Images hide caption").text()).isEqualTo("Oda Vrenn/AFP/Getty Images");
        assertThat(credit(CAPTION + " / AFP PHOTO / ODA VRENN").photographer()).isEqualTo("ODA VRENN");
        assertThat(credit(CAPTION + " Reuters").text()).isEqualTo("Reuters");
    }

    @Test
    void leadWordsAfterTheLastSentence() {
        assertThat(credit(CAPTION + " Courtesy: Hanne Lorvik-Sand").text()).isEqualTo("Courtesy: Hanne Lorvik-Sand");
        assertThat(credit(CAPTION + " Courtesy Karsk Harbour Museum").text()).isEqualTo("Courtesy Karsk Harbour Museum");
        assertThat(credit(CAPTION + " Photo by Tarek Osmund.")).extracting("text", "photographer")
                .containsExactly("Photo by Tarek Osmund.", "Tarek Osmund");
        assertThat(credit(CAPTION + " Image source, Getty Images").text()).isEqualTo("Image source, Getty Images");
        assertThat(credit(CAPTION + "Credit\u2026Ivo Brandt/Associated Press").photographer()).isEqualTo("Ivo Brandt");
        assertThat(credit(CAPTION + " (c)AFP").text()).isEqualTo("(c)AFP");
        assertThat(credit(CAPTION + " \u00a9 Northwire").text()).isEqualTo("\u00a9 Northwire");
    }

    @Test
    void notCreditsWhereTheyOnlyLookLikeOne() {
        // where people stand in the picture
        assertThat(CaptionCredit.find(CAPTION + " (L-R)")).isEmpty();
        assertThat(CaptionCredit.find(CAPTION + " (2nd R)")).isEmpty();
        assertThat(CaptionCredit.find(CAPTION + " (centre)")).isEmpty();
        // a year, a count and plain words
        assertThat(CaptionCredit.find("Flood barriers built in the storm (2019)")).isEmpty();
        assertThat(CaptionCredit.find("The quay reopened (for now) on Monday")).isEmpty();
        // a name alone after the last sentence could be anything: only a listed agency is taken there
        assertThat(CaptionCredit.find(CAPTION + " Karsk Harbour")).isEmpty();
        // "Courtesy" inside a sentence is a word
        assertThat(CaptionCredit.find("The envoy paid a Courtesy Call to the mayor")).isEmpty();
    }

    @Test
    void aCreditPrintedAloneOnItsLine() {
        assertThat(CaptionCredit.line("SPA")).get().extracting("text", "sure").containsExactly("SPA", true);
        assertThat(CaptionCredit.line("Reuters")).get().extracting("text").isEqualTo("Reuters");
        assertThat(CaptionCredit.line("Credit: REUTERS/Joren Sallow")).get().extracting("photographer").isEqualTo("Joren Sallow");
        assertThat(CaptionCredit.line("Photo: AFP")).isPresent();
        assertThat(CaptionCredit.line("Karsk Grain Board Doubles Winter Quota")).isEmpty();
        assertThat(CaptionCredit.line("The board met on Monday.")).isEmpty();
    }
}
