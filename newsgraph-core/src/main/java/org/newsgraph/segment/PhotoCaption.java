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
        return parse(line, null);
    }

    /**
     * @param creditLine the credit printed alone under the caption ("SPA"), used when the caption has none of its own
     */
    static Image parse(String line, CaptionCredit.Credit creditLine) {
        Optional<CaptionCredit.Credit> own = CaptionCredit.find(line);
        String caption = own.map(c -> line.substring(0, c.start()).strip()).orElse(line.strip());
        Optional<CaptionCredit.Credit> credit = own.or(() -> Optional.ofNullable(creditLine));
        String text = credit.map(CaptionCredit.Credit::text).orElse(null);
        return new Image(caption, text, credit.map(CaptionCredit.Credit::photographer).orElse(null),
                CaptionDate.find(caption).orElse(null), FilePhoto.is(caption, text));
    }

    /** The line says by itself that it is a caption: a credit whose form is sure of itself, or "FILE -". */
    static boolean vouchesForItself(String line) {
        if (line.length() > MAX_LENGTH) return false;
        Optional<CaptionCredit.Credit> credit = CaptionCredit.find(line);
        if (credit.isPresent() && credit.get().sure()) return credit.get().start() > 0;
        return FilePhoto.is(line, null);
    }

    /** Whether the line has a credit of its own, sure or not. */
    static boolean credited(String line) {
        return CaptionCredit.find(line).isPresent();
    }
}
