package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How the articles of a result spread over months, sources, actors and places: what a reader
 * can narrow a search by. Each list holds the {@value #TOP} most frequent values (months: all, in order).
 */
public record Facets(List<Count> months, List<Count> sources, List<Count> actors, List<Count> places) {

    static final int TOP = 12;

    public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of());

    /** The facets of the articles {@code articles a} that {@code where} selects. */
    static Facets of(Connection db, Where where) throws SQLException {
        String w = where.sql();
        String and = where.isEmpty() ? " WHERE " : w + " AND ";
        return new Facets(
                Rows.counts(db, "SELECT substr(a.published_date, 1, 7) AS m, count(*) FROM articles a" + and
                        + "a.published_date IS NOT NULL GROUP BY m ORDER BY m", where),
                Rows.counts(db, "SELECT a.source_path, count(*) AS n FROM articles a" + and
                        + "a.source_path IS NOT NULL GROUP BY a.source_path ORDER BY n DESC, a.source_path LIMIT " + TOP,
                        where),
                Rows.counts(db, "SELECT x.name, count(DISTINCT a.id) AS n FROM articles a"
                        + " JOIN article_actors l ON l.article_id = a.id JOIN actors x ON x.id = l.actor_id" + w
                        + " GROUP BY x.name ORDER BY n DESC, x.name LIMIT " + TOP, where),
                Rows.counts(db, "SELECT " + PlaceKey.SHOWN + ", count(DISTINCT a.id) AS n FROM articles a"
                        + " JOIN places p ON p.article_id = a.id" + and
                        + "p.name IS NOT NULL GROUP BY " + PlaceKey.KEY + " ORDER BY n DESC, 1 LIMIT " + TOP, where));
    }
}
