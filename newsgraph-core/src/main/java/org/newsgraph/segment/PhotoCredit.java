package org.newsgraph.segment;

import java.util.Optional;

/**
 * The photo credit at the end of a caption, for readers outside this package (web pages' figure captions): the
 * same rules a dump's captions go through ({@link CaptionCredit}).
 */
public final class PhotoCredit {

    /**
     * @param text         the credit as printed, without brackets
     * @param photographer the person it names, or null
     * @param start        where it starts in the caption
     * @param sure         whether its form alone makes it a credit (else only a line known to be a caption takes it)
     */
    public record Found(String text, String photographer, int start, boolean sure) {}

    private PhotoCredit() {}

    public static Optional<Found> in(String caption) {
        return CaptionCredit.find(caption).map(c -> new Found(c.text(), c.photographer(), c.start(), c.sure()));
    }
}
