package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.BadQueryException;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API under {@code /api} and the web UI (static files from the classpath), one process,
 * on loopback unless told otherwise.
 *
 * <p>Every response carries {@link SecurityHeaders}. API requests are rate-limited per client
 * address; a request with a body larger than the limit is refused (no endpoint takes a body);
 * errors are JSON: {@code {"error": {"status", "message"}}}.
 */
public final class Server implements AutoCloseable {

    /** Where the UI's files lie on the classpath. */
    static final String WEB = "/org/newsgraph/server/web";

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    /**
     * @param host             the address to bind; loopback by default, so that nothing outside the machine can reach it
     * @param port             0 for any free port
     * @param burst            API requests a client may make at once
     * @param perSecond        API requests a client may make per second after the burst; 0 turns the limit off
     * @param maxRequestBytes  the largest request body accepted
     * @param allowHosts       Host names answered besides the loopback names and the bound address ({@link HostCheck})
     * @param maxQueryChars    the longest query string (after the {@code ?}) accepted
     * @param searchMillis     how long one full-text search may run before it is refused as too costly
     */
    public record Options(String host, int port, int burst, double perSecond, long maxRequestBytes,
                          List<String> allowHosts, int maxQueryChars, long searchMillis) {

        public static final String LOOPBACK = "127.0.0.1";

        public Options {
            allowHosts = List.copyOf(allowHosts);
        }

        public static Options defaults() {
            return new Options(LOOPBACK, 8080, 200, 50, 64 * 1024, List.of(), 4096, 2000);
        }

        public Options withHost(String h) {
            return new Options(h, port, burst, perSecond, maxRequestBytes, allowHosts, maxQueryChars, searchMillis);
        }

        public Options withPort(int p) {
            return new Options(host, p, burst, perSecond, maxRequestBytes, allowHosts, maxQueryChars, searchMillis);
        }

        public Options withRateLimit(int b, double s) {
            return new Options(host, port, b, s, maxRequestBytes, allowHosts, maxQueryChars, searchMillis);
        }

        public Options withMaxRequestBytes(long n) {
            return new Options(host, port, burst, perSecond, n, allowHosts, maxQueryChars, searchMillis);
        }

        public Options withAllowHosts(List<String> names) {
            return new Options(host, port, burst, perSecond, maxRequestBytes, names, maxQueryChars, searchMillis);
        }

        public Options withMaxQueryChars(int n) {
            return new Options(host, port, burst, perSecond, maxRequestBytes, allowHosts, n, searchMillis);
        }

        public Options withSearchMillis(long ms) {
            return new Options(host, port, burst, perSecond, maxRequestBytes, allowHosts, maxQueryChars, ms);
        }
    }

    private final Javalin app;
    private final Options options;

    private Server(Javalin app, Options options) {
        this.app = app;
        this.options = options;
    }

    /** Starts serving the store; the store stays the caller's to close (after this server). */
    public static Server start(Store store, Options options) {
        List<Route> routes = ApiRoutes.all(store);
        String openApi = Json.write(OpenApi.document(routes));
        RateLimit limit = new RateLimit(options.burst(), options.perSecond());
        HostCheck hosts = new HostCheck(options.host(), options.allowHosts());
        store.searchBudget(java.time.Duration.ofMillis(options.searchMillis()));
        Javalin app = Javalin.create(config -> {
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ErrorPages());
            });
            config.jetty.modifyServletContextHandler(context -> context.insertHandler(new Guard(null, hosts)));
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
                files.headers = SecurityHeaders.ALL;
            });
            config.routes.before(ctx -> {
                SecurityHeaders.ALL.forEach(ctx::header);
                String query = ctx.queryString();
                if (query != null && query.length() > options.maxQueryChars()) {
                    throw new ApiError(414, "the query string is longer than " + options.maxQueryChars() + " characters");
                }
                if (ctx.contentLength() > options.maxRequestBytes()) {
                    throw new ApiError(413, "the request body is larger than " + options.maxRequestBytes() + " bytes");
                }
                if (ctx.path().startsWith("/api/") && !limit.allow(ctx.ip())) {
                    ctx.header("Retry-After", String.valueOf(limit.retryAfterSeconds()));
                    throw new ApiError(429, "too many requests from " + ctx.ip() + "; slow down");
                }
            });
            for (Route r : routes) config.routes.get(r.path(), r.handler());
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(openApi));
            config.routes.exception(ApiError.class, (e, ctx) -> Json.send(ctx, e.status(), Json.error(e.status(),
                    e.getMessage())));
            config.routes.exception(BadQueryException.class, (e, ctx) -> Json.send(ctx, 400, Json.error(400,
                    e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                Json.send(ctx, 500, Json.error(500, "the server failed to answer; see its log"));
            });
            config.routes.error(404, ctx -> notFound(ctx));
        });
        app.start();
        return new Server(app, options);
    }

    private static void notFound(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("application/json")) return; // our own 404, already JSON
        if (ctx.path().startsWith("/api")) {
            Json.send(ctx, 404, Json.error(404, "no such endpoint: " + ctx.method() + " " + ctx.path()
                    + " (see /api/openapi.json)"));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result("not found");
        }
    }

    public int port() {
        return app.port();
    }

    public String host() {
        return options.host();
    }

    /** The base address, e.g. http://127.0.0.1:8080/ */
    public URI uri() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The headers every response carries (for tests and docs). */
    public static Map<String, String> securityHeaders() {
        return SecurityHeaders.ALL;
    }

    @Override
    public void close() {
        app.stop();
    }
}
