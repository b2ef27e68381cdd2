package org.newsgraph.nlp.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Our named-entity tagger: PERSON, ORGANIZATION, LOCATION and MISC over given tokens, an article at a time. Two
 * passes of an averaged structured perceptron over BILOU labels, each decoded by Viterbi: the first reads each word, its neighbours, shapes,
 * affixes, word classes and the gazetteer; the second also reads what the first said about the same word elsewhere
 * in the article and about the words after. Trained on CoNLL++ train by {@code newsgraph train ner}; the weights
 * ship as a resource. Immutable and thread-safe.
 */
public final class EntityTagger {

    /** A name over tokens {@code [first, end)} of sentence {@code sentence}. */
    public record Name(int sentence, int first, int end, String type) {}

    static final String MODEL = "entity-model.bin.gz";
    static final String CLUSTERS = "word-clusters.tsv.gz";
    private static final String MAGIC = "NGNER2";

    private final EntityWeights firstPass;
    private final EntityWeights secondPass;
    private final PlaceMatches places;
    private final WordClusters clusters;

    EntityTagger(EntityWeights firstPass, EntityWeights secondPass, WordClusters clusters) {
        this.firstPass = firstPass;
        this.secondPass = secondPass;
        this.places = new PlaceMatches(Gazetteer.get());
        this.clusters = clusters;
    }

    private static final class Holder {
        static final EntityTagger STANDARD = load();
    }

    /** The shipped model, loaded once per JVM on first use. */
    public static EntityTagger standard() {
        return Holder.STANDARD;
    }

    private static EntityTagger load() {
        try (InputStream model = EntityTagger.class.getResourceAsStream(MODEL)) {
            if (model == null) throw new IllegalStateException("entity model resource missing: " + MODEL);
            return read(model, standardClusters());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + MODEL, e);
        }
    }

    /** The shipped word classes, or none when the resource is absent. */
    public static WordClusters standardClusters() {
        try (InputStream in = EntityTagger.class.getResourceAsStream(CLUSTERS)) {
            return in == null ? WordClusters.NONE : WordClusters.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word classes " + CLUSTERS, e);
        }
    }

    public static EntityTagger read(InputStream model, WordClusters clusters) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(model, 1 << 16), 1 << 16));
        if (!d.readUTF().equals(MAGIC)) throw new IOException("not a two-pass entity model");
        EntityWeights first = EntityWeights.read(d);
        EntityWeights second = EntityWeights.read(d);
        return new EntityTagger(first, second, clusters);
    }

    /** Writes a two-pass model: each pass's features and dense weights (labels × features), small weights left out. */
    public static void write(OutputStream out, long[] firstFeatures, float[] firstWeights, long[] secondFeatures,
                             float[] secondWeights, float keep) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeUTF(MAGIC);
        EntityWeights.write(firstFeatures, firstWeights, keep, d);
        EntityWeights.write(secondFeatures, secondWeights, keep, d);
        d.flush();
        gz.finish();
        gz.flush();
    }

    /** The article's sentences (each a list of tokens as written) ready for tagging or learning. */
    public Document document(List<List<String>> sentences) {
        return new Document(sentences, places, clusters);
    }

    /** A document read with the given word classes (for training, before a tagger exists). */
    public static Document document(List<List<String>> sentences, WordClusters clusters) {
        return new Document(sentences, new PlaceMatches(Gazetteer.get()), clusters);
    }

    /**
     * The analysis with the tagger's names as its mentions, and each token inside a name labelled with the name's
     * type (other tokens keep their labels: numbers, dates).
     */
    public Analysis annotate(Analysis a) {
        List<List<String>> words = new ArrayList<>(a.sentences().size());
        List<int[]> wordTokens = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            List<String> ws = new ArrayList<>(s.endToken() - s.firstToken());
            int[] firstTokens = new int[s.endToken() - s.firstToken() + 1];
            int t = s.firstToken();
            while (t < s.endToken()) {
                int end = hyphenated(a, t, s.endToken());
                firstTokens[ws.size()] = t;
                ws.add(end == t + 1 ? a.tokens().get(t).text() : a.span(a.tokens().get(t).start(), a.tokens().get(end - 1).end()));
                t = end;
            }
            firstTokens[ws.size()] = s.endToken();
            words.add(ws);
            wordTokens.add(firstTokens);
        }
        List<Token> tokens = new ArrayList<>(a.tokens());
        List<Mention> mentions = new ArrayList<>();
        for (Name n : tag(words)) {
            int[] firstTokens = wordTokens.get(n.sentence());
            int first = firstTokens[n.first()];
            int end = firstTokens[n.end()];
            int start = tokens.get(first).start();
            int stop = tokens.get(end - 1).end();
            mentions.add(new Mention(a.span(start, stop), n.type(), start, stop, first, end));
            for (int t = first; t < end; t++) {
                Token k = tokens.get(t);
                tokens.set(t, new Token(k.index(), k.text(), k.lemma(), k.pos(), n.type(), k.start(), k.end()));
            }
        }
        return new Analysis(a.text(), tokens, a.sentences(), mentions, a.times());
    }

    /**
     * Where the word starting at token {@code t} ends: CoreNLP splits "al-Nujaba" and "US-led" at the hyphen, CoNLL
     * (what the tagger learnt from) keeps them whole, so tokens joined by hyphens with no space between are one word.
     */
    private static int hyphenated(Analysis a, int t, int sentenceEnd) {
        int end = t + 1;
        while (end + 1 < sentenceEnd && a.tokens().get(end).text().equals("-")
                && a.tokens().get(end - 1).end() == a.tokens().get(end).start()
                && a.tokens().get(end).end() == a.tokens().get(end + 1).start()
                && Character.isLetterOrDigit(a.tokens().get(end + 1).text().codePointAt(0))
                && Character.isLetterOrDigit(a.tokens().get(end - 1).text().codePointBefore(a.tokens().get(end - 1).text().length()))) {
            end += 2;
        }
        return end;
    }

    /** The names in an article's sentences. */
    public List<Name> tag(List<List<String>> sentences) {
        return names(labels(document(sentences)));
    }

    /** BILOU labels of every token, both passes run. */
    public int[][] labels(Document d) {
        d.firstPass(Decoder.run(d, false, (f, s) -> add(firstPass, f, s)));
        return Decoder.run(d, true, (f, s) -> add(secondPass, f, s));
    }

    private static void add(EntityWeights w, Features f, float[] scores) {
        for (int k = 0; k < f.size(); k++) w.addTo(f.get(k), scores);
    }

    /** The names that BILOU labels spell. */
    public static List<Name> names(int[][] labels) {
        List<Name> out = new ArrayList<>();
        for (int s = 0; s < labels.length; s++) {
            int start = -1;
            for (int i = 0; i < labels[s].length; i++) {
                int y = labels[s][i];
                char p = EntityLabels.part(y);
                if (p == 'B') start = i;
                else if (p == 'U') out.add(new Name(s, i, i + 1, EntityLabels.TYPES.get(EntityLabels.type(y))));
                else if (p == 'L' && start >= 0) {
                    out.add(new Name(s, start, i + 1, EntityLabels.TYPES.get(EntityLabels.type(y))));
                    start = -1;
                }
            }
        }
        return out;
    }
}
