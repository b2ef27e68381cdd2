package org.newsgraph.store.query;

/**
 * What an article must have besides matching the words of a search; null fields do not filter.
 *
 * @param from      published on or after this day (ISO 8601 date)
 * @param to        published on or before this day
 * @param actor     an actor's canonical name the article names
 * @param place     a place name the article mentions
 * @param source    the file the article was read from
 * @param hasQuotes only articles with at least one quote
 */
public record ArticleFilter(String from, String to, String actor, String place, String source, boolean hasQuotes) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, false);

    public boolean isEmpty() {
        return where().isEmpty();
    }

    /** The conditions on {@code articles a}. */
    Where where() {
        return new Where()
                .and("substr(a.published_date, 1, 10) >= ?", from)
                .and("substr(a.published_date, 1, 10) <= ?", to)
                .and("a.id IN (SELECT l.article_id FROM article_actors l JOIN actors x ON x.id = l.actor_id"
                        + " WHERE x.name = ?)", actor)
                .and("a.id IN (SELECT p.article_id FROM places p WHERE p.name = ? OR p.geoname = ?)", place, place)
                .and("a.source_path = ?", source)
                .andIf(hasQuotes, "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id)");
    }
}
