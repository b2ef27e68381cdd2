package org.newsgraph.model;

/**
 * When an article was published, with how we know it.
 *
 * @param date      a point date (ISO 8601) when one is known, else null
 * @param notBefore earliest possible date, or null
 * @param notAfter  latest possible date, or null
 * @param basis     metadata | dateline | caption | text | none
 */
public record Published(String date, String notBefore, String notAfter, String basis) {

    public static Published unknown() {
        return new Published(null, null, null, "none");
    }

    public static Published fromMetadata(String isoDate) {
        return new Published(isoDate, isoDate, isoDate, "metadata");
    }
}
