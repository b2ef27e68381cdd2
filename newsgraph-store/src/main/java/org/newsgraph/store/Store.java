package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsgraph.cluster.Print;
import org.newsgraph.cluster.PrintTable;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store in one data folder: facts in SQLite ({@value #DATABASE}), full text in a
 * Lucene index ({@value #INDEX}/).
 *
 * <p>SQLite is the record; the index is derived from it. Articles are written to SQLite first, in
 * one transaction per {@link #put}, then to the index by id, so that repeating a write never makes
 * a second document. The index is searchable at once but committed (fsynced) only every
 * {@value #COMMIT_EVERY_ARTICLES} articles, every {@value #COMMIT_EVERY_SECONDS} seconds of puts,
 * and on {@link #close}: a commit per put would cost most of a small put's time. If the process
 * dies before the index commit, the index and the table disagree on how many articles there are,
 * and the next {@link #open} rebuilds the index from SQLite.
 *
 * <p>Thread-safety: one process at a time may open a data folder (Lucene's write lock; a second
 * open fails with a {@link StoreException}). Within it, {@link #put} calls run one at a time; the
 * readers ({@link #count}, {@link #article}, {@link #search}, {@link #fingerprint}) may run on any
 * number of threads, also while a put runs: each reads through its own SQLite connection (WAL lets
 * readers and the writer proceed together) and a Lucene searcher of the last commit. A reader
 * running during a put may see the new articles in SQLite before the index has them.
 */
public final class Store implements AutoCloseable {

    public static final String DATABASE = "newsgraph.db";
    public static final String INDEX = "index";

    static final int COMMIT_EVERY_ARTICLES = 1000;
    static final int COMMIT_EVERY_SECONDS = 60;

    private final Path dataDir;
    private final String url;
    private final Connection writer;
    private final ArticleIndex index;
    private final Object writeLock = new Object();
    private volatile boolean closed;
    /** Guarded by writeLock: articles put since the index was last committed, and when that was. */
    private int uncommitted;
    private long lastCommitNanos = System.nanoTime();

    private Store(Path dataDir, String url, Connection writer, ArticleIndex index) {
        this.dataDir = dataDir;
        this.url = url;
        this.writer = writer;
        this.index = index;
    }

    /**
     * Opens the store in the folder, creating folder, database and index when absent, migrating
     * the schema, and rebuilding the index when it does not match the database.
     */
    public static Store open(Path dataDir) {
        ArticleIndex index = null;
        Connection db = null;
        try {
            Files.createDirectories(dataDir);
            index = openIndex(dataDir);
            String url = "jdbc:sqlite:" + dataDir.resolve(DATABASE);
            db = writerConfig().createConnection(url);
            Migrations.STORE.apply(db);
            Store store = new Store(dataDir, url, db, index);
            boolean older = store.storiesForOlderArticles();
            if (older || index.count() != ArticleRows.count(db)) store.reindex();
            return store;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(index, db);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores the articles that are not stored yet; an article whose id is already stored is left
     * as it is. When nothing is new, nothing is written and the files are not touched.
     *
     * @return one outcome per article, in the order given
     */
    public List<Stored> put(List<ExtractedArticle> articles) {
        synchronized (writeLock) {
            checkOpen();
            try {
                List<Stored> outcomes = new ArrayList<>(articles.size());
                List<ExtractedArticle> fresh = new ArrayList<>();
                List<ExtractedArticle> changed = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (ExtractedArticle x : articles) {
                    Stored.Outcome outcome = Stored.Outcome.UNCHANGED;
                    if (seen.add(x.id())) {
                        Optional<String> stored = ArticleRows.json(writer, x.id());
                        if (stored.isEmpty()) {
                            outcome = Stored.Outcome.NEW;
                            fresh.add(x);
                        } else {
                            // the store assigned the story; the extractor cannot know it
                            ExtractedArticle same = x.story() != null ? x : x.withStory(ArticleRows.story(writer, x.id()));
                            if (!stored.get().equals(ArticleJson.toJson(same))) {
                                outcome = Stored.Outcome.UPDATED;
                                changed.add(same);
                            }
                        }
                    }
                    outcomes.add(new Stored(x.id(), outcome));
                }
                if (fresh.isEmpty() && changed.isEmpty()) return outcomes;
                Map<String, Print> prints = new HashMap<>();
                for (ExtractedArticle x : fresh) prints.put(x.id(), Print.of(x.article().text()));
                for (ExtractedArticle x : changed) prints.put(x.id(), Print.of(x.article().text()));
                insert(fresh, changed, prints);
                for (ExtractedArticle x : fresh) index.put(ArticleRows.indexEntry(x), prints.get(x.id()));
                for (ExtractedArticle x : changed) index.put(ArticleRows.indexEntry(x), prints.get(x.id()));
                uncommitted += fresh.size();
                if (uncommitted >= COMMIT_EVERY_ARTICLES
                        || System.nanoTime() - lastCommitNanos >= COMMIT_EVERY_SECONDS * 1_000_000_000L) {
                    commitIndex();
                } else {
                    index.refresh();
                }
                return outcomes;
            } catch (SQLException e) {
                throw new StoreException("storing articles failed, nothing was stored: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new StoreException("the articles are stored but the search index failed; it is rebuilt"
                        + " when the store is next opened: " + e.getMessage(), e);
            }
        }
    }

    /** How many articles the store holds. */
    public int count() {
        return read(ArticleRows::count);
    }

    /** The article as it was put, from its stored contract JSON. */
    public Optional<ExtractedArticle> article(String id) {
        return read(db -> ArticleRows.select(db, id));
    }

    /** Every stored article's id, in the order the articles were first stored (for exports). */
    public List<String> ids() {
        return read(db -> {
            List<String> ids = new ArrayList<>();
            try (var st = db.prepareStatement("SELECT id FROM articles ORDER BY ingested");
                 var rs = st.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            return ids;
        });
    }

    /** Every stored article in the order first stored, each read from its contract JSON when the stream reaches it. */
    public Stream<ExtractedArticle> articles() {
        return ids().stream().map(id -> article(id).orElseThrow(
                () -> new StoreException("article " + id + " vanished from the store during the export")));
    }

    /** How long one search may run before it is refused as too costly (default 2 s). */
    public void searchBudget(java.time.Duration budget) {
        index.budget(budget);
    }

    /** {@link #search(String, int, Marks)} with snippets marked for a terminal: {@code [word]}. */
    public List<Hit> search(String query, int limit) {
        return search(query, limit, Marks.BRACKETS);
    }

    /**
     * The best articles for a query in Lucene's syntax over headline and body, best first.
     * Words are ANDed unless the query says OR; a headline match weighs more than a body match;
     * {@code headline:word} and {@code body:word} search one field, {@code "a phrase"} a phrase,
     * {@code published:[2031-03-01 TO 2031-03-31]} a span of publication dates.
     *
     * @throws BadQueryException when the query is empty or not valid Lucene syntax (one-line message)
     */
    public List<Hit> search(String query, int limit, Marks marks) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        checkOpen();
        try {
            return index.search(query, limit, marks);
        } catch (IOException e) {
            throw new StoreException("searching failed: " + e.getMessage(), e);
        }
    }

    /**
     * {@link #search(String, int, Marks)} among the given articles only; {@code within} null means all.
     * This is how a caller combines full text with filters it has answered in SQL.
     */
    public List<Hit> search(String query, int limit, Marks marks, Collection<String> within) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        checkOpen();
        try {
            return index.search(query, limit, marks, within);
        } catch (IOException e) {
            throw new StoreException("searching failed: " + e.getMessage(), e);
        }
    }

    /** The ids of the best {@code limit} matches, best first, without snippets: cheap, for counting facets. */
    public List<String> searchIds(String query, int limit, Collection<String> within) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        checkOpen();
        try {
            return index.ids(query, limit, within);
        } catch (IOException e) {
            throw new StoreException("searching failed: " + e.getMessage(), e);
        }
    }

    /** A read of the store's tables through JDBC; see {@link org.newsgraph.store.query}. */
    public interface SqlQuery<T> {
        T run(Connection db) throws SQLException;
    }

    /**
     * Runs a read-only query on a connection of its own (readers never wait for one another or for a put).
     * The tables are those of the migrations under {@code migrations/}.
     */
    public <T> T query(SqlQuery<T> q) {
        return read(q::run);
    }

    /**
     * A hash of everything the store holds: every table's rows and every index document.
     * Equal fingerprints mean equal contents; meant for tests and for checking a copy.
     */
    public String fingerprint() {
        return Contents.sha256(contents());
    }

    /** The schema version of the database ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(Migrations::version);
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) return;
            closed = true;
            try (Connection db = writer; ArticleIndex ix = index) {
                if (uncommitted > 0) commitIndex();
                // then both closed, index first; closing the last connection checkpoints the WAL into the database
            } catch (IOException | SQLException e) {
                throw new StoreException("closing the store failed: " + e.getMessage(), e);
            }
        }
    }

    /** The readable dump behind {@link #fingerprint}; tests compare it to see what differs. */
    String contents() {
        checkOpen();
        try {
            List<ArticleIndex.Entry> entries = index.entries();
            return read(db -> Contents.dump(db, entries));
        } catch (IOException e) {
            throw new StoreException("reading the index failed: " + e.getMessage(), e);
        }
    }

    /** The article rebuilt from the fact tables rather than the JSON: proves the tables hold it all. */
    Optional<ExtractedArticle> articleFromTables(String id) {
        return read(db -> {
            Optional<ExtractedArticle> x = ArticleRows.select(db, id);
            if (x.isEmpty()) return x;
            return Optional.of(Facts.select(db, x.get().article(), x.get().story()));
        });
    }

    private void insert(List<ExtractedArticle> fresh, List<ExtractedArticle> changed, Map<String, Print> prints)
            throws SQLException {
        writer.setAutoCommit(false);
        try {
            for (ExtractedArticle x : changed) {
                // the facts go with the article row (ON DELETE CASCADE); it keeps its place in ingest order
                long ingested = ArticleRows.ingested(writer, x.id());
                ArticleRows.delete(writer, x.id());
                ArticleRows.insert(writer, x, ingested);
                Facts.insert(writer, x);
            }
            long ingested = ArticleRows.nextIngested(writer);
            PrintTable batch = new PrintTable();
            for (ExtractedArticle x : fresh) {
                Print print = prints.get(x.id());
                String story = x.story() != null ? x.story() : Stories.find(writer, index, batch, print);
                ExtractedArticle placed = x.withStory(story != null ? story : x.id());
                ArticleRows.insert(writer, placed, ingested++);
                Facts.insert(writer, placed);
                batch.add(x.id(), print);
            }
            writer.commit();
        } catch (IOException e) {
            writer.rollback();
            throw new StoreException("storing articles failed, nothing was stored: the search index could not be"
                    + " read for reprints: " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            writer.rollback();
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    /**
     * Gives the articles of a store written before stories existed their stories, oldest first, as if they
     * had been put now; their stored JSON gets the story too. Their index documents lack band keys, so the
     * caller rebuilds the index when this returns true. Their prints are held in memory meanwhile (about 1 KB
     * per article).
     */
    private boolean storiesForOlderArticles() throws SQLException, IOException {
        synchronized (writeLock) {
            List<String[]> older = Stories.withoutStory(writer);
            if (older.isEmpty()) return false;
            PrintTable seen = new PrintTable();
            writer.setAutoCommit(false);
            try {
                for (String[] idAndText : older) {
                    Print print = Print.of(idAndText[1]);
                    String story = Stories.find(writer, index, seen, print);
                    ExtractedArticle x = ArticleRows.select(writer, idAndText[0]).orElseThrow();
                    ArticleRows.setStory(writer, x.withStory(story != null ? story : x.id()));
                    seen.add(x.id(), print);
                }
                writer.commit();
                return true;
            } catch (SQLException | IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        }
    }

    /** Rebuilds the index from the articles table. */
    private void reindex() throws SQLException, IOException {
        synchronized (writeLock) {
            index.clear();
            ArticleRows.forEachIndexEntry(writer, index::add);
            commitIndex();
        }
    }

    private void commitIndex() throws IOException {
        index.commit();
        uncommitted = 0;
        lastCommitNanos = System.nanoTime();
    }

    private interface SqlRead<T> {
        T read(Connection db) throws SQLException;
    }

    /** Runs a read on a connection of its own, so that readers never wait for one another. */
    private <T> T read(SqlRead<T> reader) {
        checkOpen();
        try (Connection db = readerConfig().createConnection(url)) {
            return reader.read(db);
        } catch (SQLException e) {
            throw new StoreException("reading the store failed: " + e.getMessage(), e);
        }
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("the store in " + dataDir + " is closed");
    }

    /**
     * The index in its folder. One that cannot be read (files lost or damaged) is thrown away and
     * started empty: the caller then rebuilds it from SQLite. One locked by another process is an error.
     */
    private static ArticleIndex openIndex(Path dataDir) throws IOException {
        Path folder = dataDir.resolve(INDEX);
        try {
            return ArticleIndex.open(folder);
        } catch (LockObtainFailedException e) {
            throw new StoreException("the store in " + dataDir + " is open in another process or Store", e);
        } catch (IOException e) {
            deleteRecursively(folder);
            return ArticleIndex.open(folder);
        }
    }

    /**
     * WAL: readers and the one writer do not block each other. synchronous=NORMAL is safe from
     * corruption in WAL mode; a power cut may lose the last transactions, which is no worse than
     * not having run that put (and the index is then rebuilt to match).
     */
    private static SQLiteConfig writerConfig() {
        SQLiteConfig c = new SQLiteConfig();
        c.setJournalMode(SQLiteConfig.JournalMode.WAL);
        c.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        c.enforceForeignKeys(true);
        c.setBusyTimeout(10_000);
        return c;
    }

    private static SQLiteConfig readerConfig() {
        SQLiteConfig c = new SQLiteConfig();
        c.setReadOnly(true);
        c.enforceForeignKeys(true);
        c.setBusyTimeout(10_000);
        return c;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(ArticleIndex index, Connection db) {
        try {
            if (db != null) db.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
        try {
            if (index != null) index.close();
        } catch (IOException ignored) {
            // as above
        }
    }
}
