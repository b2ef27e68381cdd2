package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked article ids with the reprints of one story folded: the best-ranked print stands for the story and
 * counts the matching prints it stands for. A wire story run by a dozen outlets is one result, not a page of the
 * same text. An article without a story (stored before stories) is a story of its own.
 */
record StoryFold(String id, String story, int prints) {

    /** The folds of ranked ids, their stories read by primary key in the caller's connection. */
    static List<StoryFold> of(Connection db, List<String> rankedIds, String idsJson) throws SQLException {
        Map<String, String> storyOf = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT a.id, a.story FROM json_each(?) j JOIN articles a ON a.id = j.value")) {
            st.setString(1, idsJson);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) if (rs.getString(2) != null) storyOf.put(rs.getString(1), rs.getString(2));
            }
        }
        return of(rankedIds, storyOf);
    }

    static List<StoryFold> of(List<String> rankedIds, Map<String, String> storyOf) {
        Map<String, String> leader = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String id : rankedIds) {
            String key = storyOf.getOrDefault(id, "article:" + id);
            leader.putIfAbsent(key, id);
            count.merge(key, 1, Integer::sum);
        }
        List<StoryFold> out = new ArrayList<>(leader.size());
        for (var e : leader.entrySet()) out.add(new StoryFold(e.getValue(), storyOf.get(e.getValue()), count.get(e.getKey())));
        return out;
    }
}
