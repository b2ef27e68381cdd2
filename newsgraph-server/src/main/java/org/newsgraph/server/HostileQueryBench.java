package org.newsgraph.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.store.Store;

/**
 * What hostile queries cost the search API: a store of generated articles, the server on loopback, each query bomb
 * sent several times (status and median time beside an ordinary search's, measured in the same run), then a fuzzed
 * run: random queries built from the query syntax's pieces, the store's words and stray bytes, bounded in number,
 * each answered 200 or refused 400, never 500.
 */
public final class HostileQueryBench {

    /** @param fuzzed random queries to send */
    public record Settings(int articles, int fuzzed, long seed) {}

    private static final int TIMES = 5;

    private HostileQueryBench() {}

    static Map<String, String> bombs() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("regex /.{0,65535}/", "/.{0,65535}/");
        b.put("thirty term~2", String.join(" ", Collections.nCopies(30, "harbour~2")));
        b.put("3,000 nested parentheses", "(".repeat(3000) + "harbour" + ")".repeat(3000));
        b.put("40 nested parentheses", "(".repeat(40) + "harbour" + ")".repeat(40));
        b.put("one-letter prefix a*", "a*");
        b.put("leading wildcard *arbour", "*arbour");
        b.put("wildcard soup ha*?*?*?*", "ha*?*?*?*?*?*?*?*?*?*?*?*?*");
        b.put("proximity \"a b\"~100000", "\"harbour council\"~100000");
        b.put("300 OR clauses", String.join(" OR ", Collections.nCopies(300, "ab")));
        b.put("range body:[a TO z]", "body:[a TO z]");
        b.put("unbalanced quote and colon", "\"harbour: (");
        return b;
    }

    public static boolean run(Settings s, PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("newsgraph-bench-hostile");
        try (Store store = Store.open(dir.resolve("store"))) {
            List<String> ids = ApiBench.fill(store, new ApiBench.Settings(s.articles(), 0, s.seed()));
            List<String> words = ApiBench.queries(store, ids);
            try (Server server = Server.start(store, Server.Options.defaults().withPort(0).withRateLimit(1, 0))) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                URI base = server.uri();
                for (String w : words) send(http, base, w); // warm-up: classes, JIT, index files
                double[] ordinary = new double[words.size()];
                for (int i = 0; i < words.size(); i++) ordinary[i] = time(http, base, words.get(i))[1];
                Arrays.sort(ordinary);
                double baseline = ordinary[ordinary.length / 2];
                out.printf(Locale.ROOT, "store: %d generated articles; server at %s; each bomb sent %d times;"
                        + " ordinary one-word search (baseline): median %.1f ms%n", store.count(), base, TIMES, baseline);
                out.printf(Locale.ROOT, "%-30s %6s %10s %10s%n", "query", "status", "median ms", "x baseline");
                boolean ok = true;
                for (Map.Entry<String, String> b : bombs().entrySet()) {
                    double[] ms = new double[TIMES];
                    int status = 0;
                    for (int i = 0; i < TIMES; i++) {
                        double[] r = time(http, base, b.getValue());
                        status = (int) r[0];
                        ms[i] = r[1];
                    }
                    Arrays.sort(ms);
                    out.printf(Locale.ROOT, "%-30s %6d %10.1f %10.1f%n", b.getKey(), status, ms[TIMES / 2],
                            ms[TIMES / 2] / baseline);
                    if (status >= 500) ok = false;
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                Random random = new Random(s.seed());
                long slowest = 0;
                String slowestQuery = "";
                for (int i = 0; i < s.fuzzed(); i++) {
                    String q = randomQuery(random, words);
                    long t0 = System.nanoTime();
                    int status = send(http, base, q);
                    long t = System.nanoTime() - t0;
                    if (t > slowest) {
                        slowest = t;
                        slowestQuery = q;
                    }
                    statuses.merge(status, 1, Integer::sum);
                    if (status >= 500) {
                        out.println("500 for query: " + q.replaceAll("\\p{Cntrl}", "?"));
                        ok = false;
                    }
                }
                out.printf(Locale.ROOT, "fuzzed run: %d random queries (seed %d), statuses %s; slowest %.1f ms (%s)%n",
                        s.fuzzed(), s.seed(), statuses, slowest / 1e6,
                        clip(slowestQuery.replaceAll("\\p{Cntrl}", "?")));
                return ok;
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    private static final String[] SYNTAX = {"AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "[", "]", "{", "}",
        "\"", "~", "~2", "~0.5", "^", "^3", "*", "?", ":", "\\", "/", "TO", "headline:", "body:", "published:", "id:",
        " ", " ", " ", "2031-03-10", "*:*", "\u0000", "\u00e9", "\ud83d\ude00", "\n", "%", "&", "=", "#"};

    /** A query of 1 to 30 pieces: syntax, the store's words, random letters and bytes. */
    static String randomQuery(Random r, List<String> words) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + r.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            switch (r.nextInt(4)) {
                case 0, 1 -> b.append(SYNTAX[r.nextInt(SYNTAX.length)]);
                case 2 -> b.append(words.get(r.nextInt(words.size())));
                default -> {
                    int n = 1 + r.nextInt(6);
                    for (int k = 0; k < n; k++) b.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : r.nextInt(128)));
                }
            }
            if (r.nextInt(3) == 0) b.append(' ');
        }
        return b.toString();
    }

    /** Status and milliseconds of one search. */
    private static double[] time(HttpClient http, URI base, String q) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        int status = send(http, base, q);
        return new double[] {status, (System.nanoTime() - t0) / 1e6};
    }

    private static int send(HttpClient http, URI base, String q) throws IOException, InterruptedException {
        URI uri = base.resolve("api/search?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
