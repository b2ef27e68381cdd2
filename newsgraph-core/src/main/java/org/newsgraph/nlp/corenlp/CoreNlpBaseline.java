package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/** CoreNLP's default full pipeline, the baseline the benchmark measures our configuration against. */
public final class CoreNlpBaseline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private StanfordCoreNLP pipeline;

    /** Loads the models; returns the milliseconds it took. */
    public long load() {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        pipeline = new StanfordCoreNLP(p);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** CoreNLP's own report of the time each annotator took so far. */
    public String timing() {
        return pipeline.timingInformation();
    }

    public void annotate(String text) {
        pipeline.annotate(new Annotation(text));
    }
}
