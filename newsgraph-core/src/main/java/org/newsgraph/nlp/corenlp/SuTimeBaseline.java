package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.newsgraph.nlp.Analysis;

/**
 * SUTime, CoreNLP's time expression tagger, alone: the baseline {@code bench timex} measures our finder against.
 * A text is tagged once (tokens, sentences, parts of speech, lemmas) and both sides then read the same tokens, so
 * the race times the time expressions only.
 */
public final class SuTimeBaseline {

    private final StanfordCoreNLP syntax = new StanfordCoreNLP(CoreNlpEngine.syntaxProperties());
    private final TimeAnnotator sutime = new TimeAnnotator("sutime", new Properties());

    /** One text tagged for both sides: CoreNLP's annotation for SUTime, our analysis of it for ours. */
    public static final class Prepared {
        private final Annotation doc;
        private final Analysis analysis;
        private final LocalDate date;

        private Prepared(Annotation doc, Analysis analysis, LocalDate date) {
            this.doc = doc;
            this.analysis = analysis;
            this.date = date;
        }

        public Analysis analysis() {
            return analysis;
        }

        public LocalDate date() {
            return date;
        }

        public int tokens() {
            return analysis.tokens().size();
        }
    }

    public Prepared prepare(String text, LocalDate date) {
        Annotation doc = new Annotation(text);
        if (date != null) doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        syntax.annotate(doc);
        return new Prepared(doc, CoreNlpEngine.tagged(text, doc), date);
    }

    /** Runs SUTime over the prepared text; returns how many time expressions it found. */
    public int find(Prepared p) {
        sutime.annotate(p.doc);
        List<CoreMap> found = p.doc.get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? 0 : found.size();
    }
}
