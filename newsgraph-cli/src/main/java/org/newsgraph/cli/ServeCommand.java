package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.server.Server;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The REST API and web UI over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (/api, described at /api/openapi.json) and the web UI over the store.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = Server.Options.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Answer requests for this Host name too (repeatable). By default only localhost, 127.0.0.1, "
                    + "[::1] and the --host address are answered, which keeps web pages from reaching the API by DNS rebinding.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--rate", paramLabel = "N", defaultValue = "50",
            description = "API requests per second one client address may make after its burst; 0: no limit (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "200",
            description = "API requests one client address may make at once (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "65536",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-query", paramLabel = "CHARS", defaultValue = "4096",
            description = "Longest query string accepted (default: ${DEFAULT-VALUE}).")
    int maxQuery;

    @Option(names = "--search-ms", paramLabel = "MS", defaultValue = "2000",
            description = "How long one full-text search may run before it is refused as too costly (default: ${DEFAULT-VALUE}).")
    long searchMs;

    @Override
    public Integer call() throws InterruptedException {
        if (Problems.noStore(data)) return 2;
        Store store = Store.open(data);
        Server server;
        try {
            server = Server.start(store, Server.Options.defaults().withHost(host).withPort(port)
                    .withRateLimit(burst, rate).withMaxRequestBytes(maxBody).withAllowHosts(allowHosts)
                    .withMaxQueryChars(maxQuery).withSearchMillis(searchMs));
        } catch (RuntimeException e) {
            store.close();
            System.err.println("newsgraph: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        // Ctrl-C: stop answering, then close the store (which commits the index) before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        System.out.println("newsgraph: serving " + store.count() + " articles from " + data + " at " + server.uri()
                + " (API described at " + server.uri() + "api/openapi.json); Ctrl-C stops");
        Thread.currentThread().join();
        return 0;
    }
}
