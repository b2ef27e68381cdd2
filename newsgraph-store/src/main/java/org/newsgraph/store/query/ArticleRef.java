package org.newsgraph.store.query;

/** Which article a fact comes from, enough to link to it. */
public record ArticleRef(String id, String headline, String published, String source) {}
