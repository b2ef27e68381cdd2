package org.newsgraph.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsgraph.store.query.Page;

/** Query parameters read and checked: a bad one is a 400 with a message naming it. */
final class Params {

    static final int MAX_TEXT = 500;
    static final int MAX_OFFSET = 10_000;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** An optional text; blank counts as absent. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_TEXT) throw ApiError.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        return v.strip();
    }

    String required(String name) {
        String v = text(name);
        if (v == null) throw ApiError.badRequest(name + " is required");
        return v;
    }

    /** An optional day, yyyy-mm-dd. */
    String date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            if (v.length() != 10) throw new DateTimeParseException("length", v, 0);
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a day written yyyy-mm-dd, was " + v);
        }
    }

    boolean flag(String name) {
        String v = text(name);
        if (v == null) return false;
        return switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest(name + " must be true or false, was " + v);
        };
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, was " + v);
        }
        if (n < min || n > max) throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", was " + n);
        return n;
    }

    /** limit (capped at maxLimit: asking for more gets maxLimit) and offset (at most {@value #MAX_OFFSET}). */
    Page page(int defaultLimit, int maxLimit) {
        int limit = Math.min(integer("limit", defaultLimit, 1, Integer.MAX_VALUE), maxLimit);
        int offset = integer("offset", 0, 0, MAX_OFFSET);
        return new Page(limit, offset);
    }

    long pathLong(String name) {
        String v = ctx.pathParam(name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a number, was " + v);
        }
    }
}
