package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.query.Actors;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleSearch;
import org.newsgraph.store.query.Count;
import org.newsgraph.store.query.Events;
import org.newsgraph.store.query.Figures;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Paged;
import org.newsgraph.store.query.Places;
import org.newsgraph.store.query.Quotes;
import org.newsgraph.store.query.Timeline;

/** The query package on the invented newsroom: every question answered from the real tables. */
class QueriesTest {

    @TempDir
    Path dir;

    private Store store;
    private final ExtractedArticle strike = Newsroom.harbourStrike();
    private final ExtractedArticle tram = Newsroom.tramVote();
    private final ExtractedArticle harvest = Newsroom.appleHarvest();

    @BeforeEach
    void fill() {
        store = Store.open(dir);
        store.put(List.of(strike, tram, harvest));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void wordsAndFiltersCombineAndFacetsCountTheResult() {
        ArticleSearch.Result all = ArticleSearch.find(store, "strike", ArticleFilter.NONE, Page.first(10),
                Marks.BRACKETS, true);
        assertThat(all.hits().items()).extracting(Hit::id).containsExactly(strike.id(), tram.id());
        assertThat(all.facets().months()).containsExactly(new Count("2031-03", 2));
        assertThat(all.facets().actors()).contains(new Count("Mara Ilvesk", 2));
        assertThat(all.facets().places()).containsExactly(new Count("Port Verel", 1));

        ArticleFilter quoted = new ArticleFilter(null, null, null, null, null, true);
        assertThat(ArticleSearch.find(store, "strike", quoted, Page.first(10), Marks.BRACKETS, false).hits().items())
                .extracting(Hit::id).containsExactly(strike.id());
        ArticleFilter day = new ArticleFilter("2031-03-11", "2031-03-11", null, null, null, false);
        assertThat(ArticleSearch.find(store, "strike", day, Page.first(10), Marks.BRACKETS, false).hits().items())
                .extracting(Hit::id).containsExactly(tram.id());
        ArticleFilter nowhere = new ArticleFilter(null, null, null, "Atlantis", null, false);
        assertThat(ArticleSearch.find(store, "strike", nowhere, Page.first(10), Marks.BRACKETS, true).hits().items())
                .isEmpty();
    }

    @Test
    void withoutWordsArticlesComeNewestFirstAndPagesSayWhetherMoreFollow() {
        Paged<Hit> first = ArticleSearch.find(store, null, ArticleFilter.NONE, new Page(2, 0), Marks.BRACKETS, false)
                .hits();
        assertThat(first.items()).extracting(Hit::id).containsExactly(tram.id(), strike.id());
        assertThat(first.more()).isTrue();
        Paged<Hit> second = ArticleSearch.find(store, null, ArticleFilter.NONE, new Page(2, 2), Marks.BRACKETS, false)
                .hits();
        assertThat(second.items()).extracting(Hit::id).containsExactly(harvest.id());
        assertThat(second.more()).isFalse();
        ArticleFilter source = new ArticleFilter(null, null, "Mara Ilvesk", null, "wires/tuesday.txt", false);
        assertThat(ArticleSearch.find(store, "", source, Page.first(5), Marks.BRACKETS, false).hits().items())
                .extracting(Hit::id).containsExactly(tram.id());
    }

    @Test
    void actorsCarryAliasesTitlesAndCounts() {
        Paged<Actors.Summary> list = store.query(db -> Actors.list(db, "ilvesk", null, Page.first(10)));
        assertThat(list.items()).hasSize(1);
        Actors.Summary mara = list.items().get(0);
        assertThat(mara.name()).isEqualTo("Mara Ilvesk");
        assertThat(mara.aliases()).containsExactlyInAnyOrder("Ilvesk", "Ms Ilvesk");
        assertThat(mara.titles()).containsExactly("union leader");
        assertThat(mara.articles()).isEqualTo(2);
        assertThat(mara.quotes()).isEqualTo(1);
        assertThat(store.<java.util.Optional<String>>query(db -> Actors.name(db, mara.id()))).contains("Mara Ilvesk");

        Actors.Detail d = store.query(db -> Actors.detail(db, "Mara Ilvesk")).orElseThrow();
        assertThat(d.types()).containsExactly("PERSON");
        assertThat(d.latestArticles()).extracting(r -> r.id()).containsExactly(tram.id(), strike.id());
        assertThat(d.quotesPerDay()).containsExactly(new Count("2031-03-10", 1));
        assertThat(store.<java.util.Optional<Actors.Detail>>query(db -> Actors.detail(db, "Nobody At All"))).isEmpty();
        assertThat(store.query(db -> Actors.detail(db, "port authority")).orElseThrow().figures()).isEqualTo(1);
    }

    @Test
    void quotesFiguresEventsPlacesAndTimelineAnswerFromTheTables() {
        Quotes.Row q = store.query(db -> Quotes.find(db, new Quotes.Filter("Mara Ilvesk", null, "single SHIP", null,
                null), Page.first(5))).items().get(0);
        assertThat(strike.article().text().substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.article().headline()).isEqualTo(strike.article().headline());
        assertThat(strike.article().text().substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Mara Ilvesk");
        assertThat(strike.article().text().substring(q.cueStart(), q.cueEnd())).isEqualTo("said");
        assertThat(q.setting()).isEqualTo("picket line");
        assertThat(store.query(db -> Quotes.find(db, new Quotes.Filter(null, null, "tram", null, null),
                Page.first(5))).items()).isEmpty();

        Figures.Row f = store.query(db -> Figures.find(db, new Figures.Filter("vessels", null, "port authority",
                "2031-03-01", "2031-03-31"), Page.first(5))).items().get(0);
        assertThat(f.value()).isEqualTo(42.0);
        assertThat(f.where()).isEqualTo("Port Verel");
        assertThat(f.text()).isEqualTo("42");
        assertThat(f.low()).isEqualTo(42.0);
        assertThat(f.unit()).isNull();
        assertThat(store.query(db -> Figures.quantities(db, Page.first(5))).items())
                .containsExactly(new Count("vessels", 1));

        assertThat(store.query(db -> Events.find(db, new Events.Filter("Verel Dockers Union", null, null, null),
                Page.first(5))).items()).extracting(Events.Row::action, Events.Row::mode).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PROTEST", "historical"));
        assertThat(store.<List<Places.Mapped>>query(db -> Places.mapped(db, null, null, 10)))
                .extracting(Places.Mapped::name, Places.Mapped::articles).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Port Verel", 1));
        List<Timeline.Day> days = new ArrayList<>(store.query(db -> Timeline.days(db, null, null, 100)));
        assertThat(days).containsExactly(new Timeline.Day("2031-03-10", 1, 1, 1),
                new Timeline.Day("2031-03-11", 1, 0, 0));
    }

    @Test
    void onePlaceUnderSeveralNamesIsOneRowOnTheMapAndInTheFacets() {
        org.newsgraph.model.Article a = org.newsgraph.model.Article.assemble(
                new org.newsgraph.model.Source("wires/wednesday.txt", null, "dump", 0), "Envoys meet",
                org.newsgraph.model.Published.fromMetadata("2031-03-12"), List.of(),
                List.of(org.newsgraph.model.Block.paragraph("US envoys met in Vardo. The United States said the U.S. offer stands.")));
        String t = a.text();
        List<org.newsgraph.model.Place> ps = new ArrayList<>();
        for (String name : List.of("US", "United States", "U.S.")) {
            int at = t.indexOf(name);
            ps.add(new org.newsgraph.model.Place(name, "US", 39.76, -98.5, 6252001L, at, at + name.length(),
                    "United States", null, "A"));
        }
        store.put(List.of(ExtractedArticle.bare(a).withPlaces(ps, List.of())));
        List<Places.Mapped> mapped = store.query(db -> Places.mapped(db, null, null, 10));
        assertThat(mapped).extracting(Places.Mapped::name, Places.Mapped::articles, Places.Mapped::mentions).contains(
                org.assertj.core.groups.Tuple.tuple("United States", 1, 3));
        assertThat(mapped).extracting(Places.Mapped::name).doesNotContain("US", "U.S.");
        ArticleSearch.Result envoys = ArticleSearch.find(store, "envoys", ArticleFilter.NONE, Page.first(10),
                Marks.BRACKETS, true);
        assertThat(envoys.facets().places()).containsExactly(new Count("United States", 1));
        // the facet's name finds the article whichever name it used
        ArticleSearch.Result filtered = ArticleSearch.find(store, "envoys",
                new ArticleFilter(null, null, null, "United States", null, false), Page.first(10), Marks.BRACKETS, true);
        assertThat(filtered.hits().items()).hasSize(1);
    }
}
