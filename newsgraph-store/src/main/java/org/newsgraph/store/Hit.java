package org.newsgraph.store;

/**
 * One search result.
 *
 * @param id         the article id
 * @param headline   the article's headline
 * @param score      Lucene's relevance score; only comparable within one search
 * @param published  the publication date (ISO 8601), or null when unknown
 * @param sourcePath the file the article was read from
 * @param snippet    a passage of the body around the match, matches marked; the headline, marked,
 *                   when only the headline matched; the body's opening when no word can be marked
 * @param story      the story the article belongs to (its own id when it has no reprints), or null when not looked up
 * @param prints     how many matching articles of this story the result stands for (1: this one alone); the others,
 *                   reprints of the same text under other headlines or from other outlets, are folded into it
 */
public record Hit(String id, String headline, float score, String published, String sourcePath, String snippet,
                  String story, int prints) {

    /** A hit before its story is looked up. */
    public Hit(String id, String headline, float score, String published, String sourcePath, String snippet) {
        this(id, headline, score, published, sourcePath, snippet, null, 1);
    }

    /** This hit standing for its story and for {@code count} matching prints of it. */
    public Hit inStory(String storyId, int count) {
        return new Hit(id, headline, score, published, sourcePath, snippet, storyId, count);
    }
}
