package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilePhotoTest {

    @Test
    void fileOpeningOrFileCreditMarksAnArchivePhoto() {
        assertThat(FilePhoto.is("FILE - Ferry workers gather outside the council hall.", "EPA")).isTrue();
        assertThat(FilePhoto.is("FILE PHOTO: Ferry workers gather outside the council hall.", null)).isTrue();
        assertThat(FilePhoto.is("Ferry workers gather outside the council hall.", "AP Photo/Oren Brisk, File")).isTrue();
    }

    @Test
    void otherPhotosAreNot() {
        assertThat(FilePhoto.is("Ferry workers gather outside the council hall.", "AP Photo/Oren Brisk")).isFalse();
        assertThat(FilePhoto.is("Filed papers lie on the desk.", null)).isFalse();
    }
}
