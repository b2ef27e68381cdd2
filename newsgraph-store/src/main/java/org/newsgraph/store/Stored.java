package org.newsgraph.store;

/** What {@link Store#put} did with one article. */
public record Stored(String id, Outcome outcome) {

    public enum Outcome {
        /** The article was not in the store and now is. */
        NEW,
        /** An article with this id (same headline and body) and the same facts was already stored, or came earlier in the same batch; nothing was written. */
        UNCHANGED,
        /** The article was stored with other facts (a newer extractor); its rows and index entry were replaced. */
        UPDATED
    }
}
