package org.newsgraph.store.query;

import java.util.List;

/** The rows of one page and whether another page follows. */
public record Paged<T>(List<T> items, int offset, boolean more) {

    public Paged {
        items = List.copyOf(items);
    }

    /** Cuts the one row too many that a query fetched to learn whether more follow. */
    static <T> Paged<T> of(List<T> fetched, Page page) {
        boolean more = fetched.size() > page.limit();
        return new Paged<>(more ? fetched.subList(0, page.limit()) : fetched, page.offset(), more);
    }
}
