package org.newsgraph.segment;

/**
 * An archive photo: the caption opens with "FILE -" (or "FILE PHOTO:", "FILE:") or the credit ends
 * with ", File". Its date is when the photo was taken, not when the story ran, so it never dates the article.
 */
final class FilePhoto {

    private static final String[] OPENINGS = {"FILE -", "FILE \u2013", "FILE \u2014", "FILE-", "FILE PHOTO", "FILE:",
            "File photo:", "File photo -", "File photo \u2013", "File -", "File \u2013", "File \u2014", "File:"};

    private FilePhoto() {}

    static boolean is(String caption, String credit) {
        for (String opening : OPENINGS) {
            if (caption.startsWith(opening)) return true;
        }
        return CaptionCredit.fileMarked(credit);
    }
}
