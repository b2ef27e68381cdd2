package org.newsgraph.model;

/**
 * When an article was published, with how we know it.
 *
 * @param date      a point date (ISO 8601) when one is known, else null
 * @param notBefore earliest possible date, or null
 * @param notAfter  latest possible date, or null
 * @param basis     the evidence that won: metadata | dateline | caption | text | none
 * @param rejected  evidence that was set aside and why ("metadata date 0001-01-01 is before 1900"), or null
 */
public record Published(String date, String notBefore, String notAfter, String basis, String rejected) {

    public Published(String date, String notBefore, String notAfter, String basis) {
        this(date, notBefore, notAfter, basis, null);
    }

    public static Published unknown() {
        return new Published(null, null, null, "none");
    }

    public static Published fromMetadata(String isoDate) {
        return new Published(isoDate, isoDate, isoDate, "metadata");
    }

    public Published withRejected(String reason) {
        return new Published(date, notBefore, notAfter, basis, reason);
    }
}
