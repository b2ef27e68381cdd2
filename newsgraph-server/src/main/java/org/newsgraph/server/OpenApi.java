package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3 document of the API, written from the route table. */
final class OpenApi {

    private OpenApi() {}

    static Map<String, Object> document(List<Route> routes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "newsgraph API", "version", "0.1.0",
                "description", "Read the news as a knowledge base: articles, actors, quotes, figures, events and"
                        + " places, every fact with its offsets into its article's text. Lists are paged with"
                        + " limit and offset; errors are {\"error\": {\"status\", \"message\"}}.",
                "license", Map.of("name", "GPL-3.0-or-later", "url", "https://www.gnu.org/licenses/gpl-3.0.html")));
        doc.put("servers", List.of(Map.of("url", "/")));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) paths.put(r.path(), Map.of("get", operation(r)));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", Map.of("Error", Map.of("type", "object", "properties",
                Map.of("error", Map.of("type", "object", "properties", Map.of(
                        "status", Map.of("type", "integer"), "message", Map.of("type", "string"))))))));
        return doc;
    }

    private static Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.summary());
        op.put("operationId", r.path().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", ""));
        List<Map<String, Object>> params = new ArrayList<>();
        for (Route.Param p : r.params()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.type());
            if (p.format() != null) schema.put("format", p.format());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("in", p.inPath() ? "path" : "query");
            m.put("required", p.inPath());
            m.put("description", p.description());
            m.put("schema", schema);
            params.add(m);
        }
        if (!params.isEmpty()) op.put("parameters", params);
        Map<String, Object> error = Map.of("description", "error", "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK", "content",
                Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        responses.put("400", error);
        if (r.path().contains("{")) responses.put("404", error);
        responses.put("429", error);
        op.put("responses", responses);
        return op;
    }
}
