package org.newsgraph.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.segment.DumpArticle;
import org.newsgraph.segment.DumpGenerator;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleSearch;
import org.newsgraph.store.query.Page;

/**
 * API latency: a store of generated articles, the server on loopback, a bounded number of
 * sequential requests per endpoint with java.net.http; beside it, the same questions asked of the
 * store in-process (the baseline), so the ratio is what HTTP, routing and JSON cost.
 */
public final class ApiBench {

    /** @param requests measured requests per endpoint; as many again warm up first */
    public record Settings(int articles, int requests, long seed) {}

    private static final int BATCH = 500;
    private static final int PER_DUMP = 100;
    private static final int QUERIES = 50;

    private ApiBench() {}

    /** Runs the bench and prints its table; false when a request failed. */
    public static boolean run(Settings s, PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("newsgraph-bench-api");
        try (Store store = Store.open(dir.resolve("store"))) {
            long t0 = System.nanoTime();
            List<String> ids = fill(store, s);
            double buildS = (System.nanoTime() - t0) / 1e9;
            List<String> words = queries(store, ids);
            List<String> articleIds = new ArrayList<>();
            for (int i = 0; i < QUERIES; i++) articleIds.add(ids.get((int) ((long) i * ids.size() / QUERIES)));
            Server.Options options = Server.Options.defaults().withPort(0).withRateLimit(1, 0); // no rate limit here
            try (Server server = Server.start(store, options)) {
                out.printf(Locale.ROOT, "store: %d generated articles (seed %d) built in %.1f s; server at %s;"
                        + " %d measured requests per endpoint after %d warm-up, sequential, one client%n",
                        store.count(), s.seed(), buildS, server.uri(), s.requests(), s.requests());
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                URI base = server.uri();
                Page page = Page.first(20);

                long[] searchHttp = measure(s.requests(), i -> get(http, base.resolve("api/search?limit=20&q="
                        + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8))));
                long[] searchStore = measure(s.requests(), i -> ArticleSearch.find(store, words.get(i % words.size()),
                        ArticleFilter.NONE, page, ApiRoutes.SNIPPET_MARKS, true));
                long[] plainHttp = measure(s.requests(), i -> get(http, base.resolve("api/search?facets=false&limit=20&q="
                        + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8))));
                long[] plainStore = measure(s.requests(), i -> ArticleSearch.find(store, words.get(i % words.size()),
                        ArticleFilter.NONE, page, ApiRoutes.SNIPPET_MARKS, false));
                long[] luceneOnly = measure(s.requests(), i -> store.search(words.get(i % words.size()), 21,
                        ApiRoutes.SNIPPET_MARKS));
                long[] articleHttp = measure(s.requests(), i -> get(http, base.resolve("api/articles/"
                        + articleIds.get(i % articleIds.size()))));
                long[] articleStore = measure(s.requests(), i -> ArticleJson.toTree(store.article(
                        articleIds.get(i % articleIds.size())).orElseThrow()));
                long[] listHttp = measure(s.requests(), i -> get(http, base.resolve("api/search?limit=20&offset="
                        + (i % 50) * 20)));
                long[] listStore = measure(s.requests(), i -> ArticleSearch.find(store, null, ArticleFilter.NONE,
                        new Page(20, (i % 50) * 20), ApiRoutes.SNIPPET_MARKS, true));

                out.printf(Locale.ROOT, "%-34s %8s %8s %8s | %-27s | %s%n", "endpoint (HTTP over loopback)", "p50 ms",
                        "p95 ms", "p99 ms", "in-process p50/p95/p99 ms", "ratio p50, p95");
                row(out, "GET /api/search?q=WORD (+facets)", searchHttp, searchStore);
                row(out, "GET /api/search?q=WORD&facets=false", plainHttp, plainStore);
                row(out, "GET /api/search (newest, +facets)", listHttp, listStore);
                row(out, "GET /api/articles/{id}", articleHttp, articleStore);
                out.printf(Locale.ROOT, "of which Store.search alone (Lucene + snippets, no facets, in-process):"
                        + " p50 %.2f ms, p95 %.2f ms%n", percentile(luceneOnly, .5), percentile(luceneOnly, .95));
                out.println("search words: " + String.join(" ", words.subList(0, Math.min(10, words.size()))) + " ...");
                return true;
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Generated dump articles, dated one a day over a few years, put in batches. */
    static List<String> fill(Store store, Settings s) {
        List<String> ids = new ArrayList<>(s.articles());
        List<ExtractedArticle> batch = new ArrayList<>(BATCH);
        LocalDate day0 = LocalDate.of(2031, 1, 1);
        int n = 0;
        for (int dump = 0; n < s.articles(); dump++) {
            int k = Math.min(PER_DUMP, s.articles() - n);
            for (DumpArticle d : DumpGenerator.generate(s.seed() + dump, k).articles()) {
                String date = day0.plusDays(n % 1200).toString();
                Article a = Article.assemble(new Source("generated/dump-" + dump + ".txt", null, "dump", d.offset()),
                        d.headline(), Published.fromMetadata(date), d.images(), d.blocks());
                batch.add(ExtractedArticle.bare(a));
                ids.add(a.id());
                n++;
                if (batch.size() == BATCH) {
                    store.put(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) store.put(batch);
        return ids;
    }

    /** Words from headlines spread over the store: each finds at least its own article. */
    static List<String> queries(Store store, List<String> ids) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < ids.size() && words.size() < QUERIES; i += Math.max(1, ids.size() / (QUERIES * 2))) {
            String headline = store.article(ids.get(i)).orElseThrow().article().headline();
            Arrays.stream(headline.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() >= 5)
                    .findFirst().ifPresent(words::add);
        }
        return new ArrayList<>(words);
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    /** Warm-up of n calls, then n measured calls; nanoseconds each, sorted. */
    private static long[] measure(int n, Call call) {
        long[] t = new long[n];
        try {
            for (int i = 0; i < n; i++) call.run(i);
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                call.run(i);
                t[i] = System.nanoTime() - t0;
            }
        } catch (Exception e) {
            throw new IllegalStateException("bench request failed: " + e.getMessage(), e);
        }
        Arrays.sort(t);
        return t;
    }

    private static void get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IOException(uri + " answered " + r.statusCode());
    }

    static double percentile(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static void row(PrintStream out, String name, long[] http, long[] store) {
        out.printf(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f | %7.2f / %7.2f / %7.2f   | %.1fx, %.1fx%n", name,
                percentile(http, .5), percentile(http, .95), percentile(http, .99),
                percentile(store, .5), percentile(store, .95), percentile(store, .99),
                percentile(http, .5) / percentile(store, .5), percentile(http, .95) / percentile(store, .95));
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
