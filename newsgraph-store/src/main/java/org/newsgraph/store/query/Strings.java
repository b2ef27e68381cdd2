package org.newsgraph.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.newsgraph.export.ArticleJson;

/** A JSON array of strings from SQLite's json_group_array, as a list. */
final class Strings {

    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

    private Strings() {}

    static List<String> fromJson(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return ArticleJson.mapper().readValue(json, LIST).stream().filter(s -> s != null && !s.isBlank()).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SQLite returned a list that is not JSON: " + json, e);
        }
    }
}
