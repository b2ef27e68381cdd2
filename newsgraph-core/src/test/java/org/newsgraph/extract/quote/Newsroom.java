package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Source;

/** Invented articles for the quote tests: paragraphs in, the quote stage's output out. */
final class Newsroom {

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String[]> entities = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();

    static Newsroom story(String... paragraphs) {
        Newsroom n = new Newsroom();
        n.paragraphs.addAll(List.of(paragraphs));
        return n;
    }

    /** Every mention of {@code text} as an entity of this type and actor (what the NLP stage would give). */
    Newsroom entity(String text, String type, String actor) {
        entities.add(new String[] {text, type, actor});
        return this;
    }

    Newsroom actor(String name, List<String> aliases, List<String> titles) {
        actors.add(new Actor("a" + actors.size(), name, "PERSON", aliases, titles, 1));
        return this;
    }

    List<Quote> quotes() {
        return run().quotes();
    }

    ExtractedArticle run() {
        Article a = Article.assemble(new Source("test", null, "text", 0), "Test", new Published(null, null, null, "none"),
                List.of(), paragraphs.stream().map(Block::paragraph).toList());
        List<Entity> es = new ArrayList<>();
        for (String[] e : entities) {
            int at = a.text().indexOf(e[0]);
            while (at >= 0) {
                es.add(new Entity(e[0], e[1], e[2], at, at + e[0].length()));
                at = a.text().indexOf(e[0], at + 1);
            }
        }
        es.sort((x, y) -> x.start() - y.start());
        ExtractedArticle x = new ExtractedArticle(a, es, actors, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
        return QuoteStage.standard().apply(x);
    }

    static Quote startingWith(List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + prefix + "' in " + quotes));
    }
}
