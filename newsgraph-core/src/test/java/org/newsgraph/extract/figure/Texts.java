package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Source;

/**
 * Builds the inputs the figure and claim rules read, by hand, from invented sentences: what the NLP and quotes
 * stages would have put in the model (test data, not mocks). Spans are found by searching the text.
 */
public final class Texts {

    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();

    private Texts(String text) {
        this.text = text;
    }

    /** One paragraph per argument. */
    public static Texts of(String... paragraphs) {
        return new Texts(String.join("\n\n", paragraphs));
    }

    public Texts entity(String mention, String type, String actor) {
        int at = at(mention);
        entities.add(new Entity(mention, type, actor, at, at + mention.length()));
        return this;
    }

    public Texts place(String mention) {
        return entity(mention, "LOCATION", mention);
    }

    /** Reported or direct speech: content is the quoted span, speaker its canonical speaker. */
    public Texts quote(String content, String speaker, boolean direct) {
        int at = at(content);
        quotes.add(new Quote(content, direct, speaker, speaker, false, "said", null, at, at + content.length(),
                -1, -1, -1, -1, null, -1));
        return this;
    }

    public Texts date(String mention, String value) {
        int at = at(mention);
        dates.add(new DateMention(mention, value, at, at + mention.length()));
        return this;
    }

    private int at(String mention) {
        int at = text.indexOf(mention);
        if (at < 0) throw new IllegalArgumentException("not in the text: " + mention);
        return at;
    }

    public ExtractedArticle build() {
        List<Block> blocks = new ArrayList<>();
        for (String p : text.split("\n\n")) blocks.add(Block.paragraph(p));
        Article a = Article.assemble(new Source("test", null, "jsonl", 0), "Test", Published.unknown(), List.of(),
                blocks);
        return new ExtractedArticle(a, entities, List.of(), quotes, List.of(), List.of(), dates, List.of(),
                List.of(), null);
    }
}
