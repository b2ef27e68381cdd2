package org.newsgraph.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One GET endpoint of the API: what Javalin serves and what the OpenAPI document describes, from
 * one table ({@link ApiRoutes}), so the two cannot disagree.
 *
 * @param path    Javalin path, {@code {name}} for path parameters
 * @param summary one line for the OpenAPI document
 * @param params  its parameters
 * @param handler what answers it
 */
record Route(String path, String summary, List<Param> params, Handler handler) {

    /** A parameter; type is an OpenAPI schema type: string, integer, boolean. */
    record Param(String name, boolean inPath, String type, String format, String description) {

        static Param query(String name, String description) {
            return new Param(name, false, "string", null, description);
        }

        static Param day(String name, String description) {
            return new Param(name, false, "string", "date", description);
        }

        static Param integer(String name, String description) {
            return new Param(name, false, "integer", null, description);
        }

        static Param flag(String name, String description) {
            return new Param(name, false, "boolean", null, description);
        }

        static Param path(String name, String type, String description) {
            return new Param(name, true, type, null, description);
        }
    }
}
