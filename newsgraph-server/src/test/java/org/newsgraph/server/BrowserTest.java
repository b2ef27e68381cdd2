package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsgraph.store.Store;

/**
 * The web UI in real Chromium against the real server: search, an article with a quote clicked,
 * an actor, a figure compared across claimants, the timeline and the map; a screenshot of each
 * under docs/screenshots/. One browser for the whole class.
 *
 * <p>The store holds the sample corpus (examples/corpus, through the real pipeline) and, because
 * the sample carries no quotes, actors or figures until the extractors land, three hand-written
 * contract articles with such facts at correct offsets (test resource seed-facts.jsonl, see
 * {@link Newsdesk}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    @TempDir
    static Path dir;

    static Store store;
    static Server server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start(dir.resolve("profile"));
        store = Newsdesk.newsroom(dir.resolve("store"));
        server = Server.start(store, Server.Options.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static void open(String hash, String page) {
        browser.get(server.uri() + hash);
        Chromium.waitFor(browser, page);
        assertThat(one("#view").getText()).as("no missing value printed").doesNotContain("null").doesNotContain("undefined");
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static WebElement one(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** A click as the page receives it, also on elements that overlap (map circles) or wrap over lines. */
    private static void click(WebElement e) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", e);
    }

    @Test
    @Order(1)
    void searchShowsResultsWithMarkedSnippetsAndFacets() {
        open("#/", "search");
        assertThat(all(".hit")).hasSize(11); // 8 sample articles and 3 seeded ones, newest first
        assertThat(one(".facets").getText()).contains("Tomas Brandt").contains("Gdansk").contains("2025-02");
        WebElement box = one("form.search input[type=search]");
        box.sendKeys("floods OR wind OR harbour");
        one("form.search button").click();
        Chromium.waitFor(browser, "search");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q="));
        Chromium.waitFor(browser, "search");
        assertThat(all(".hit h3 a")).extracting(WebElement::getText)
                .contains("River floods force thousands from homes near Gdansk", "Wind Farm Approved Off the Coast of Gdansk");
        assertThat(all(".hit .snippet mark")).isNotEmpty();
        Chromium.screenshot(browser, "search");
    }

    @Test
    @Order(2)
    void clickingAQuoteScrollsToItsSentenceAndHighlightsIt() {
        open("#/?q=" + Http.enc("shelters"), "search");
        all(".hit h3 a").stream().filter(a -> a.getText().startsWith("River floods")).findFirst().orElseThrow().click();
        Chromium.waitFor(browser, "article");
        assertThat(one(".article-head h1").getText()).isEqualTo("River floods force thousands from homes near Gdansk");
        assertThat(one(".photo .caption").getText()).isEqualTo("Volunteers fill sandbags on the embankment outside Gdansk.");
        assertThat(one(".photo .credit").getDomProperty("textContent")).isEqualTo("Credit: Pia Lund/Baltic Wire");
        assertThat(one(".text").getText()).doesNotContain("Pia Lund"); // captions and credits never in the body
        assertThat(all(".text .fact-quote.spk-0")).isNotEmpty();
        assertThat(all(".text .fact-quote.spk-1")).isNotEmpty(); // the second speaker in another colour

        one("button.fact[data-fact='quote:1']").click();
        WebElement focus = one(".text .focus");
        assertThat(focus.getText()).isEqualTo("The shelters are already full");
        assertThat(String.join("", all(".text .sentence").stream().map(e -> e.getDomProperty("textContent")).toList()))
                .startsWith("\"The shelters are already full,\" Tomas Brandt");
        assertThat(one("button.fact[data-fact='quote:1']").getAttribute("class")).contains("active");
        Boolean visible = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                focus);
        assertThat(visible).as("the quote is scrolled into view").isTrue();
        assertThat(browser.getCurrentUrl()).contains("fact=quote%3A1");

        one("button.fact[data-fact='figure:1']").click();
        assertThat(one(".text .focus").getText()).isEqualTo("6,500");
        one("button.fact[data-fact='quote:1']").click();
        Chromium.screenshot(browser, "article");
    }

    @Test
    @Order(3)
    void anActorPageShowsQuotesOverTimeFiguresArticlesAliasesAndTitles() {
        open("#/article/" + Newsdesk.contract(Newsdesk.SEED, java.util.Map.of()).get(0).id(), "article");
        all(".legend a").stream().filter(a -> a.getText().equals("Tomas Brandt")).findFirst().orElseThrow().click();
        Chromium.waitFor(browser, "actor");
        assertThat(one(".actor-head h1").getText()).isEqualTo("Tomas Brandt");
        assertThat(one("dl.names").getText()).contains("Brandt").contains("director of the Coastal Relief Network");
        assertThat(all("ol.quotes li")).hasSize(3);
        assertThat(all("svg.chart rect.bar")).isNotEmpty();
        assertThat(all("ul.articles li")).hasSize(2);
        Chromium.screenshot(browser, "actor");

        // a quote on the actor page leads back to its sentence in its article
        click(all("ol.quotes li a").get(2));
        Chromium.waitFor(browser, "article");
        assertThat(one(".text .focus").getText()).isEqualTo("Clean water is now the first concern");
    }

    @Test
    @Order(4)
    void theFiguresPagePutsEachClaimantSideBySideOverTime() {
        // the sample corpus's own figures (extracted for real) sit beside the hand-written ones, so the
        // assertions name the hand-written claimants and days and allow for more
        open("#/figures?counts=displaced", "figures");
        assertThat(one("h1").getText()).isEqualTo("Figures: displaced");
        assertThat(all("table.side-by-side thead th")).extracting(WebElement::getText)
                .startsWith("Date").contains("Vistula Flood Authority", "Coastal Relief Network");
        assertThat(all("table.side-by-side tbody tr")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all("svg.chart circle.point")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all("svg.chart polyline.line")).hasSizeGreaterThanOrEqualTo(2);
        Chromium.screenshot(browser, "figures");
        all(".chips a").stream().filter(a -> a.getText().startsWith("killed")).findFirst().orElseThrow().click();
        Chromium.waitFor(browser, "figures");
        assertThat(one("h1").getText()).isEqualTo("Figures: killed");
    }

    @Test
    @Order(5)
    void theTimelineAndTheMapDrawWithBundledData() {
        open("#/timeline", "timeline");
        assertThat(all("svg.chart rect.bar")).hasSizeGreaterThan(5);
        assertThat(all("ol.events li")).hasSizeGreaterThanOrEqualTo(3); // the hand-written events and the sample's own
        Chromium.screenshot(browser, "timeline");
        open("#/map", "map");
        assertThat(all("svg.map path.country")).hasSizeGreaterThan(150);
        assertThat(all("svg.map circle.place")).hasSizeGreaterThanOrEqualTo(2);
        Chromium.screenshot(browser, "map");
        click(all("svg.map circle.place").get(0));
        Chromium.waitFor(browser, "search");
        assertThat(browser.getCurrentUrl()).contains("place=");
    }

    @Test
    @Order(6)
    void aSampleArticleWithoutFactsStillReads() {
        open("#/?q=" + Http.enc("wind farm"), "search");
        one(".hit h3 a").click();
        Chromium.waitFor(browser, "article");
        assertThat(one(".text").getText()).contains("offshore wind farm");
        assertThat(one(".article-head .byline").getText()).isEqualTo("By Marta Zielinska · Energy · Baltic Wire");
        assertThat(one(".facts").getText()).contains("none found in this article");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.dataset.cspViolations || '0'")).isEqualTo("0");
    }

    @Test
    @Order(7)
    void anArticlePageLinksTheOtherPrintsOfItsStory() throws Exception {
        // another outlet's copy of the sample's flood story: its own headline, the last paragraph cut, a sign-off
        // a relative path, as a user would give it: the page shows it
        Path reprint = Files.createDirectories(Path.of("target", "pannonia")).resolve("flood-reprint.txt");
        Files.writeString(reprint, String.join("\n",
                "Budapest Defences Withstand Danube Crest",
                "",
                "The Danube peaked in Budapest on Saturday at 8.4 metres, just below the record set in 2013, and the"
                        + " city's flood defences held, Mayor Katalin Szabo said.",
                "Some 3,000 soldiers and volunteers worked through the night to raise the embankments along the river,"
                        + " the national disaster agency said.",
                "\"The walls held because thousands of people carried sand for three days,\" Szabo said at a news"
                        + " conference.",
                "Downstream, authorities in the town of Paks evacuated about 400 residents as a precaution.",
                "Reporting by the Pannonia desk.",
                ""));
        assertThat(Newsdesk.ingest(store, reprint)).isEqualTo(1);
        // both prints match a search: one result stands for the story, whichever print ranks first
        open("#/?q=" + Http.enc("embankments"), "search");
        List<String> floods = all(".hit h3 a").stream().map(WebElement::getText)
                .filter(h -> h.equals("Budapest Defences Withstand Danube Crest")
                        || h.equals("Flood Defences Hold as River Danube Peaks in Budapest")).toList();
        assertThat(floods).hasSize(1);
        assertThat(all(".hit .prints")).extracting(WebElement::getText)
                .containsExactly("· and 1 more print of this story");
        open("#/?q=" + Http.enc("Defences Hold"), "search");
        one(".hit h3 a").click();
        Chromium.waitFor(browser, "article");
        assertThat(one("h1").getText()).isEqualTo("Flood Defences Hold as River Danube Peaks in Budapest");
        assertThat(all(".article-head .prints li a")).extracting(WebElement::getText)
                .containsExactly("Budapest Defences Withstand Danube Crest");
        one(".article-head .prints li a").click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBe(By.cssSelector("h1"), "Budapest Defences Withstand Danube Crest"));
        assertThat(all(".article-head .prints li a")).extracting(WebElement::getText)
                .containsExactly("Flood Defences Hold as River Danube Peaks in Budapest");
        Chromium.screenshot(browser, "prints");
        open("#/stories", "stories");
        assertThat(all("table.stories tbody tr")).hasSize(1);
        assertThat(one("table.stories tbody tr").getText()).contains("Flood Defences Hold as River Danube Peaks in Budapest")
                .contains("2").contains("floods-crlf.txt").contains("flood-reprint.txt");
        Chromium.screenshot(browser, "stories");
    }
}
