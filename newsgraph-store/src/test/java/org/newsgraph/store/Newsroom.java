package org.newsgraph.store;

import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Claim;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Image;
import org.newsgraph.model.Place;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Source;

/** Invented articles for the tests; every name, place and sentence here is made up. */
final class Newsroom {

    private Newsroom() {}

    /** "strike" in the headline only. Carries one fact of every kind. */
    static ExtractedArticle harbourStrike() {
        Article a = Article.assemble(new Source("wires/monday.txt", null, "dump", 0),
                "Harbour strike halts grain exports from Port Verel",
                new Published("2031-03-10", "2031-03-10", "2031-03-10", "dateline"),
                List.of(new Image("Idle cranes at the Port Verel grain terminal.", "Lena Okaro/Verel Post",
                        "Lena Okaro", "2031-03-09", false)),
                List.of(Block.paragraph("Dock workers in Port Verel walked off the job on Monday, leaving grain"
                                + " ships unloaded for a third day."),
                        Block.subhead("Union demands"),
                        Block.paragraph("\"We will not load a single ship until the contract is signed,\" said"
                                + " Mara Ilvesk, who leads the Verel Dockers Union."),
                        Block.paragraph("The port authority said 42 vessels were waiting offshore.")));
        String t = a.text();
        return new ExtractedArticle(a,
                List.of(entity(t, "Port Verel", "LOCATION", null),
                        entity(t, "Mara Ilvesk", "PERSON", "Mara Ilvesk"),
                        entity(t, "Verel Dockers Union", "ORGANIZATION", "Verel Dockers Union")),
                List.of(new Actor("a1", "Mara Ilvesk", "PERSON", List.of("Ilvesk"), List.of("union leader"), 1),
                        new Actor("a2", "Verel Dockers Union", "ORGANIZATION", List.of(), List.of(), 1)),
                List.of(new Quote("We will not load a single ship until the contract is signed", true,
                        "Mara Ilvesk", "Mara Ilvesk", false, "said", null,
                        start(t, "We will not load"), end(t, "until the contract is signed"),
                        start(t, "Mara Ilvesk"), end(t, "Mara Ilvesk"), start(t, "said"), end(t, "said"), "picket line",
                        -1)),
                List.of(new Figure(42.0, null, "vessels", "vessels waiting offshore", "Port Verel", "2031-03-10",
                        "port authority", start(t, "42 vessels"), end(t, "42 vessels"), "42", "vessels", 42.0, 42.0,
                        null, false, null, null)),
                List.of(new Claim("42 vessels were waiting offshore", "port authority", null,
                        start(t, "42 vessels were waiting offshore"), end(t, "42 vessels were waiting offshore"),
                        "unverified")),
                List.of(new DateMention("Monday", "2031-03-10", start(t, "Monday"), end(t, "Monday"))),
                List.of(portVerel(t)),
                List.of(new Event("Verel Dockers Union", "PROTEST", null, "2031-03-10", "Port Verel",
                        start(t, "Dock workers"), end(t, "third day."), "historical", "published",
                        t.substring(start(t, "Dock workers"), end(t, "third day.")))),
                null, List.of(portVerel(t)));
    }

    private static Place portVerel(String t) {
        return new Place("Port Verel", "XV", 12.5, -3.25, 9_000_001L, start(t, "Port Verel"), end(t, "Port Verel"),
                "Port Vérel", "Verel Coast", "P");
    }

    /** "strike" twice in the body, never in the headline; Mara Ilvesk again, under another alias. */
    static ExtractedArticle tramVote() {
        Article a = Article.assemble(new Source("wires/tuesday.txt", "https://example.org/tram", "dump", 812),
                "Council approves the eastern tram line",
                Published.fromMetadata("2031-03-11"),
                List.of(),
                List.of(Block.paragraph("The city council voted nine to four for the eastern tram line on Tuesday."),
                        Block.paragraph("The vote came a week after a strike by bus drivers, and Mara Ilvesk warned"
                                + " that a second strike could follow if the drivers' pay talks failed.")));
        String t = a.text();
        return new ExtractedArticle(a,
                List.of(entity(t, "Mara Ilvesk", "PERSON", "Mara Ilvesk")),
                List.of(new Actor("a1", "Mara Ilvesk", "PERSON", List.of("Ms Ilvesk"), List.of(), 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "story-7");
    }

    /** Nothing about strikes; a name that is not Mara Ilvesk's. */
    static ExtractedArticle appleHarvest() {
        Article a = Article.assemble(new Source("wires/tuesday.txt", null, "dump", 2406),
                "Orchard growers expect a record apple harvest",
                Published.unknown(),
                List.of(),
                List.of(Block.paragraph("Growers in the Amsel valley expect the largest apple harvest in a decade,"
                        + " after a mild spring and steady rain.")));
        String t = a.text();
        return new ExtractedArticle(a, List.of(entity(t, "Amsel", "LOCATION", null)),
                List.of(new Actor("a1", "Amsel Growers", "ORGANIZATION", List.of(), List.of(), 0)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    static List<ExtractedArticle> all() {
        return List.of(harbourStrike(), tramVote(), appleHarvest());
    }

    /** A bare article with a numbered, unique body, for tests that need many. */
    static ExtractedArticle numbered(int n) {
        return ExtractedArticle.bare(Article.assemble(new Source("wires/many.txt", null, "dump", n * 100L),
                "Bulletin number " + n, Published.unknown(), List.of(),
                List.of(Block.paragraph("Routine bulletin " + n + " from the overnight desk about ferry timetables."))));
    }

    private static Entity entity(String text, String mention, String type, String actor) {
        return new Entity(mention, type, actor, start(text, mention), end(text, mention));
    }

    static int start(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) throw new IllegalArgumentException("not in the text: " + part);
        return i;
    }

    static int end(String text, String part) {
        return start(text, part) + part.length();
    }
}
