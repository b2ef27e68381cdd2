package org.newsgraph.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.store.Hit;
import org.newsgraph.store.Marks;
import org.newsgraph.store.Store;

/**
 * Articles by words and filters, one page at a time, with the facets of the whole result.
 *
 * <p>The filters are answered in SQL (a set of ids); the words by Lucene, among those ids, ranked.
 * Without words, articles come newest first. Facets count the best {@value #FACET_DEPTH} matches
 * of a word search (all matches of a filter-only listing), which keeps a search's cost bounded.
 */
public final class ArticleSearch {

    static final int FACET_DEPTH = 200;
    private static final int OPENING = 240;

    /** One page of results and the facets of the result. */
    public record Result(Paged<Hit> hits, Facets facets) {}

    private ArticleSearch() {}

    /**
     * @param words Lucene query syntax, or null/blank to list by date
     * @throws org.newsgraph.store.BadQueryException when the words are not a valid query
     */
    public static Result find(Store store, String words, ArticleFilter filter, Page page, Marks marks,
                              boolean withFacets) {
        boolean hasWords = words != null && !words.isBlank();
        if (!hasWords) return listing(store, filter, page, withFacets);
        Set<String> within = filter.isEmpty() ? null : store.query(db -> Set.copyOf(Rows.list(db,
                "SELECT a.id FROM articles a" + filter.where().sql(), filter.where(), new Object[0],
                rs -> rs.getString(1))));
        if (within != null && within.isEmpty()) {
            store.searchIds(words, 1, null); // still reject a query that is not valid
            return new Result(new Paged<>(List.of(), page.offset(), false), Facets.EMPTY);
        }
        List<Hit> fetched = store.search(words, page.offset() + page.limit() + 1, marks, within);
        List<Hit> slice = fetched.subList(Math.min(page.offset(), fetched.size()), fetched.size());
        Paged<Hit> hits = Paged.of(slice, page);
        if (!withFacets) return new Result(hits, null);
        List<String> ids = store.searchIds(words, FACET_DEPTH, within);
        Where among = new Where().and("a.id IN (SELECT value FROM json_each(?))", json(ids));
        return new Result(hits, store.query(db -> Facets.of(db, among)));
    }

    private static Result listing(Store store, ArticleFilter filter, Page page, boolean withFacets) {
        Where where = filter.where();
        return store.query(db -> {
            List<Hit> rows = Rows.list(db, "SELECT a.id, a.headline, a.published_date, a.source_path,"
                    + " substr(a.text, 1, " + (OPENING + 40) + ") AS opening FROM articles a" + where.sql()
                    + " ORDER BY a.published_date DESC, a.ingested DESC" + page.sql(), // NULL sorts last in DESC
                    where, new Object[0], rs -> new Hit(rs.getString(1), rs.getString(2), 0f, rs.getString(3),
                            rs.getString(4), opening(rs.getString(5))));
            return new Result(Paged.of(rows, page), withFacets ? Facets.of(db, where) : null);
        });
    }

    private static String opening(String text) {
        if (text.length() <= OPENING) return text;
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > 0 ? cut : OPENING) + " …";
    }

    private static String json(List<String> ids) {
        try {
            return ArticleJson.mapper().writeValueAsString(new HashSet<>(ids));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }
}
