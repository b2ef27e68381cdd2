package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Image;

class PhotoCaptionTest {

    @Test
    void captionKeepsItsWordsButNotItsCredit() {
        Image image = PhotoCaption.parse(
                "FILE - Nelka Tessaly inspects a flooded quay in Brennock, Kelmar, Monday, Oct. 7, 2024. (AP Photo/Teodor Mellory, File)");
        assertThat(image).isEqualTo(new Image(
                "FILE - Nelka Tessaly inspects a flooded quay in Brennock, Kelmar, Monday, Oct. 7, 2024.",
                "AP Photo/Teodor Mellory, File", "Teodor Mellory", "2024-10-07", true));
    }

    @Test
    void captionWithoutCreditOrDate() {
        assertThat(PhotoCaption.parse("Nelka Tessaly inspects a flooded quay."))
                .isEqualTo(new Image("Nelka Tessaly inspects a flooded quay.", null, null, null, false));
    }

    @Test
    void aLineVouchesForItselfWithACreditOrAFileOpening() {
        assertThat(PhotoCaption.vouchesForItself("Nelka Tessaly inspects a quay. (EPA)")).isTrue();
        assertThat(PhotoCaption.vouchesForItself("FILE - Nelka Tessaly inspects a quay.")).isTrue();
        assertThat(PhotoCaption.vouchesForItself("Nelka Tessaly inspects a quay.")).isFalse();
        assertThat(PhotoCaption.vouchesForItself("(EPA)")).isFalse();
        assertThat(PhotoCaption.vouchesForItself("x".repeat(5_000) + " (EPA)")).isFalse();
    }
}
