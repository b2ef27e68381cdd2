package org.newsgraph.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.cluster.MinHash;
import org.newsgraph.cluster.Print;
import org.newsgraph.cluster.PrintTable;

/**
 * The full-text index: one Lucene document per article, found by its id.
 *
 * <p>Analyzer: {@link EnglishAnalyzer} for headline and body. The pipeline reads English news (CoreNLP's English models),
 * and its Porter stemming lets "strikes" find "strike" and "negotiators" find "negotiations",
 * which is most of what a reader misses with exact words; its stop words keep "the" and "of" from
 * ranking. The cost is that stemming can merge unrelated words (e.g. "general" and "generate")
 * and that a phrase of only stop words finds nothing; names survive, being stemmed the same way
 * in the index and in the query. The same analyzer serves indexing, parsing and highlighting.
 *
 * <p>Thread-safety: one thread writes (the {@link Store} holds the write lock); {@link #search},
 * {@link #count} and {@link #entries} may run on any number of threads at once, each on the
 * searcher of the last refresh, through Lucene's {@link SearcherManager}.
 */
final class ArticleIndex implements Closeable {

    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    static final String SOURCE = "source";
    /** The article's print (org.newsgraph.cluster): its keys indexed, its signature and id a doc value. */
    static final String KEY = "reprint_key";
    static final String PRINT = "print";
    private static final int SIGNATURE_BYTES = MinHash.SIZE * Long.BYTES;

    /** A match in the headline counts this many times one in the body. */
    private static final Map<String, Float> BOOSTS = Map.of(HEADLINE, 3f, BODY, 1f);
    private static final int SNIPPET_LENGTH = 200;

    /** Text fields keep their offsets in the postings, so the highlighter need not re-analyse. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    /** What the index holds of an article. */
    record Entry(String id, String headline, String body, String published, String sourcePath) {}

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile java.time.Duration budget = DEFAULT_BUDGET;

    /** Long enough for any query within {@link QueryLimits} on a large store, short enough to shrug off a bad one. */
    static final java.time.Duration DEFAULT_BUDGET = java.time.Duration.ofSeconds(2);

    private ArticleIndex(Directory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in the folder, creating an empty one (one commit) when there is none. */
    static ArticleIndex open(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        Analyzer analyzer = analyzer();
        try {
            boolean exists = DirectoryReader.indexExists(dir);
            IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (!exists) writer.commit();
            return new ArticleIndex(dir, analyzer, writer);
        } catch (IOException | RuntimeException e) {
            analyzer.close();
            dir.close();
            throw e;
        }
    }

    /**
     * Adds the article, or replaces the document with its id: never two documents for one id.
     * The print is that of the body ({@link Print#of}), given because the caller has it.
     */
    void put(Entry e, Print print) throws IOException {
        writer.updateDocument(new Term(ID, e.id()), document(e, print));
    }

    /**
     * Makes every put visible to searches, without making it durable: Lucene's near-real-time
     * reader sees the writer's segments before they are fsynced. A commit costs an fsync of every
     * new file, which on a slow disk is most of a small put's time.
     */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes every put durable and visible to searches. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Starts over: removes every document. Searches see it only at the next {@link #commit}. */
    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Adds a document without looking for one with the same id: only after {@link #clear}. */
    void add(Entry e) throws IOException {
        writer.addDocument(document(e, Print.of(e.body())));
    }

    /**
     * The articles sharing the most keys with the print, at most {@code limit}, each with its signature (its
     * keys left empty): the candidates for being the same story. Of a key held by many articles only the
     * first {@link PrintTable#COMMON} are read, for the reason {@link PrintTable#add} gives. Postings
     * are read segment by segment rather than through a scored query: only counts are wanted.
     */
    List<PrintTable.Entry> reprintCandidates(Print print, int limit) throws IOException {
        List<BytesRef> terms = new ArrayList<>(print.keys().length);
        for (long key : print.keys()) terms.add(keyTerm(key));
        terms.sort(null); // the terms dictionary is read forward
        IndexSearcher s = searchers.acquire();
        try {
            int[] found = new int[terms.size() * PrintTable.COMMON];
            int n = 0;
            int[] read = new int[terms.size()]; // per key, over all segments, oldest segments first
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms field = leaf.reader().terms(KEY);
                if (field == null) continue;
                TermsEnum te = field.iterator();
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum postings = null;
                for (int k = 0; k < terms.size(); k++) {
                    if (read[k] >= PrintTable.COMMON || !te.seekExact(terms.get(k))) continue;
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && read[k] < PrintTable.COMMON;
                            d = postings.nextDoc()) {
                        if (live != null && !live.get(d)) continue;
                        found[n++] = leaf.docBase + d;
                        read[k]++;
                    }
                }
            }
            int[] best = PrintTable.mostFound(found, n, limit);
            List<PrintTable.Entry> out = new ArrayList<>(best.length);
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (int doc : best) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                BinaryDocValues minhash = leaf.reader().getBinaryDocValues(PRINT);
                if (minhash == null || !minhash.advanceExact(doc - leaf.docBase)) continue; // indexed before stories
                BytesRef v = minhash.binaryValue();
                // the doc value holds the signature, then the id: no stored fields to decompress
                long[] signature = MinHash.fromBytes(Arrays.copyOfRange(v.bytes, v.offset, v.offset + SIGNATURE_BYTES));
                String id = new String(v.bytes, v.offset + SIGNATURE_BYTES, v.length - SIGNATURE_BYTES,
                        StandardCharsets.UTF_8);
                out.add(new PrintTable.Entry(id, new Print(signature, new long[0])));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** A key as a term of eight bytes, big-endian. */
    private static BytesRef keyTerm(long key) {
        byte[] b = new byte[Long.BYTES];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (key >>> (56 - 8 * i));
        return new BytesRef(b);
    }

    /** Live documents as searches see them. */
    int count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The best {@code limit} articles for a query in Lucene's syntax over headline and body.
     * Words are ANDed unless the query says OR: in news, many articles share some words of a
     * query, and a reader means all of them.
     */
    List<Hit> search(String query, int limit, Marks marks) throws IOException {
        return search(query, limit, marks, null);
    }

    /** {@link #search(String, int, Marks)} among the given ids only; null means among all. */
    List<Hit> search(String query, int limit, Marks marks, Collection<String> within) throws IOException {
        Query q = within(parse(query), within);
        IndexSearcher shared = searchers.acquire();
        try {
            IndexSearcher s = timed(shared);
            TopDocs top = searchTimed(s, q, limit, query);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter(marks.open(), marks.close(), " … ", marks.escapeHtml()))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f)) // match near the middle
                    .withMaxNoHighlightPassages(0) // null, not the opening, when a field has no match
                    .build();
            Map<String, String[]> marked = highlighter.highlightFields(new String[] {BODY, HEADLINE}, q, top,
                    new int[] {1, 1});
            StoredFields stored = s.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document d = stored.document(top.scoreDocs[i].doc);
                String snippet = firstNonNull(marked.get(BODY)[i], marked.get(HEADLINE)[i], opening(d.get(BODY)));
                hits.add(new Hit(d.get(ID), d.get(HEADLINE), top.scoreDocs[i].score, d.get(PUBLISHED), d.get(SOURCE),
                        snippet.strip()));
            }
            return hits;
        } catch (org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException e) {
            throw timeUp(query); // while marking the snippets
        } finally {
            searchers.release(shared);
        }
    }

    /** The ids of the best {@code limit} matches among {@code within} (null: all), best first; no highlighting. */
    List<String> ids(String query, int limit, Collection<String> within) throws IOException {
        Query q = within(parse(query), within);
        IndexSearcher shared = searchers.acquire();
        try {
            IndexSearcher s = timed(shared);
            TopDocs top = searchTimed(s, q, limit, query);
            StoredFields stored = s.storedFields();
            List<String> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) out.add(stored.document(d.doc, Set.of(ID)).get(ID));
            return out;
        } catch (org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException e) {
            throw timeUp(query);
        } finally {
            searchers.release(shared);
        }
    }

    /** The query restricted to documents whose id is in the set, which does not change their scores. */
    private static Query within(Query q, Collection<String> ids) {
        if (ids == null) return q;
        List<BytesRef> terms = new ArrayList<>(ids.size());
        for (String id : ids) terms.add(new BytesRef(id));
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(ID, terms), BooleanClause.Occur.FILTER).build();
    }

    /** Every live document's stored fields, for comparing stores; order is not defined. */
    List<Entry> entries() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<Entry> out = new ArrayList<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = stored.document(doc);
                    out.add(new Entry(d.get(ID), d.get(HEADLINE), d.get(BODY), d.get(PUBLISHED), d.get(SOURCE)));
                }
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; analyzer; writer; searchers) {
            // closed in reverse order: searchers, writer (which commits what is pending), analyzer, directory
        }
    }

    private Query parse(String query) {
        return QueryLimits.parse(query, new String[] {HEADLINE, BODY}, analyzer, BOOSTS);
    }

    /**
     * A searcher over the shared one's reader that gives up at the budget: Lucene's scorers check the clock between
     * blocks of documents, and the wrapped reader as terms and postings are read. A search that runs out is
     * refused, not answered in part: a ranked list of whatever was scored first would look like an answer.
     */
    private IndexSearcher timed(IndexSearcher shared) throws IOException {
        long deadline = System.nanoTime() + budget.toNanos();
        org.apache.lucene.index.QueryTimeout timeout = () -> System.nanoTime() - deadline > 0;
        // the reader checks the clock as terms are enumerated, which bounds expanding fuzzy and wildcard words too
        IndexSearcher s = new IndexSearcher(org.apache.lucene.index.ExitableDirectoryReader.wrap(
                (DirectoryReader) shared.getIndexReader(), timeout));
        s.setSimilarity(shared.getSimilarity());
        s.setTimeout(timeout);
        return s;
    }

    private TopDocs searchTimed(IndexSearcher s, Query q, int limit, String query) throws IOException {
        try {
            TopDocs top = s.search(q, limit);
            if (!s.timedOut()) return top;
        } catch (org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException e) {
            // fall through: out of time while reading terms or postings
        }
        throw timeUp(query);
    }

    private BadQueryException timeUp(String query) {
        return new BadQueryException(query, "it took longer than the " + budget.toMillis()
                + " ms a search may take; narrow it", null);
    }

    /** How long one search may run. */
    void budget(java.time.Duration d) {
        this.budget = d;
    }

    private static Document document(Entry e, Print print) {
        Document d = new Document();
        for (long key : print.keys()) d.add(new StringField(KEY, keyTerm(key), Field.Store.NO));
        byte[] signature = MinHash.bytes(print.signature());
        byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
        byte[] value = Arrays.copyOf(signature, signature.length + id.length);
        System.arraycopy(id, 0, value, signature.length, id.length);
        d.add(new BinaryDocValuesField(PRINT, new BytesRef(value)));
        d.add(new StringField(ID, e.id(), Field.Store.YES));
        d.add(new Field(HEADLINE, e.headline() == null ? "" : e.headline(), TEXT_WITH_OFFSETS));
        d.add(new Field(BODY, e.body(), TEXT_WITH_OFFSETS));
        if (e.published() != null) d.add(new StringField(PUBLISHED, e.published(), Field.Store.YES));
        if (e.sourcePath() != null) d.add(new StoredField(SOURCE, e.sourcePath()));
        return d;
    }

    /**
     * English for the text fields; the keyword fields are taken whole, so that a query can name
     * them: {@code published:2031-03-10}, {@code published:[2031-03-01 TO 2031-03-31]} (ISO dates
     * sort as strings) or {@code id:<hex>}.
     */
    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(ID, new KeywordAnalyzer(), PUBLISHED, new KeywordAnalyzer()));
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static String opening(String body) {
        if (body.length() <= SNIPPET_LENGTH) return body;
        int cut = body.lastIndexOf(' ', SNIPPET_LENGTH);
        return body.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + " …";
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        throw new IllegalArgumentException("no value");
    }
}
