package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CoreNLP's 4-class CRF trained on CoNLL-2003 (english.conll.4class.distsim), alone, on given tokens: the baseline
 * our entity tagger is measured against. It also holds the word classes (512 distributional clusters of
 * lower-cased words from Gigaword and Reuters news) that its features read, which {@link #wordClasses()} hands out.
 */
public final class FourClassTagger {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;

    private FourClassTagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    public static FourClassTagger load() {
        try {
            return new FourClassTagger(CRFClassifier.getClassifier(MODEL));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load CoreNLP's 4-class model " + MODEL, e);
        }
    }

    /** One coarse label (PERSON, ORGANIZATION, LOCATION, MISC or O) per token of each sentence. */
    public List<List<String>> tag(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> s : sentences) {
            List<CoreLabel> labels = new ArrayList<>(s.size());
            for (String w : s) {
                CoreLabel l = new CoreLabel();
                l.setWord(w);
                l.setValue(w);
                l.setOriginalText(w);
                labels.add(l);
            }
            List<String> tags = new ArrayList<>(s.size());
            for (CoreLabel l : crf.classifySentence(labels)) tags.add(EntityTypes.coarse(l.get(CoreAnnotations.AnswerAnnotation.class)));
            out.add(tags);
        }
        return out;
    }

    /** The model's distributional word classes: lower-cased word to class number, sorted by word. */
    @SuppressWarnings("unchecked")
    public Map<String, String> wordClasses() {
        try {
            Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
            factories.setAccessible(true);
            for (Object f : (List<Object>) factories.get(crf)) {
                if (!(f instanceof NERFeatureFactory)) continue;
                Field lexicon = NERFeatureFactory.class.getDeclaredField("lexicon");
                lexicon.setAccessible(true);
                return new TreeMap<>((Map<String, String>) lexicon.get(f));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's 4-class model keeps no word classes where they were expected", e);
        }
        throw new UncheckedIOException(new IOException("CoreNLP's 4-class model has no word classes"));
    }
}
