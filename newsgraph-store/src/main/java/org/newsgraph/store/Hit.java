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
 */
public record Hit(String id, String headline, float score, String published, String sourcePath, String snippet) {}
