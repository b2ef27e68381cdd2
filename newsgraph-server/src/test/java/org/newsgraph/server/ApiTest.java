package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.Store;

/**
 * Every endpoint over real HTTP, against the real server on a real store (the sample corpus
 * through the pipeline plus the seeded facts; see {@link Newsdesk}). Nothing is mocked.
 */
class ApiTest {

    @TempDir
    static Path dir;

    static Store store;
    static Server server;
    static URI base;
    static List<ExtractedArticle> seed;

    @BeforeAll
    static void start() {
        store = Newsdesk.newsroom(dir.resolve("store"));
        seed = Newsdesk.contract(Newsdesk.SEED, Map.of());
        server = Server.start(store, Server.Options.defaults().withPort(0));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static ExtractedArticle monday() {
        return seed.get(0);
    }

    @Test
    void statsCountTheArticles() {
        assertThat(get(base, "api/stats").json().path("articles").asInt()).isEqualTo(8 + 3);
    }

    @Test
    void searchFindsByWordsMarksSnippetsAndCountsFacets() {
        Http.Response r = get(base, "api/search?q=displaced");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(ids(body)).contains(monday().id());
        assertThat(body.path("items").get(0).path("snippet").asText()).contains("\uE000displaced\uE001");
        for (JsonNode hit : body.path("items")) {
            // each hit says which story it stands for and how many matching prints were folded into it
            assertThat(hit.path("story").asText()).isNotBlank();
            assertThat(hit.path("prints").asInt()).isGreaterThanOrEqualTo(1);
        }
        assertThat(body.path("facets").path("actors").toString()).contains("Tomas Brandt");
        assertThat(body.path("facets").path("places").toString()).contains("Gdansk");
        assertThat(body.path("facets").path("months").toString()).contains("2031-03");
    }

    @Test
    void searchFiltersByDateActorPlaceSourceAndQuotes() {
        assertThat(ids(get(base, "api/search?q=displaced&from=2031-03-11&to=2031-03-12").json()))
                .containsExactly(seed.get(1).id());
        assertThat(ids(get(base, "api/search?actor=" + enc("Tomas Brandt")).json()))
                .containsExactlyInAnyOrder(seed.get(0).id(), seed.get(2).id());
        assertThat(ids(get(base, "api/search?place=Elblag").json()))
                .containsExactlyInAnyOrder(seed.get(0).id(), seed.get(2).id());
        assertThat(ids(get(base, "api/search?source=" + enc("seed/flood-tuesday.jsonl")).json()))
                .containsExactly(seed.get(1).id());
        // the sample corpus's articles carry their own extracted quotes now: every hit must have quotes
        List<String> quoted = ids(get(base, "api/search?quotes=true&limit=100").json());
        assertThat(quoted).contains(seed.get(0).id(), seed.get(1).id(), seed.get(2).id());
        for (String id : quoted) {
            assertThat(get(base, "api/articles/" + id).json().path("quotes").size()).as(id).isPositive();
        }
        assertThat(ids(get(base, "api/search?q=wind").json())).hasSize(1);
    }

    @Test
    void searchWithoutWordsListsNewestFirstAndPages() {
        JsonNode first = get(base, "api/search?limit=2").json();
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(first.path("items").get(0).path("published").asText()).isEqualTo("2031-03-13");
        JsonNode last = get(base, "api/search?limit=5&offset=10").json();
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("more").asBoolean()).isFalse();
    }

    @Test
    void pageSizeIsCappedAndBadPagingIsRefused() {
        JsonNode capped = get(base, "api/search?limit=100000").json();
        assertThat(capped.path("limit").asInt()).isEqualTo(ApiRoutes.MAX_LIMIT);
        assertThat(get(base, "api/actors?limit=5000").json().path("limit").asInt()).isEqualTo(ApiRoutes.MAX_LIMIT);
        assertError(get(base, "api/search?limit=0"), 400, "limit");
        assertError(get(base, "api/search?limit=ten"), 400, "limit");
        assertError(get(base, "api/search?offset=-1"), 400, "offset");
        assertError(get(base, "api/search?offset=10001"), 400, "offset");
    }

    @Test
    void badParametersAreJsonErrors() {
        assertError(get(base, "api/search?q=" + enc("AND")), 400, "bad query");
        assertError(get(base, "api/search?from=yesterday"), 400, "from must be a day");
        assertError(get(base, "api/search?quotes=maybe"), 400, "quotes");
        assertError(get(base, "api/search?q=" + "x".repeat(600)), 400, "longer than");
        assertError(get(base, "api/actor"), 400, "name is required");
        assertError(get(base, "api/actors/abc"), 400, "id must be a number");
    }

    @Test
    void anArticleComesWithAllItsAnnotations() {
        JsonNode a = get(base, "api/articles/" + monday().id()).json();
        assertThat(a.path("headline").asText()).isEqualTo(monday().article().headline());
        assertThat(a.path("quotes")).hasSize(3);
        assertThat(a.path("figures")).hasSize(3);
        JsonNode q = a.path("quotes").get(1);
        assertThat(a.path("text").asText().substring(q.path("start").asInt(), q.path("end").asInt()))
                .isEqualTo("The shelters are already full");
        assertThat(a.path("images").get(0).path("credit").asText()).isEqualTo("Pia Lund/Baltic Wire");
        assertThat(a.path("blocks")).hasSize(5);
        assertError(get(base, "api/articles/" + "0".repeat(32)), 404, "no article");
        assertError(get(base, "api/articles/not-hex"), 400, "hexadecimal");
        assertThat(a.path("story").asText()).as("no other print: a story of its own").isEqualTo(monday().id());
        assertThat(get(base, "api/articles/" + monday().id() + "/prints").json().path("items")).isEmpty();
        assertError(get(base, "api/articles/" + "0".repeat(32) + "/prints"), 404, "no article");
        assertThat(get(base, "api/stories").json().path("items")).as("no text is printed twice here").isEmpty();
        JsonNode every = get(base, "api/stories?min=1&limit=100").json().path("items");
        assertThat(every.size()).isEqualTo(get(base, "api/stats").json().path("articles").asInt());
        assertThat(every.get(0).path("prints").asInt()).isEqualTo(1);
        assertError(get(base, "api/stories?min=0"), 400, "min must be between");
    }

    @Test
    void actorsCarryAliasesTitlesAndCounts() {
        JsonNode list = get(base, "api/actors?q=brandt").json();
        assertThat(list.path("items")).hasSize(1);
        JsonNode brandt = list.path("items").get(0);
        assertThat(brandt.path("name").asText()).isEqualTo("Tomas Brandt");
        assertThat(brandt.path("aliases").toString()).contains("Brandt");
        assertThat(brandt.path("titles").toString()).contains("director of the Coastal Relief Network");
        assertThat(brandt.path("articles").asInt()).isEqualTo(2);
        assertThat(brandt.path("quotes").asInt()).isEqualTo(3);

        JsonNode byId = get(base, "api/actors/" + brandt.path("id").asLong()).json();
        JsonNode byName = get(base, "api/actor?name=" + enc("Tomas Brandt")).json();
        assertThat(byId).isEqualTo(byName);
        assertThat(byName.path("quotesPerDay").toString()).contains("2031-03-10").contains("2031-03-13");
        assertThat(byName.path("latestArticles")).hasSize(2);
        JsonNode authority = get(base, "api/actor?name=" + enc("Vistula Flood Authority")).json();
        assertThat(authority.path("figures").asInt()).isEqualTo(3);
        assertError(get(base, "api/actor?name=Nobody"), 404, "no actor");
        assertError(get(base, "api/actors/999999"), 404, "no actor");
    }

    @Test
    void quotesBySpeakerMediumAndWords() {
        JsonNode brandt = get(base, "api/quotes?speaker=" + enc("Tomas Brandt")).json();
        assertThat(brandt.path("items")).hasSize(3);
        assertThat(brandt.path("items").get(0).path("article").path("published").asText()).isEqualTo("2031-03-10");
        assertThat(get(base, "api/quotes?medium=interview").json().path("items").get(0).path("text").asText())
                .isEqualTo("Clean water is now the first concern");
        assertThat(get(base, "api/quotes?words=" + enc("river MARCH")).json().path("items")).hasSize(1);
        assertThat(get(base, "api/quotes?from=2031-03-11&to=2031-03-11").json().path("items")).hasSize(2);
    }

    @Test
    void figuresByCountsClaimantPlaceAndDate() {
        // the sample corpus adds its own extracted figures; the hand-written ones come from seed/ sources
        JsonNode displaced = get(base, "api/figures?counts=displaced").json();
        List<String> claimants = new ArrayList<>();
        displaced.path("items").forEach(f -> {
            assertThat(f.path("counts").asText()).isEqualTo("displaced");
            if (f.path("article").path("source").asText().startsWith("seed/")) claimants.add(f.path("claimant").asText());
        });
        assertThat(claimants).hasSize(6).containsOnly("Vistula Flood Authority", "Coastal Relief Network");
        assertThat(get(base, "api/figures?counts=displaced&claimant=" + enc("Coastal Relief Network")).json()
                .path("items")).extracting(f -> f.path("value").asDouble()).containsExactly(6500.0, 8000.0, 9400.0);
        assertThat(get(base, "api/figures?place=Elblag").json().path("items")).hasSize(2);
        assertThat(get(base, "api/figures?counts=displaced&from=2031-03-13").json().path("items")).hasSize(2);
        JsonNode quantities = get(base, "api/figures/quantities").json();
        JsonNode displacedQuantity = null;
        for (JsonNode q : quantities.path("items")) if (q.path("value").asText().equals("displaced")) displacedQuantity = q;
        assertThat(displacedQuantity).isNotNull();
        assertThat(displacedQuantity.path("n").asInt()).isEqualTo(displaced.path("items").size());
    }

    @Test
    void eventsTimelineAndPlaces() {
        // the sample corpus adds its own coded events and places; the hand-written ones come from seed/ sources
        List<String> seedEvents = new ArrayList<>();
        get(base, "api/events").json().path("items").forEach(e -> {
            if (e.path("article").path("source").asText().startsWith("seed/")) seedEvents.add(e.path("action").asText());
        });
        assertThat(seedEvents).hasSize(3);
        assertThat(get(base, "api/events?actor=" + enc("Vistula Flood Authority")).json().path("items")).hasSize(2);
        JsonNode days = get(base, "api/timeline?from=2031-03-10&to=2031-03-13").json().path("days");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).toString()).contains("\"articles\":1").contains("\"events\":1").contains("\"quotes\":3");
        assertThat(get(base, "api/timeline").json().path("days").size()).isGreaterThan(3); // the sample's days too
        JsonNode places = get(base, "api/places").json().path("places");
        assertThat(places.size()).isGreaterThanOrEqualTo(2);
        assertThat(places.findValues("name")).extracting(JsonNode::asText).contains("Gdansk", "Elblag");
        assertThat(places.get(0).path("geonameId").isNull() || places.get(0).path("geonameId").isNumber()).isTrue();
    }

    @Test
    void unknownEndpointsAreJson404s() {
        assertError(get(base, "api/nothing-here"), 404, "no such endpoint");
        Http.Response post = Http.send(HttpRequest.newBuilder(base.resolve("api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(post.status()).isEqualTo(404);
    }

    @Test
    void aRequestBodyOverTheLimitIsRefused() {
        Http.Response r = Http.send(HttpRequest.newBuilder(base.resolve("api/search"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(200_000))).build());
        assertError(r, 413, "larger than");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("", "js/app.js", "css/app.css", "api/search?q=flood", "api/nothing")) {
            Http.Response r = get(base, path);
            assertThat(r.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'").contains("object-src 'none'").contains("base-uri 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        assertThat(get(base, "").body()).contains("<script type=\"module\" src=\"/js/app.js\"></script>");
    }

    @Test
    void untrustedTextIsEscapedInJson() {
        try (Store hostile = Store.open(dir.resolve("hostile"))) {
            hostile.put(Newsdesk.contract(Newsdesk.HOSTILE, Map.of()));
            try (Server s = Server.start(hostile, Server.Options.defaults().withPort(0))) {
                String id = Newsdesk.contract(Newsdesk.HOSTILE, Map.of()).get(0).id();
                Http.Response r = get(s.uri(), "api/articles/" + id);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).doesNotContain("<").doesNotContain(">").contains("\\u003Cscript\\u003E");
                assertThat(r.json().path("headline").asText()).startsWith("<script>alert('headline')</script>");
            }
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        Http.Response r = get(base, "api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        for (Route route : ApiRoutes.all(store)) {
            assertThat(doc.path("paths").has(route.path())).as(route.path()).isTrue();
        }
        assertThat(doc.path("paths").path("/api/search").path("get").path("parameters").toString())
                .contains("\"q\"").contains("\"from\"").contains("\"actor\"").contains("\"limit\"");
    }

    @Test
    void aClientOverTheRateLimitGets429() {
        try (Server limited = Server.start(store, Server.Options.defaults().withPort(0).withRateLimit(3, 0.01))) {
            for (int i = 0; i < 3; i++) assertThat(get(limited.uri(), "api/stats").status()).isEqualTo(200);
            Http.Response refused = get(limited.uri(), "api/stats");
            assertError(refused, 429, "too many requests");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(get(limited.uri(), "js/app.js").status()).as("the UI's files are not limited").isEqualTo(200);
        }
    }

    @Test
    void theServerBindsToLoopbackByDefault() throws IOException {
        assertThat(Server.Options.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        List<InetAddress> outside = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) outside.add(a);
            }
        }
        for (InetAddress a : outside) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a, server.port()), 2000);
                throw new AssertionError("the server answered on " + a + ", not only on loopback");
            } catch (IOException refused) {
                // expected: nothing listens there
            }
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
        }
    }

    @Test
    void anEmptyStoreAnswersWithEmptyLists() {
        try (Store empty = Store.open(dir.resolve("empty"));
             Server s = Server.start(empty, Server.Options.defaults().withPort(0))) {
            assertThat(get(s.uri(), "api/search").json().path("items")).isEmpty();
            assertThat(get(s.uri(), "api/search?q=anything").json().path("items")).isEmpty();
            assertThat(get(s.uri(), "api/actors").json().path("items")).isEmpty();
            assertThat(get(s.uri(), "api/figures/quantities").json().path("items")).isEmpty();
            assertThat(get(s.uri(), "api/timeline").json().path("days")).isEmpty();
            assertThat(get(s.uri(), "api/places").json().path("places")).isEmpty();
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(h -> out.add(h.path("id").asText()));
        return out;
    }

    private static void assertError(Http.Response r, int status, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode e = r.json().path("error");
        assertThat(e.path("status").asInt()).isEqualTo(status);
        assertThat(e.path("message").asText()).contains(message);
    }
}
