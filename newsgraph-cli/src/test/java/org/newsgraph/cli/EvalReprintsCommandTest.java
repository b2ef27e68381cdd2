package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reprint evaluation on four articles of our own: every full copy joins its original, no original merges. */
class EvalReprintsCommandTest {

    private static final String[][] ARTICLES = {
        {"Ferry fares rise for the second time this year",
            "The island ferry company will raise fares by six percent from April, its chief executive said on Monday.",
            "\"Fuel has never cost us more,\" Hanna Berglund told a meeting of the harbour board.",
            "Commuters' groups said they would ask the regional council to cap the rise.",
            "The company carried 1.2 million passengers last year, a tenth more than the year before."},
        {"Library opens after a two-year rebuild",
            "The central library reopened on Saturday with a roof garden, a music room and twice its old shelf space.",
            "Queues formed before dawn, and the first visitor in was a retired teacher who had borrowed books there since 1961.",
            "The rebuild cost 38 million, over budget by a fifth, the city's audit office found in March.",
            "Opening hours will run until ten at night on weekdays from next month."},
        {"Storm cuts power to thousands along the coast",
            "About 14,000 homes lost power overnight as gusts of up to 120 km/h brought down lines along the coast.",
            "Crews had restored supply to most of them by noon, the grid operator said in a statement.",
            "Two coastal roads stayed closed after trees fell across them near the old lighthouse.",
            "Forecasters expect the wind to ease by Thursday but warned of high tides on Friday morning."},
        {"School meals to go free for all pupils",
            "Every pupil in the district's primary schools will get a free lunch from September, the education board decided.",
            "The plan will cost about 9 million a year and is paid for by a new levy on holiday rentals.",
            "\"No child should learn on an empty stomach,\" board chair Tomas Ekdahl said after the vote.",
            "Opposition members said the levy would push rents up and voted against it."},
    };

    @Test
    void fullCopiesJoinTheirOriginalsAndDistinctArticlesStayApart(@TempDir Path tmp) throws Exception {
        for (int i = 0; i < ARTICLES.length; i++) {
            Files.writeString(tmp.resolve("article-" + i + ".txt"), String.join("\n\n", ARTICLES[i]) + "\n");
        }
        CommandsTest.Result r = CommandsTest.run("eval", "reprints", "--texts", tmp.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 articles, 4 edited copies")
                .contains("originals put in another original's story: 0 of 4")
                .containsPattern("new_headline_and_sign_off +1 +1 +0")
                .containsPattern("last_paragraph_cut +1 +1 +0")
                .containsPattern("curly_quotes_and_dateline +1 +1 +0")
                .containsPattern("first_half_only +1 +[01] +0");
    }

    @Test
    void storiesListsATextIngestedFromTwoOutletsOnce(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("island-times.txt"), String.join("\n\n", ARTICLES[0]) + "\n");
        Files.writeString(in.resolve("coast-post.txt"), "Ferry company to lift fares again\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ARTICLES[0], 1, ARTICLES[0].length))
                + "\n\nThe Coast Post will report on the board meeting.\n");
        Files.writeString(in.resolve("library.txt"), String.join("\n\n", ARTICLES[1]) + "\n");
        String data = tmp.resolve("data").toString();
        assertThat(CommandsTest.run("ingest", in.toString(), "--data", data).status()).isZero();
        CommandsTest.Result r = CommandsTest.run("stories", "--data", data);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("prints"))).hasSize(1);
        assertThat(r.out()).contains("2 prints").contains("island-times.txt").contains("coast-post.txt")
                .doesNotContain("library.txt");
    }
}
