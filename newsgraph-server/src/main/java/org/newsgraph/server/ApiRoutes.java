package org.newsgraph.server;

import static org.newsgraph.server.Route.Param.day;
import static org.newsgraph.server.Route.Param.flag;
import static org.newsgraph.server.Route.Param.integer;
import static org.newsgraph.server.Route.Param.path;
import static org.newsgraph.server.Route.Param.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.Marks;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.Actors;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleSearch;
import org.newsgraph.store.query.Events;
import org.newsgraph.store.query.Figures;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Places;
import org.newsgraph.store.query.Quotes;
import org.newsgraph.store.query.Story;
import org.newsgraph.store.query.Timeline;

/** The API as a table of routes: each reads its parameters, asks the store, answers JSON. */
final class ApiRoutes {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_DAYS = 3660;
    static final int MAX_PLACES = 500;

    /**
     * Snippet marks the page turns into highlight elements: two private-use characters, so the
     * snippet stays plain text and is never parsed as HTML.
     */
    static final Marks SNIPPET_MARKS = new Marks("\uE000", "\uE001", false);

    private static final List<Route.Param> PAGE = List.of(
            integer("limit", "page size, default " + DEFAULT_LIMIT + ", at most " + MAX_LIMIT),
            integer("offset", "rows to skip, at most " + Params.MAX_OFFSET));
    private static final List<Route.Param> SPAN = List.of(
            day("from", "on or after this day (yyyy-mm-dd)"), day("to", "on or before this day (yyyy-mm-dd)"));

    private ApiRoutes() {}

    static List<Route> all(Store store) {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("/api/stats", "How many articles the store holds.", List.of(),
                ctx -> Json.ok(ctx, Map.of("articles", store.count()))));
        routes.add(new Route("/api/search",
                "Articles by words (Lucene syntax over headline and body) and filters, best first; without words,"
                        + " newest first. Reprints of one story are one item, the best-ranked print, with 'prints' saying"
                        + " how many matched and 'story' naming it."
                        + " Snippets mark matches between U+E000 and U+E001. Facets count months, sources,"
                        + " actors and places of the best 200 matches.",
                params(List.of(query("q", "words, Lucene syntax"), query("actor", "an actor's canonical name"),
                        query("place", "a place name"), query("source", "the source file"),
                        flag("quotes", "only articles with quotes"), flag("facets", "include facets (default true)")),
                        SPAN, PAGE),
                ctx -> {
                    Params p = new Params(ctx);
                    ArticleFilter filter = new ArticleFilter(p.date("from"), p.date("to"), p.text("actor"),
                            p.text("place"), p.text("source"), p.flag("quotes"));
                    Page page = p.page(DEFAULT_LIMIT, MAX_LIMIT);
                    boolean facets = ctx.queryParam("facets") == null || p.flag("facets");
                    ArticleSearch.Result r = ArticleSearch.find(store, p.text("q"), filter, page, SNIPPET_MARKS, facets);
                    Map<String, Object> body = Json.page(r.hits(), page.limit());
                    body.put("facets", r.facets());
                    Json.ok(ctx, body);
                }));
        routes.add(new Route("/api/articles/{id}",
                "One article with all its annotations (the output contract), every span an offset into text.",
                List.of(path("id", "string", "the article id")),
                ctx -> Json.ok(ctx, ArticleJson.toTree(article(store, ctx.pathParam("id"))))));
        routes.add(new Route("/api/articles/{id}/prints",
                "The other prints of the article's story (reprints found by shared text), in the order stored.",
                List.of(path("id", "string", "the article id")),
                ctx -> {
                    String id = article(store, ctx.pathParam("id")).id();
                    Json.ok(ctx, Map.of("items", store.query(db -> Story.otherPrints(db, id))));
                }));
        routes.add(new Route("/api/stories", "Stories the store holds several prints of (the same text from several"
                + " outlets or files), the most printed first.",
                params(List.of(query("min", "at least this many prints (default 2; 1 lists every article's story)")),
                        PAGE),
                ctx -> {
                    Params p = new Params(ctx);
                    int min = p.integer("min", 2, 1, Integer.MAX_VALUE);
                    Page page = p.page(DEFAULT_LIMIT, MAX_LIMIT);
                    Json.ok(ctx, Json.page(store.query(db -> Story.largest(db, min, page)), page.limit()));
                }));
        routes.add(new Route("/api/actors", "Actors with aliases, titles and counts, the most written-about first.",
                params(List.of(query("q", "part of the name, any case"), query("type", "PERSON, ORGANIZATION...")),
                        PAGE),
                ctx -> {
                    Params p = new Params(ctx);
                    Page page = p.page(DEFAULT_LIMIT, MAX_LIMIT);
                    String q = p.text("q");
                    String type = p.text("type");
                    Json.ok(ctx, Json.page(store.query(db -> Actors.list(db, q, type, page)), page.limit()));
                }));
        routes.add(new Route("/api/actors/{id}", "One actor by its numeric id: aliases, titles, counts, quotes and"
                + " figures per day, latest articles.", List.of(path("id", "integer", "the actor id")),
                ctx -> {
                    long id = new Params(ctx).pathLong("id");
                    String name = store.query(db -> Actors.name(db, id))
                            .orElseThrow(() -> ApiError.notFound("no actor with id " + id));
                    Json.ok(ctx, detail(store, name));
                }));
        routes.add(new Route("/api/actor", "One actor by canonical name (as quotes and figures name speakers and"
                + " claimants).", List.of(query("name", "the canonical name, required")),
                ctx -> Json.ok(ctx, detail(store, new Params(ctx).required("name")))));
        routes.add(new Route("/api/quotes", "Quotes by speaker, medium, words and date, oldest first.",
                params(List.of(query("speaker", "canonical speaker name"), query("medium", "statement, interview..."),
                        query("words", "every word must occur in the quote")), SPAN, PAGE),
                ctx -> {
                    Params p = new Params(ctx);
                    Quotes.Filter f = new Quotes.Filter(p.text("speaker"), p.text("medium"), p.text("words"),
                            p.date("from"), p.date("to"));
                    Page page = p.page(DEFAULT_LIMIT, MAX_LIMIT);
                    Json.ok(ctx, Json.page(store.query(db -> Quotes.find(db, f, page)), page.limit()));
                }));
        routes.add(new Route("/api/figures", "Figures by what they count, place, claimant and date, oldest first.",
                params(List.of(query("counts", "what the figure counts, e.g. killed"), query("place", "where"),
                        query("claimant", "canonical claimant name")), SPAN, PAGE),
                ctx -> {
                    Params p = new Params(ctx);
                    Figures.Filter f = new Figures.Filter(p.text("counts"), p.text("place"), p.text("claimant"),
                            p.date("from"), p.date("to"));
                    Page page = p.page(DEFAULT_LIMIT, MAX_LIMIT);
                    Json.ok(ctx, Json.page(store.query(db -> Figures.find(db, f, page)), page.limit()));
                }));
        routes.add(new Route("/api/figures/quantities", "What figures count, the most often counted first.", PAGE,
                ctx -> {
                    Page page = new Params(ctx).page(DEFAULT_LIMIT, MAX_LIMIT);
                    Json.ok(ctx, Json.page(store.query(db -> Figures.quantities(db, page)), page.limit()));
                }));
        routes.add(new Route("/api/events", "Events by actor (source or target), PLOVER action and date, oldest first.",
                params(List.of(query("actor", "canonical name"), query("action", "PLOVER type")), SPAN, PAGE),
                ctx -> {
                    Params p = new Params(ctx);
                    Events.Filter f = new Events.Filter(p.text("actor"), p.text("action"), p.date("from"), p.date("to"));
                    Page page = p.page(DEFAULT_LIMIT, MAX_LIMIT);
                    Json.ok(ctx, Json.page(store.query(db -> Events.find(db, f, page)), page.limit()));
                }));
        routes.add(new Route("/api/timeline", "Per day: articles published, events and quotes; at most " + MAX_DAYS
                + " days.", SPAN,
                ctx -> {
                    Params p = new Params(ctx);
                    String from = p.date("from");
                    String to = p.date("to");
                    Json.ok(ctx, Map.of("days", store.query(db -> Timeline.days(db, from, to, MAX_DAYS))));
                }));
        routes.add(new Route("/api/places", "Places with coordinates (GeoNames) and how many articles mention them.",
                params(SPAN, List.of(integer("limit", "at most this many places, at most " + MAX_PLACES))),
                ctx -> {
                    Params p = new Params(ctx);
                    String from = p.date("from");
                    String to = p.date("to");
                    int limit = Math.min(p.integer("limit", MAX_PLACES, 1, Integer.MAX_VALUE), MAX_PLACES);
                    Json.ok(ctx, Map.of("places", store.query(db -> Places.mapped(db, from, to, limit))));
                }));
        return List.copyOf(routes);
    }

    private static Actors.Detail detail(Store store, String name) {
        return store.query(db -> Actors.detail(db, name)).orElseThrow(() -> ApiError.notFound("no actor named " + name));
    }

    @SafeVarargs
    private static List<Route.Param> params(List<Route.Param>... groups) {
        List<Route.Param> out = new ArrayList<>();
        for (List<Route.Param> g : groups) out.addAll(g);
        return out;
    }

    /** The stored article with the id of a path, or the API's 400 (not hexadecimal) or 404 (not stored). */
    private static ExtractedArticle article(Store store, String id) {
        if (!id.matches("[0-9a-f]{1,64}")) throw ApiError.badRequest("id must be hexadecimal, was " + id);
        return store.article(id).orElseThrow(() -> ApiError.notFound("no article with id " + id));
    }
}
