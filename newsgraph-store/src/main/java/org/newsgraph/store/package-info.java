/**
 * The embedded store: extracted articles kept in one data folder, their facts queryable with SQL
 * and their text searchable with Lucene.
 *
 * <pre>
 * DATA/newsgraph.db   SQLite (WAL): articles with their contract JSON, one table per kind of fact
 * DATA/index/         Lucene: one document per article (id, headline, body, published, source)
 * </pre>
 *
 * <p>{@link org.newsgraph.store.Store} is the whole public surface: open, put, count, article,
 * search, fingerprint, close. The schema grows by numbered scripts under
 * {@code migrations/} (see {@code Migrations}); the index is derived from the database and is
 * rebuilt from it whenever the two disagree.
 */
package org.newsgraph.store;
