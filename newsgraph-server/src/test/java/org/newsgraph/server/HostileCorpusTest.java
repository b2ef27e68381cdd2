package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Article text is untrusted. The hostile corpus (test resource hostile.jsonl) puts script tags,
 * event handlers, javascript: URLs, CSS tricks, base/meta/link/object/embed/form elements and
 * {@code </script>} into headlines, captions, credits, bodies, quotes, speaker and actor names,
 * entity types, figure fields, places and events; its URLs point at a canary server on loopback.
 * Every page of the UI is drawn from it in real Chromium, and after each: no alert opened, the
 * canary received nothing, every resource the page loaded came from our own server, the
 * Content-Security-Policy had nothing to block, no injected element or handler is in the DOM,
 * and the hostile markup shows as text.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class HostileCorpusTest {

    @TempDir
    static Path dir;

    static Store store;
    static Server server;
    static HttpServer canary;
    static final List<String> canaryHits = new CopyOnWriteArrayList<>();
    static WebDriver browser;
    static List<ExtractedArticle> hostile;

    /** The elements our pages are built from; anything else in the DOM was injected. */
    private static final String CHECK_DOM = """
            const allowed = new Set(['HTML','HEAD','META','TITLE','LINK','SCRIPT','BODY','HEADER','NAV','MAIN','FOOTER',
              'A','P','SPAN','DIV','H1','H2','H3','SECTION','ASIDE','ARTICLE','UL','OL','LI','FORM','INPUT','LABEL',
              'BUTTON','MARK','Q','STRONG','FIGURE','FIGCAPTION','TABLE','THEAD','TBODY','TR','TH','TD','DL','DT','DD',
              'svg','rect','path','circle','line','polyline','text','title']);
            const bad = [];
            for (const e of document.querySelectorAll('*')) {
              if (!allowed.has(e.tagName)) bad.push('element ' + e.tagName);
              for (const a of e.attributes) {
                if (/^on/i.test(a.name) || a.name === 'style') bad.push('attribute ' + a.name + ' on ' + e.tagName);
                if ((a.name === 'href' || a.name === 'src') && !/^(#|\\/(?!\\/))/.test(a.value)) bad.push(a.name + '=' + a.value);
              }
            }
            const scripts = [...document.scripts].map((s) => s.getAttribute('src'));
            if (scripts.length !== 1 || scripts[0] !== '/js/app.js') bad.push('scripts ' + scripts);
            const links = [...document.querySelectorAll('link')].map((l) => l.getAttribute('href'));
            if (links.some((h) => h !== '/css/app.css' && h !== '/favicon.svg')) bad.push('links ' + links);
            const origin = location.origin;
            for (const r of performance.getEntriesByType('resource')) if (!r.name.startsWith(origin + '/')) bad.push('loaded ' + r.name);
            if (window.pwned !== undefined) bad.push('window.pwned set');
            if (document.documentElement.dataset.cspViolations) bad.push('CSP blocked ' + document.documentElement.dataset.cspBlocked);
            return bad;
            """;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir.resolve("profile"));
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            canaryHits.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        canary.start();
        hostile = Newsdesk.contract(Newsdesk.HOSTILE, Map.of("CANARY_PORT", String.valueOf(canary.getAddress().getPort())));
        store = Store.open(dir.resolve("store"));
        store.put(hostile);
        server = Server.start(store, Server.Options.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
        if (canary != null) canary.stop(0);
    }

    @Test
    void nothingInTheHostileCorpusRunsLoadsOrInjects() throws InterruptedException {
        String first = hostile.get(0).id();
        String actor = Http.enc("<img src=x onerror=alert('actor')>");
        String[][] pages = {
                {"#/", "search"},
                {"#/?q=harbour", "search"},
                {"#/article/" + first, "article"},
                {"#/article/" + first + "?fact=quote:0", "article"},
                {"#/article/" + hostile.get(1).id(), "article"},
                {"#/actors", "actors"},
                {"#/actor?name=" + actor, "actor"},
                {"#/figures", "figures"},
                {"#/stories?min=1", "stories"}, // every article, each a story of its own
                {"#/timeline", "timeline"},
                {"#/map", "map"},
        };
        for (String[] page : pages) {
            browser.get(server.uri() + page[0]);
            Chromium.waitFor(browser, page[1]);
            Thread.sleep(300); // give an injected handler or load the time to fire
            assertNoAlert(page[0]);
            @SuppressWarnings("unchecked")
            List<String> bad = (List<String>) ((JavascriptExecutor) browser).executeScript(CHECK_DOM);
            assertThat(bad).as("injected on " + page[0]).isEmpty();
            if (page[1].equals("article")) {
                for (var button : browser.findElements(By.cssSelector("button.fact"))) button.click();
                assertNoAlert(page[0] + " after clicking every fact");
                assertThat((List<?>) ((JavascriptExecutor) browser).executeScript(CHECK_DOM)).isEmpty();
            }
        }
        browser.get(server.uri() + "#/article/" + first);
        Chromium.waitFor(browser, "article");
        assertThat(browser.findElement(By.cssSelector(".article-head h1")).getText())
                .startsWith("<script>alert('headline')</script><img src=x onerror=alert('h')>");
        assertThat(browser.findElement(By.cssSelector(".photo .caption")).getText()).contains("<svg onload=alert('svg')>");
        assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("<script>window.pwned=1;alert('body')</script>");
        Thread.sleep(500);
        assertThat(canaryHits).as("requests that reached the canary").isEmpty();
    }

    @Test
    void theDetectorsSeeAnInjectionWhenThereIsOne() {
        browser.get(server.uri() + "#/actors");
        Chromium.waitFor(browser, "actors");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("const i = document.createElement('iframe'); i.setAttribute('onload', 'x');"
                + " document.body.append(i);");
        assertThat((List<?>) js.executeScript(CHECK_DOM)).isNotEmpty();
        Http.get(java.net.URI.create("http://127.0.0.1:" + canary.getAddress().getPort() + "/"), "probe");
        assertThat(canaryHits).contains("GET /probe");
        canaryHits.remove("GET /probe");
    }

    private static void assertNoAlert(String where) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("an alert opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
