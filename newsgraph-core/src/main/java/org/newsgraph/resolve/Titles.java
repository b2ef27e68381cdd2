package org.newsgraph.resolve;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The title a person's name follows ("Prime Minister", "spy chief", "CIA Director", "US national security
 * spokesperson"): a noun phrase right before the name whose last word heads a title, with its modifiers (adjectives,
 * nouns, names of organisations and places) up to a determiner, a possessive, punctuation or a verb.
 */
public final class Titles {

    private static final int MAX_WORDS = 6;

    private final Set<String> heads;

    public Titles(Set<String> heads) {
        this.heads = heads;
    }

    /** Token index where the title before {@code person} starts, or {@code person.firstToken()} when it has none. */
    public int titleStart(Analysis a, Mention person) {
        return titleStart(a, person.firstToken(), a.sentenceOf(person.firstToken()));
    }

    private int titleStart(Analysis a, int nameStart, Sentence s) {
        int i = nameStart - 1;
        if (i < s.firstToken() || !isHead(a.tokens().get(i))) return nameStart;
        int start = i;
        for (int j = i - 1; j >= s.firstToken() && i - j < MAX_WORDS; j--) {
            Token t = a.tokens().get(j);
            if (!isModifier(t)) break;
            start = j;
        }
        return start;
    }

    /** Leading words of a name that are titles or honorifics ("Sheikh", "President"), to be moved to the title. */
    public int nameStart(Analysis a, Mention person) {
        int i = person.firstToken();
        while (i < person.endToken() - 1 && heads.contains(a.tokens().get(i).text().toLowerCase(Locale.ROOT))) i++;
        return i;
    }

    /** The title text before a person mention, or null. */
    public String titleBefore(Analysis a, Mention person) {
        int nameStart = nameStart(a, person);
        int start = titleStart(a, person);
        if (start == person.firstToken() && nameStart == person.firstToken()) return null;
        int end = nameStart - 1;
        return a.text().substring(a.tokens().get(start).start(), a.tokens().get(end).end());
    }

    private boolean isHead(Token t) {
        return (t.pos().startsWith("NN") || t.pos().equals("JJ")) && heads.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isModifier(Token t) {
        if (t.ner().equals("PERSON")) return false;
        String p = t.pos();
        return p.startsWith("NN") || p.equals("JJ") || p.equals("JJS") || p.equals("VBN") && t.isCapitalised();
    }
}
