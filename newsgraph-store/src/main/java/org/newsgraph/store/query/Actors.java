package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Actors across all articles: the list with counts, and one actor in full. An actor is its
 * canonical name (the contract names speakers and claimants by it); the same name under two
 * types is listed twice but described once.
 */
public final class Actors {

    /** One actor in the list. */
    public record Summary(long id, String name, String type, List<String> aliases, List<String> titles,
                          int articles, int mentions, int quotes, int figures) {}

    /** One actor in full: what the articles call it, and what it said and claimed over time. */
    public record Detail(String name, List<String> types, List<String> aliases, List<String> titles,
                         int articles, int mentions, int quotes, int figures,
                         List<ArticleRef> latestArticles, List<Count> quotesPerDay, List<Count> figuresPerDay) {}

    static final int LATEST = 50;

    private static final String ALIASES = "(SELECT json_group_array(DISTINCT j.value) FROM article_actors l2,"
            + " json_each(l2.aliases) j WHERE l2.actor_id = x.id)";
    private static final String TITLES = "(SELECT json_group_array(DISTINCT j.value) FROM article_actors l2,"
            + " json_each(l2.titles) j WHERE l2.actor_id = x.id)";

    private Actors() {}

    /**
     * Actors whose name contains {@code words} (case-insensitive; null: all) and of the type (null: any),
     * the most written-about first.
     */
    public static Paged<Summary> list(Connection db, String words, String type, Page page) throws SQLException {
        Where where = new Where().and("instr(lower(x.name), lower(?)) > 0", words).and("x.type = ?", type);
        List<Summary> rows = Rows.list(db, "SELECT x.id, x.name, x.type, count(DISTINCT l.article_id) AS articles,"
                + " sum(l.mentions) AS mentions,"
                + " (SELECT count(*) FROM quotes q WHERE q.speaker = x.name) AS quotes,"
                + " (SELECT count(*) FROM figures f WHERE f.claimant = x.name) AS figures, "
                + ALIASES + " AS aliases, " + TITLES + " AS titles"
                + " FROM actors x JOIN article_actors l ON l.actor_id = x.id" + where.sql()
                + " GROUP BY x.id ORDER BY articles DESC, x.name" + page.sql(), where, new Object[0], Actors::summary);
        return Paged.of(rows, page);
    }

    /** The canonical name of the actor with this id. */
    public static Optional<String> name(Connection db, long id) throws SQLException {
        return Rows.list(db, "SELECT name FROM actors WHERE id = ?", null, new Object[] {id}, rs -> rs.getString(1))
                .stream().findFirst();
    }

    /** The actor of this canonical name, or empty when no article names it, quotes it or cites its figures. */
    public static Optional<Detail> detail(Connection db, String name) throws SQLException {
        Object[] n = {name};
        List<String> types = Rows.list(db, "SELECT type FROM actors WHERE name = ? ORDER BY type", null, n,
                rs -> rs.getString(1)).stream().filter(t -> !t.isEmpty()).toList();
        List<String> names = Rows.list(db, "SELECT"
                + " (SELECT json_group_array(DISTINCT j.value) FROM actors x JOIN article_actors l ON l.actor_id = x.id,"
                + " json_each(l.aliases) j WHERE x.name = ?1),"
                + " (SELECT json_group_array(DISTINCT j.value) FROM actors x JOIN article_actors l ON l.actor_id = x.id,"
                + " json_each(l.titles) j WHERE x.name = ?1)", null, n,
                rs -> java.util.Arrays.asList(rs.getString(1), rs.getString(2))).get(0);
        int[] counts = Rows.list(db, "SELECT"
                + " (SELECT count(DISTINCT l.article_id) FROM article_actors l JOIN actors x ON x.id = l.actor_id"
                + " WHERE x.name = ?1),"
                + " (SELECT coalesce(sum(l.mentions), 0) FROM article_actors l JOIN actors x ON x.id = l.actor_id"
                + " WHERE x.name = ?1),"
                + " (SELECT count(*) FROM quotes WHERE speaker = ?1),"
                + " (SELECT count(*) FROM figures WHERE claimant = ?1)", null, n,
                rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).get(0);
        if (types.isEmpty() && counts[0] + counts[2] + counts[3] == 0
                && Rows.list(db, "SELECT 1 FROM actors WHERE name = ?", null, n, rs -> 1).isEmpty()) {
            return Optional.empty();
        }
        List<ArticleRef> latest = Rows.list(db, "SELECT a.id, a.headline, a.published_date, a.source_path"
                + " FROM articles a WHERE a.id IN (SELECT l.article_id FROM article_actors l JOIN actors x"
                + " ON x.id = l.actor_id WHERE x.name = ?1 UNION SELECT article_id FROM quotes WHERE speaker = ?1"
                + " UNION SELECT article_id FROM figures WHERE claimant = ?1)"
                + " ORDER BY a.published_date IS NULL, a.published_date DESC, a.ingested DESC LIMIT " + LATEST,
                null, n, Actors::ref);
        List<Count> quotesPerDay = Rows.counts(db, "SELECT substr(a.published_date, 1, 10) AS d, count(*)"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker = ?"
                + " AND a.published_date IS NOT NULL GROUP BY d ORDER BY d", null, name);
        List<Count> figuresPerDay = Rows.counts(db, "SELECT substr(a.published_date, 1, 10) AS d, count(*)"
                + " FROM figures f JOIN articles a ON a.id = f.article_id WHERE f.claimant = ?"
                + " AND a.published_date IS NOT NULL GROUP BY d ORDER BY d", null, name);
        return Optional.of(new Detail(name, types, Strings.fromJson(names.get(0)), Strings.fromJson(names.get(1)),
                counts[0], counts[1], counts[2], counts[3], latest, quotesPerDay, figuresPerDay));
    }

    static ArticleRef ref(ResultSet rs) throws SQLException {
        return new ArticleRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new Summary(rs.getLong("id"), rs.getString("name"), type.isEmpty() ? null : type,
                Strings.fromJson(rs.getString("aliases")), Strings.fromJson(rs.getString("titles")),
                rs.getInt("articles"), rs.getInt("mentions"), rs.getInt("quotes"), rs.getInt("figures"));
    }
}
