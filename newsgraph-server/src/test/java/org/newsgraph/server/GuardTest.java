package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** Host names, security headers on every response (Jetty's own error pages too), and the limits, over real sockets. */
class GuardTest {

    @TempDir
    static Path dir;

    static Store store;
    static Server server;
    static int port;

    @BeforeAll
    static void start() {
        store = Newsdesk.newsroom(dir.resolve("store"));
        server = Server.start(store, Server.Options.defaults().withPort(0).withAllowHosts(List.of("news.example"))
                .withMaxQueryChars(300));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static void secured(RawHttp.Response r) {
        Server.securityHeaders().forEach((k, v) -> assertThat(r.header(k)).as(k + " on a " + r.status()).isEqualTo(v));
    }

    @Test
    void loopbackNamesAndAllowedNamesAreAnsweredOthersRefused() {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "localhost", "LOCALHOST.", "news.example")) {
            RawHttp.Response r = RawHttp.get(port, "/api/stats", host);
            assertThat(r.status()).as(host).isEqualTo(200);
            secured(r);
        }
        for (String target : List.of("/api/stats", "/", "/index.html", "/api/nothing-here")) {
            RawHttp.Response r = RawHttp.get(port, target, "rebound.attacker.example:" + port);
            assertThat(r.status()).as(target).isEqualTo(403);
            assertThat(r.body().replace(" ", "")).contains("\"status\":403");
            assertThat(r.body()).contains("does not answer for host rebound.attacker.example");
            secured(r);
        }
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() {
        List<String> bad = List.of(
                "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "BREW / HTCPCP/1.0\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        for (String request : bad) {
            RawHttp.Response r = RawHttp.send(port, request);
            assertThat(r.status()).as(request.substring(0, 12)).isBetween(400, 505);
            secured(r);
            assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
        }
    }

    @Test
    void aQueryStringOverTheLimitIsRefusedAndQueryBombsAre400() {
        RawHttp.Response longOne = RawHttp.get(port, "/api/search?q=" + "a".repeat(400), "localhost");
        assertThat(longOne.status()).isEqualTo(414);
        secured(longOne);
        for (String bomb : List.of("%2F.%7B0%2C65535%7D%2F", "strike~2+harbour~2+council~2+drivers~2+vote~2",
                "(".repeat(40) + "a" + ")".repeat(40), "s*")) {
            RawHttp.Response r = RawHttp.get(port, "/api/search?q=" + bomb, "localhost");
            assertThat(r.status()).as(bomb).isEqualTo(400);
            assertThat(r.body().replace(" ", "")).startsWith("{\"error\":");
            secured(r);
        }
    }
}
