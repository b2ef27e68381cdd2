package org.newsgraph.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The words of one text for the time rules, with the sentence each starts: the tagger's tokens, hyphenated ones
 * cut at their hyphens (a number date such as 1998-08-07 stays whole). Reading past either end gives an empty word,
 * so rules look ahead and behind without bounds checks.
 */
final class Words {

    private static final Word NONE = new Word("", "", -1, -1, -1, "", false);

    private final List<Word> list = new ArrayList<>();
    private final List<Integer> sentenceOfWord = new ArrayList<>();
    private final List<Integer> sentenceStarts = new ArrayList<>();

    Words(Analysis a) {
        int sentence = 0;
        List<Sentence> sentences = a.sentences();
        List<Token> tokens = a.tokens();
        boolean joinNext = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            while (sentence + 1 < sentences.size() && t.index() >= sentences.get(sentence + 1).firstToken()) sentence++;
            while (sentenceStarts.size() <= sentence) sentenceStarts.add(list.size());
            // the tagger may cut "third-quarter" into three tokens; the hyphen only joins its neighbours
            if (t.text().equals("-") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).end() == t.start()
                    && tokens.get(k + 1).start() == t.end()) {
                joinNext = true;
                continue;
            }
            add(t, sentence, joinNext);
            joinNext = false;
        }
        sentenceStarts.add(list.size());
    }

    private void add(Token t, int sentence, boolean joinedToPrevious) {
        String s = t.text();
        boolean numberDate = s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
        int from = 0;
        boolean joined = joinedToPrevious;
        for (int i = 0; i <= s.length(); i++) {
            boolean cut = i == s.length() || (!numberDate && s.charAt(i) == '-' && i > 0 && i < s.length() - 1);
            if (!cut) continue;
            if (i > from) {
                list.add(Word.of(s.substring(from, i), t.start() + from, t.start() + i, t.index(), t.pos(), joined));
                sentenceOfWord.add(sentence);
            }
            from = i + 1;
            joined = true;
        }
    }

    int size() {
        return list.size();
    }

    Word get(int i) {
        return i < 0 || i >= list.size() ? NONE : list.get(i);
    }

    String bare(int i) {
        return get(i).bare();
    }

    boolean is(int i, String... any) {
        String b = bare(i);
        for (String a : any) if (a.equals(b)) return true;
        return false;
    }

    /** The index of the sentence the word lies in. */
    int sentence(int i) {
        return sentenceOfWord.get(i);
    }

    /** The first word of a sentence, and the word after its last. */
    int sentenceStart(int sentence) {
        return sentenceStarts.get(sentence);
    }

    int sentenceEnd(int sentence) {
        return sentenceStarts.get(sentence + 1);
    }

    boolean startsSentence(int i) {
        return i == sentenceStart(sentence(i)) || (i > 0 && get(i - 1).text().matches("[\"'`(\\[]+"));
    }
}
