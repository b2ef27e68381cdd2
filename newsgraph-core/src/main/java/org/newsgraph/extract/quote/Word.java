package org.newsgraph.extract.quote;

import java.util.Locale;

/** One token of a sentence with its offsets in the article text, and its part of speech when it was tagged. */
public record Word(String text, int start, int end, String tag) {

    public Word(String text, int start, int end) {
        this(text, start, end, null);
    }

    /** Whether the tagger gave this word a tag starting so ("NN": a noun, "VB": a verb); false when untagged. */
    public boolean tagged(String prefix) {
        return tag != null && tag.startsWith(prefix);
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isLetters() {
        return Character.isLetter(text.charAt(0));
    }

    /** A lower-case word ending in -ly ("repeatedly"), but not a noun that does too ("family", "rally", "supply"). */
    public boolean adverb() {
        String l = lower();
        return l.endsWith("ly") && l.length() > 3 && !capitalised() && !NOT_ADVERBS.contains(l);
    }

    private static final java.util.Set<String> NOT_ADVERBS = java.util.Set.of("family", "ally", "rally", "supply",
            "assembly", "reply", "apply", "comply", "rely", "multiply", "belly", "bully", "folly", "jelly", "monopoly",
            "anomaly", "homily", "july", "italy", "fly", "butterfly", "melancholy", "elderly");

    public boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }
}
