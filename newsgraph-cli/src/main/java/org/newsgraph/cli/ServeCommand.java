package org.newsgraph.cli;

import java.nio.file.Path;
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

    @Override
    public Integer call() throws InterruptedException {
        if (Problems.noStore(data)) return 2;
        Store store = Store.open(data);
        Server server;
        try {
            server = Server.start(store, Server.Options.defaults().withHost(host).withPort(port));
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
