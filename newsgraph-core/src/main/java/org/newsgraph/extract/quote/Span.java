package org.newsgraph.extract.quote;

/** A character span [start, end) of an article's text. */
public record Span(int start, int end) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean covers(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
