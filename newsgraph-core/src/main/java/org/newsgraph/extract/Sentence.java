package org.newsgraph.extract;

/** A sentence as a span of the article text. */
public record Sentence(int index, int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
