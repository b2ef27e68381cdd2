package org.newsgraph.model;

/**
 * One block of an article's body: a subhead or a paragraph, with its span in {@link Article#text()}.
 */
public record Block(Kind kind, String text, int start, int end) {

    public enum Kind { SUBHEAD, PARAGRAPH }

    /** A block not yet placed in an article's text. */
    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, -1, -1);
    }

    public static Block subhead(String text) {
        return new Block(Kind.SUBHEAD, text, -1, -1);
    }
}
