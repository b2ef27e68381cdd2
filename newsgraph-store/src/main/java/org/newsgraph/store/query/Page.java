package org.newsgraph.store.query;

/**
 * One page of a list: at most {@code limit} rows after skipping {@code offset}.
 * Queries fetch one row more than the limit to tell whether another page follows.
 */
public record Page(int limit, int offset) {
    public Page {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }

    public static Page first(int limit) {
        return new Page(limit, 0);
    }

    /** The SQL clause for this page, asking for one row more than the limit. */
    String sql() {
        return " LIMIT " + (limit + 1) + " OFFSET " + offset;
    }
}
