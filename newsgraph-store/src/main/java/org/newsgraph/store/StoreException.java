package org.newsgraph.store;

/** The store could not do what was asked: a database or index failure, or a store this code cannot read. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
