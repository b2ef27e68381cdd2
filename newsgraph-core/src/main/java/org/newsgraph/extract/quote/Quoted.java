package org.newsgraph.extract.quote;

/**
 * A stretch of text between quote marks: {@code marks} runs from the opening mark to just after the closing one
 * (or to the end of the paragraph when no mark closes it), {@code content} is what is inside, trimmed.
 */
public record Quoted(Span marks, Span content) {

    public int start() {
        return content.start();
    }

    public int end() {
        return content.end();
    }
}
