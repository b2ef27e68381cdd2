package org.newsgraph.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: CoreNLP's quote finder with its quote attribution (tokenize, ssplit, pos, lemma, ner, depparse,
 * coref, quote), on the same Article text newsgraph reads. Its quotes are the Content, the mention it links
 * each quote to is the Source; it has no cue. Quotes it attributes to no mention have no source.
 */
public final class CoreNlpQuoteAttributor implements Attributor {

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteAttributor() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("quote.attributeQuotes", "true");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public List<BratAttribution> attribute(String name, String fileText) {
        PlainTextArticle p = PlainTextArticle.of(name, fileText);
        Annotation doc = new Annotation(p.article().text());
        // one article at a time: shared between threads, the pipeline linked 515 quotes to a mention on PolNeAR dev
        // in one run and 528 in another (528 every time alone)
        synchronized (pipeline) {
            pipeline.annotate(doc);
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<BratAttribution> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) return out;
        for (CoreMap q : quotes) {
            int s = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            BratSpan content = new BratSpan("Content", List.of(new int[] {p.toFile(s, false), p.toFile(e, true)}));
            BratSpan source = null;
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (mb != null && me != null && mb >= 0 && me < tokens.size()) {
                int ms = tokens.get(mb).beginPosition();
                int mEnd = tokens.get(me).endPosition();
                source = new BratSpan("Source", List.of(new int[] {p.toFile(ms, false), p.toFile(mEnd, true)}));
            }
            out.add(new BratAttribution(source, null, content));
        }
        return out;
    }
}
