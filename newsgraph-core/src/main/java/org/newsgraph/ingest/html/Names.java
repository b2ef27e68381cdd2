package org.newsgraph.ingest.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** An element's class and id, lower-cased, as the name-based heuristics see them, and word lists to match them. */
public final class Names {

    /** Names that mark the main content; a generic boilerplate name beside one of these is not trusted. */
    public static final Words CONTENT = Words.tokens("article|content|main|story|body|entry|post|text|prose");

    private Names() {}

    public static String of(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) return "";
        // one copy instead of two when both are ASCII, as names nearly always are
        int n = cls.length() + 1 + id.length();
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            char ch = i < cls.length() ? cls.charAt(i) : i == cls.length() ? ' ' : id.charAt(i - cls.length() - 1);
            if (ch >= 128) return (cls + " " + id).toLowerCase(Locale.ROOT);
            c[i] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return new String(c);
    }

    /** The element's names with their word starts worked out, for asking several word lists about them. */
    public static Name name(Element e) {
        String n = of(e);
        return n.isEmpty() ? Name.NONE : new Name(n);
    }

    /**
     * Whether the element's class or id holds {@code word} (lower-case ASCII), case ignored: the same answer as
     * {@code of(e).contains(word)} without building the name.
     */
    public static boolean contains(Element e, String word) {
        if (e.attributesSize() == 0) return false;
        return containsIgnoringAsciiCase(e.attr("class"), word) || containsIgnoringAsciiCase(e.attr("id"), word);
    }

    private static boolean containsIgnoringAsciiCase(String s, String word) {
        int last = s.length() - word.length();
        outer:
        for (int i = 0; i <= last; i++) {
            for (int k = 0; k < word.length(); k++) {
                char c = s.charAt(i + k);
                if (c >= 'A' && c <= 'Z') c += 32;
                if (c != word.charAt(k)) continue outer;
            }
            return true;
        }
        return false;
    }

    /** A lower-cased name and where its words start (a letter after a non-letter), found once. */
    public static final class Name {

        public static final Name NONE = new Name("");

        private final String text;
        private final int[] starts;

        private Name(String text) {
            this.text = text;
            int[] found = new int[8];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (Words.isLetter(text.charAt(i)) && (i == 0 || !Words.isLetter(text.charAt(i - 1)))) {
                    if (count == found.length) found = java.util.Arrays.copyOf(found, count * 2);
                    found[count++] = i;
                }
            }
            this.starts = java.util.Arrays.copyOf(found, count);
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }

        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Words that start where a name's word starts (after a non-letter), e.g. "comment" in "post-comments". */
    public static Words words(String alternation) {
        return new Words(alternation.split("\\|"), false);
    }

    /** Words found anywhere in a name, also inside other words ("nav" in "unavailable"), as a regular expression would. */
    public static Words parts(String alternation) {
        return new Words(alternation.split("\\|"), false, true);
    }

    /**
     * A fixed list of words looked for at word starts of a lower-cased name: a scan of the name's word starts
     * against the list, much cheaper than a regular expression with an alternation tried at every position.
     */
    public static final class Words {

        /** The words by their first letter, so that each word start is compared with few words. */
        private final String[][] byFirst = new String[26][];
        private final boolean whole;
        /** Looked for at every position, not only at word starts. */
        private final boolean anywhere;

        private Words(String[] words, boolean whole) {
            this(words, whole, false);
        }

        private Words(String[] words, boolean whole, boolean anywhere) {
            this.whole = whole;
            this.anywhere = anywhere;
            java.util.List<java.util.List<String>> buckets = new java.util.ArrayList<>();
            for (int i = 0; i < 26; i++) buckets.add(new java.util.ArrayList<>());
            for (String w : words) {
                if (w.isEmpty() || !isLetter(w.charAt(0))) throw new IllegalArgumentException("word must start with a-z: " + w);
                buckets.get(w.charAt(0) - 'a').add(w);
            }
            for (int i = 0; i < 26; i++) byFirst[i] = buckets.get(i).toArray(new String[0]);
        }

        /** Words that must be a whole word of the name ("ad" in "ad-slot" but not in "adult" nor "read"). */
        public static Words tokens(String alternation) {
            return new Words(alternation.split("\\|"), true);
        }

        /** The first listed word found in the name, or null. */
        public String find(String name) {
            int n = name.length();
            for (int i = 0; i < n; i++) {
                if (!anywhere && i > 0 && isLetter(name.charAt(i - 1))) continue;
                if (!isLetter(name.charAt(i))) continue;
                for (String w : byFirst[name.charAt(i) - 'a']) {
                    if (name.startsWith(w, i) && (!whole || i + w.length() == n || !isLetter(name.charAt(i + w.length())))) {
                        return w;
                    }
                }
            }
            return null;
        }

        public boolean in(String name) {
            return !name.isEmpty() && find(name) != null;
        }

        /** As {@link #in(String)}, looking only at the word starts already found. */
        public boolean in(Name name) {
            if (anywhere) return in(name.text);
            String n = name.text;
            int len = n.length();
            for (int i : name.starts) {
                for (String w : byFirst[n.charAt(i) - 'a']) {
                    if (n.startsWith(w, i) && (!whole || i + w.length() == len || !isLetter(n.charAt(i + w.length())))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean isLetter(char c) {
            return c >= 'a' && c <= 'z';
        }
    }
}
