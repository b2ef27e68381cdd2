package org.newsgraph.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The head words of person titles, read once from the TITLE entries of CoreNLP's KBP gazetteers (in the models
 * jar): the last word of each entry ("minister" of "prime minister", "chief" of "bureau chief"), plus the
 * honorifics that precede names.
 */
final class TitleLexicon {

    private static final String[] FILES = {
        "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab",
        "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab",
    };
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sheikh", "sheik", "sir", "dame", "lord", "lady", "rev.", "gen.", "col.", "lt.", "sgt.", "capt.");

    private TitleLexicon() {}

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    static Set<String> words() {
        return Holder.WORDS;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(HONORIFICS);
        for (String file : FILES) {
            InputStream in = TitleLexicon.class.getClassLoader().getResourceAsStream(file);
            if (in == null) throw new IllegalStateException("CoreNLP models jar lacks " + file);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab < 0 || !line.startsWith("TITLE\t", tab + 1)) continue;
                    String entry = line.substring(0, tab).strip();
                    String head = entry.substring(entry.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                    if (head.chars().allMatch(Character::isLetter)) words.add(head);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
