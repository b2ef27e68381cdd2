package org.newsgraph.store;

/**
 * A search query that Lucene's syntax does not allow. The message is one line, fit to show a user;
 * the parser's own multi-line explanation is kept as the cause.
 */
public final class BadQueryException extends IllegalArgumentException {

    public BadQueryException(String query, String reason, Throwable cause) {
        super("bad query \"" + query + "\": " + reason, cause);
    }
}
