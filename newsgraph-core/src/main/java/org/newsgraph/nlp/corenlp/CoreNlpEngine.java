package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TimeExpression;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.entity.EntityTagger;

/**
 * Stanford CoreNLP 4.5.10 configured for news: tokenize, ssplit, pos and lemma, then its numeric classifiers (its
 * "ner" annotator with no entity model and without SUTime: time expressions are ours), then our own entity tagger
 * ({@link EntityTagger}), which replaced CoreNLP's CRFs. Models load on first use, once per JVM for
 * {@link #shared()}; CoreNLP's pipeline is safe to call from several threads. No CoreNLP type leaves this package.
 */
public final class CoreNlpEngine implements NlpEngine {

    private static final CoreNlpEngine SHARED = new CoreNlpEngine();

    private final Lazy<StanfordCoreNLP> syntax = new Lazy<>(() -> new StanfordCoreNLP(syntaxProperties()));
    private final Lazy<StanfordCoreNLP> times = new Lazy<>(() -> new StanfordCoreNLP(timeProperties()));
    private final Lazy<StanfordCoreNLP> pretokenized = new Lazy<>(() -> new StanfordCoreNLP(pretokenizedProperties()));
    private final Lazy<EntityTagger> entities = new Lazy<>(EntityTagger::standard);
    private final Profile profile = new Profile();

    public static CoreNlpEngine shared() {
        return SHARED;
    }

    /**
     * The annotators and options of the news configuration: the "ner" annotator with no entity model keeps only
     * CoreNLP's numeric classifiers; names come from our tagger, time expressions from ours (extract.time).
     */
    public static Properties newsProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // time expressions are ours (extract.time.TimeFinder): SUTime's rules cost time and are not read
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        return p;
    }

    /** The news configuration's tokens, sentences, tags and lemmas, without numbers and times. */
    static Properties syntaxProperties() {
        Properties p = newsProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        return p;
    }

    /** Numbers and times over an annotation the syntax pipeline has already read. */
    static Properties timeProperties() {
        Properties p = newsProperties();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    static Properties pretokenizedProperties() {
        Properties p = syntaxProperties();
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.eolonly", "true");
        p.remove("ssplit.newlineIsSentenceBreak");
        return p;
    }

    /** Loads the models now (otherwise the first call does); returns the milliseconds it took. */
    public long warmUp() {
        long t0 = System.nanoTime();
        syntax.get();
        times.get();
        entities.get();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Where {@link #analyze} spent its time so far, per step (for {@code bench pipeline}). */
    public Map<String, Long> profileNanos() {
        return profile.snapshot();
    }

    @Override
    public Analysis analyze(String body, LocalDate referenceDate) {
        long t0 = System.nanoTime();
        Annotation doc = new Annotation(body);
        if (referenceDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        syntax.get().annotate(doc);
        // the stages after this one read parts of speech through tag(): they get these, not a second tagging
        recentlyTagged.put(body, convert(body, doc));
        long t1 = System.nanoTime();
        times.get().annotate(doc);
        Analysis found = convert(body, doc);
        long t2 = System.nanoTime();
        Analysis named = entities.get().annotate(found);
        long t3 = System.nanoTime();
        profile.add("CoreNLP tokenize, ssplit, pos, lemma", t1 - t0);
        profile.add("CoreNLP numeric classifiers", t2 - t1);
        profile.add("entity tagger (ours)", t3 - t2);
        return named;
    }

    @Override
    public Analysis tag(String body) {
        Analysis seen = recentlyTagged.get(body);
        if (seen != null) return seen;
        Annotation doc = new Annotation(body);
        syntax.get().annotate(doc);
        Analysis tagged = convert(body, doc);
        recentlyTagged.put(body, tagged);
        return tagged;
    }

    /**
     * The last few texts tagged, so that the quote and event stages, which both read an article's parts of
     * speech, tag it once; a few rather than one because articles go through the pipeline on several threads.
     */
    private final java.util.Map<String, Analysis> recentlyTagged = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Analysis> eldest) {
                    return size() > 8;
                }
            });

    @Override
    public java.util.Set<String> titleWords() {
        return TitleLexicon.words();
    }

    @Override
    public Analysis analyzeTokens(List<List<String>> sentences) {
        StringBuilder joined = new StringBuilder();
        for (List<String> s : sentences) {
            if (s.isEmpty()) continue;
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) joined.append(' ');
                joined.append(s.get(i).replace(' ', '_'));
            }
            joined.append('\n');
        }
        String body = joined.toString();
        Annotation doc = new Annotation(body);
        pretokenized.get().annotate(doc);
        Analysis a = convert(body, doc);
        int given = 0;
        for (List<String> s : sentences) given += s.size();
        if (a.tokens().size() != given) throw new IllegalStateException("tokeniser split given tokens: " + given + " vs " + a.tokens().size());
        return entities.get().annotate(a);
    }

    /** Our analysis of a text CoreNLP has tagged (for the baselines, which tag it themselves). */
    static Analysis tagged(String body, Annotation doc) {
        return convert(body, doc);
    }

    private static Analysis convert(String body, Annotation doc) {
        List<CoreLabel> labels = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        int[] starts = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            starts[i] = l.beginPosition();
            tokens.add(new Token(i, body.substring(l.beginPosition(), l.endPosition()), l.lemma(), l.tag(),
                    l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Sentence(sentences.size(), s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    s.get(CoreAnnotations.TokenBeginAnnotation.class), s.get(CoreAnnotations.TokenEndAnnotation.class)));
        }
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap m : found) {
                int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                int first = tokenAt(starts, start);
                int last = tokenAt(starts, end - 1) + 1;
                String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null) {
                    times.add(new TimeExpression(body.substring(start, end), timex.timexType(), timex.value(),
                            start, end, first, last));
                    continue;
                }
                String type = EntityTypes.coarse(ner);
                // Pronouns come back as mentions too; entities are names, so their first token must be tagged.
                if (!type.equals("O") && !"O".equals(labels.get(first).ner())) mentions.add(new Mention(body.substring(start, end), type, start, end, first, last));
            }
        }
        return new Analysis(body, tokens, sentences, mentions, times);
    }

    private static int tokenAt(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Builds a value once, on first use, from any thread. */
    static final class Lazy<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) value = v = make.get();
                }
            }
            return v;
        }
    }
}
