package org.newsgraph.extract.figure;

import java.util.List;
import org.newsgraph.extract.Sentence;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;

/** One sentence of an article as the figure rules see it: its words and what earlier stages found in it. */
public record Passage(ExtractedArticle article, Sentence sentence, List<Word> words) {

    public static Passage of(ExtractedArticle article, Sentence sentence) {
        return new Passage(article, sentence, Words.of(article.article().text(), sentence.start(), sentence.end()));
    }

    /** A sentence on its own, with nothing found in it yet: for rules that only read words. */
    public static Passage of(String sentence) {
        ExtractedArticle x = ExtractedArticle.bare(new org.newsgraph.model.Article("", null, "", null,
                List.of(), List.of(), sentence));
        return of(x, new Sentence(0, 0, sentence.length(), sentence));
    }

    public String text() {
        return article.article().text();
    }

    /** The word at i, or null outside the sentence. */
    public Word word(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : null;
    }

    public boolean wordIs(int i, String... any) {
        Word w = word(i);
        return w != null && w.is(any);
    }

    /** The raw text from the quantity's end to at most n characters further, within the sentence. */
    public String after(Quantity q, int n) {
        int from = q.end(words);
        return text().substring(from, Math.min(sentence.end(), from + n));
    }

    /** The raw text of at most n characters before the quantity, within the sentence. */
    public String before(Quantity q, int n) {
        int to = q.start(words);
        return text().substring(Math.max(sentence.start(), to - n), to);
    }

    public List<Entity> entities() {
        return article.entities().stream()
                .filter(e -> e.start() >= sentence.start() && e.end() <= sentence.end()).toList();
    }

    /** The entity whose span covers the word, or null. */
    public Entity entityAt(Word w) {
        for (Entity e : article.entities()) if (e.start() <= w.start() && w.end() <= e.end()) return e;
        return null;
    }

    /** Index of the word starting at or after offset, or words.size(). */
    public int indexAt(int offset) {
        for (int i = 0; i < words.size(); i++) if (words.get(i).start() >= offset) return i;
        return words.size();
    }
}
