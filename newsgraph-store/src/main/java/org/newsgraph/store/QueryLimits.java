package org.newsgraph.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's query syntax, with limits that keep any query a user types cheap: a query is refused, with a one-line
 * reason ({@link BadQueryException}), before it can cost much. What is refused and why:
 * <ul>
 *   <li>more than {@value #MAX_LENGTH} characters, or parentheses nested deeper than {@value #MAX_DEPTH}: the
 *       parser recurses per level, and thousands of levels overflow its stack;</li>
 *   <li>regular expressions ({@code /.../}): one can compile to an automaton of millions of states;</li>
 *   <li>more than {@value #MAX_FUZZY} fuzzy words ({@code word~}, repeats counted), or one shorter than
 *       {@value #MIN_FUZZY} or longer than {@value #MAX_FUZZY_LENGTH} letters; the first letter must match (a fuzzy
 *       word is expanded over the terms that share it);</li>
 *   <li>more than {@value #MAX_WILDCARDS} wildcard or prefix words, or one with fewer than {@value #MIN_PREFIX}
 *       letters before its first {@code *} or {@code ?};</li>
 *   <li>a phrase proximity ({@code "a b"~N}) above {@value #MAX_SLOP}, and more than {@value #MAX_CLAUSES} words
 *       in all.</li>
 * </ul>
 */
final class QueryLimits {

    static final int MAX_LENGTH = 1000;
    static final int MAX_DEPTH = 10;
    static final int MAX_FUZZY = 3;
    static final int MIN_FUZZY = 4;
    static final int MAX_FUZZY_LENGTH = 30;
    static final int MAX_WILDCARDS = 4;
    static final int MIN_PREFIX = 2;
    static final int MAX_SLOP = 50;
    static final int MAX_CLAUSES = 100;

    private QueryLimits() {}

    /** The query parsed over the fields, or a {@link BadQueryException} saying which limit it passes. */
    static Query parse(String query, String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        if (query == null || query.isBlank()) throw new BadQueryException(String.valueOf(query), "empty query", null);
        if (query.length() > MAX_LENGTH) {
            throw new BadQueryException(clip(query), "longer than " + MAX_LENGTH + " characters", null);
        }
        int depth = depth(query);
        if (depth > MAX_DEPTH) {
            throw new BadQueryException(clip(query), "parentheses nested " + depth + " deep; at most " + MAX_DEPTH, null);
        }
        Parser parser = new Parser(fields, analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setFuzzyPrefixLength(1);
        Query q;
        try {
            q = parser.parse(query);
        } catch (ParseException e) {
            throw new BadQueryException(clip(query), reason(query, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException(clip(query), "it expands to too many terms; use a longer prefix", e);
        } catch (TooComplexToDeterminizeException e) {
            throw new BadQueryException(clip(query), "a wildcard pattern too complex to search", e);
        } catch (StackOverflowError e) {
            throw new BadQueryException(clip(query), "nested too deeply", null);
        } catch (IllegalArgumentException e) {
            if (e instanceof BadQueryException b) throw b;
            throw new BadQueryException(clip(query), "not a query this index can answer ("
                    + (e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("")) + ")", e);
        }
        int clauses = clauses(q);
        if (clauses > MAX_CLAUSES) {
            throw new BadQueryException(clip(query), clauses + " words and clauses; at most " + MAX_CLAUSES, null);
        }
        return q;
    }

    /** Deepest nesting of parentheses outside quotes, escapes counted as the parser counts them. */
    static int depth(String query) {
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    private static int clauses(Query q) {
        int[] n = new int[1];
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                n[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return n[0];
    }

    /** The parser's first line, without the "Cannot parse 'query': " it starts with. */
    private static String reason(String query, ParseException e) {
        String message = e.getMessage() == null ? "cannot parse" : e.getMessage().lines().findFirst().orElse("");
        String prefix = "Cannot parse '" + query + "': ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String clip(String query) {
        return query.length() > 80 ? query.substring(0, 80) + "..." : query;
    }

    /**
     * The classic parser, refusing what would be costly as it builds each part. A word without a field is asked
     * for once (field null) and then once per field; it is counted once, at the first ask.
     */
    private static final class Parser extends MultiFieldQueryParser {
        private int fuzzy;
        private int wildcards;
        private boolean perField;

        Parser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
            super(fields, analyzer, boosts);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) {
            throw new BadQueryException("/" + clip(termStr) + "/", "regular expressions are not supported; "
                    + "use words, \"phrases\", prefix* or word~ instead", null);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            if (!perField) {
                if (termStr.length() < MIN_FUZZY || termStr.length() > MAX_FUZZY_LENGTH) {
                    throw new BadQueryException(termStr + "~", "a fuzzy word needs " + MIN_FUZZY + " to "
                            + MAX_FUZZY_LENGTH + " letters", null);
                }
                if (++fuzzy > MAX_FUZZY) {
                    throw new BadQueryException(termStr + "~", "more than " + MAX_FUZZY + " fuzzy words (word~) in one query", null);
                }
            }
            return perField(field, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if (!perField) checkWildcard(termStr);
            return perField(field, () -> super.getWildcardQuery(field, termStr));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            if (!perField) checkWildcard(termStr + "*");
            return perField(field, () -> super.getPrefixQuery(field, termStr));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (slop > MAX_SLOP) {
                throw new BadQueryException("\"" + clip(queryText) + "\"~" + slop, "proximity above " + MAX_SLOP, null);
            }
            return super.getFieldQuery(field, queryText, slop);
        }

        private interface Build {
            Query build() throws ParseException;
        }

        /** Builds the query; asks made while a field-less word is expanded over the fields are not counted again. */
        private Query perField(String field, Build build) throws ParseException {
            if (field != null || perField) return build.build();
            perField = true;
            try {
                return build.build();
            } finally {
                perField = false;
            }
        }

        private void checkWildcard(String term) {
            int first = 0;
            while (first < term.length() && term.charAt(first) != '*' && term.charAt(first) != '?') first++;
            if (first < MIN_PREFIX) {
                throw new BadQueryException(term, "a wildcard needs at least " + MIN_PREFIX + " letters before * or ?", null);
            }
            if (++wildcards > MAX_WILDCARDS) {
                throw new BadQueryException(term, "more than " + MAX_WILDCARDS + " wildcard words in one query", null);
            }
        }
    }
}
