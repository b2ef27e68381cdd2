package org.newsgraph.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * When reprints folded into their story's best-ranked print leave a page short, the matches fetched grow by
     * this factor, up to {@value #FOLD_CAP}.
     */
    static final int FOLD_FACTOR = 4;
    static final int FOLD_CAP = 2000;
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
        List<String> facetIds = withFacets ? store.searchIds(words, FACET_DEPTH, within) : List.of();
        Where among = new Where().and("a.id IN (SELECT value FROM json_each(?))", json(facetIds));
        int wanted = page.offset() + page.limit() + 1;
        // one connection for the stories and the facets: opening one costs more than either query
        Fetched read = store.query(db -> {
            // as many matches as the page needs, more only while reprints folded away leave it short
            for (int n = wanted; ; n = (int) Math.min(FOLD_CAP, n * (long) FOLD_FACTOR)) {
                List<Hit> ranked = store.search(words, n, marks, within);
                List<StoryFold> all = StoryFold.of(db, ids(ranked), json(ids(ranked)));
                if (all.size() >= wanted || ranked.size() < n || n >= FOLD_CAP)
                    return new Fetched(ranked, pageOf(all, page), withFacets ? Facets.of(db, among) : null);
            }
        });
        return new Result(Paged.of(inStories(read.ranked(), read.folds()), page), read.facets());
    }

    /** The matches read for a page, the page's stories among them, and the facets. */
    private record Fetched(List<Hit> ranked, List<StoryFold> folds, Facets facets) {}

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    /** The folds' hits, in the folds' order, each standing for its story. */
    private static List<Hit> inStories(List<Hit> hits, List<StoryFold> folds) {
        Map<String, Hit> byId = new HashMap<>();
        for (Hit h : hits) byId.put(h.id(), h);
        List<Hit> out = new ArrayList<>(folds.size());
        for (StoryFold f : folds) out.add(byId.get(f.id()).inStory(f.story(), f.prints()));
        return out;
    }

    private static Result listing(Store store, ArticleFilter filter, Page page, boolean withFacets) {
        Where where = filter.where();
        int wanted = page.offset() + page.limit() + 1;
        return store.query(db -> {
            for (int n = wanted; ; n = (int) Math.min(FOLD_CAP, n * (long) FOLD_FACTOR)) {
                // ids and stories first (cheap even for a deep page), the text only for the page's rows
                Map<String, String> storyOf = new HashMap<>();
                List<String> ids = Rows.list(db, "SELECT a.id, a.story FROM articles a" + where.sql()
                        + " ORDER BY a.published_date DESC, a.ingested DESC LIMIT " + n, // NULL sorts last in DESC
                        where, new Object[0], rs -> {
                            if (rs.getString(2) != null) storyOf.put(rs.getString(1), rs.getString(2));
                            return rs.getString(1);
                        });
                List<StoryFold> all = StoryFold.of(ids, storyOf);
                if (all.size() >= wanted || ids.size() < n || n >= FOLD_CAP) {
                    List<StoryFold> folds = pageOf(all, page);
                    List<String> pageIds = folds.stream().map(StoryFold::id).toList();
                    List<Hit> rows = Rows.list(db, "SELECT a.id, a.headline, a.published_date, a.source_path,"
                            + " substr(a.text, 1, " + (OPENING + 40) + ") FROM json_each(?) j JOIN articles a ON a.id = j.value",
                            null, new Object[] {json(pageIds)}, rs -> new Hit(rs.getString(1), rs.getString(2), 0f,
                                    rs.getString(3), rs.getString(4), opening(rs.getString(5))));
                    return new Result(Paged.of(inStories(rows, folds), page), withFacets ? Facets.of(db, where) : null);
                }
            }
        });
    }

    /** The folds on a page, and one more when there is one (to tell that another page follows). */
    private static List<StoryFold> pageOf(List<StoryFold> folds, Page page) {
        int from = Math.min(page.offset(), folds.size());
        return folds.subList(from, Math.min(folds.size(), from + page.limit() + 1));
    }

    private static String opening(String text) {
        if (text.length() <= OPENING) return text;
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > 0 ? cut : OPENING) + " …";
    }

    private static String json(List<String> ids) {
        try {
            return ArticleJson.mapper().writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }
}
