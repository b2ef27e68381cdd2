/**
 * Read-only queries over the store's tables for the REST API and the web UI: articles by words
 * and filters with facets ({@link org.newsgraph.store.query.ArticleSearch}), actors
 * ({@link org.newsgraph.store.query.Actors}), quotes, figures, events, places and a timeline.
 * Each class is one kind of question; each takes a JDBC connection from
 * {@link org.newsgraph.store.Store#query} and returns records of its own (never the model's, so
 * that fields added to the model do not break them). Lists come one {@link org.newsgraph.store.query.Page}
 * at a time.
 */
package org.newsgraph.store.query;
