package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;

/**
 * The one door to the NLP library: tokens, sentences, parts of speech, lemmas, named entities and time
 * expressions, as our own records with character offsets. Implementations load their models once, lazily, and
 * are safe to call from several threads.
 */
public interface NlpEngine {

    /**
     * Analyses a text.
     *
     * @param text          the article body (blocks joined by a blank line; a blank line always ends a sentence)
     * @param referenceDate the document's own date, against which relative time expressions are resolved; null when
     *                      unknown (relative expressions then keep unknown parts, such as XXXX-01-05)
     */
    Analysis analyze(String text, LocalDate referenceDate);

    /**
     * Tokens, sentences, parts of speech and lemmas of a text, without entities or time expressions: for stages
     * after the NLP stage that read syntax (the event stage finds subjects and objects by part of speech), at a
     * fraction of {@link #analyze}'s cost. Tokens and sentences are those {@link #analyze} gives for the same text.
     */
    Analysis tag(String text);

    /**
     * Analyses given tokens without re-tokenising: the sentences of one article, each token as given, with parts of
     * speech, lemmas and entities (no time expressions). The text is the tokens joined by spaces, one sentence a
     * line. For measuring the entity tagger on benchmarks that come tokenised.
     */
    Analysis analyzeTokens(List<List<String>> sentences);

    /**
     * Lower-cased words that head a person's title or role ("minister", "spokesperson", "chief", "sheikh"), from the
     * library's own lexicon.
     */
    java.util.Set<String> titleWords();

    /** The engine tuned for news, shared by every caller in this JVM. */
    static NlpEngine news() {
        return CoreNlpEngine.shared();
    }
}
