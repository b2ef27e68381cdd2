package org.newsgraph.segment;

import java.util.Optional;
import org.newsgraph.model.Image;

/**
 * One caption line turned into an {@link Image}: the caption without its credit, the credit and
 * photographer ({@link CaptionCredit}), the photo's date ({@link CaptionDate}) and whether it is an
 * archive photo ({@link FilePhoto}). The caption keeps every word but the credit, "FILE -" included.
 */
final class PhotoCaption {

    /** Captions are a sentence or two; a longer line is body text whatever it ends with. */
    static final int MAX_LENGTH = 1_000;

    private PhotoCaption() {}

    static Image parse(String line) {
        Optional<CaptionCredit.Credit> credit = CaptionCredit.find(line);
        String caption = credit.map(c -> line.substring(0, c.start()).strip()).orElse(line);
        String text = credit.map(CaptionCredit.Credit::text).orElse(null);
        return new Image(caption, text, credit.map(CaptionCredit.Credit::photographer).orElse(null),
                CaptionDate.find(caption).orElse(null), FilePhoto.is(caption, text));
    }

    /** The line says by itself that it is a caption: it carries a credit or opens with "FILE -". */
    static boolean vouchesForItself(String line) {
        if (line.length() > MAX_LENGTH) return false;
        Optional<CaptionCredit.Credit> credit = CaptionCredit.find(line);
        if (credit.isPresent()) return credit.get().start() > 0;
        return FilePhoto.is(line, null);
    }
}
