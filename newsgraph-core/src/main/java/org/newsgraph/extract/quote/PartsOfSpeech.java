package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Token;

/**
 * The tagger's part of speech for each word the attribution rules read, found by the character offset where the
 * word starts (the rules' tokenizer and the tagger's split words differently, but most words start at the same
 * place). The cue model reads them: "plans" after "campaign" is a verb, after "her" a noun.
 */
public record PartsOfSpeech(String[] byOffset) {

    /** No tags: the cue model then reads words alone. */
    public static final PartsOfSpeech NONE = new PartsOfSpeech(new String[0]);

    public static PartsOfSpeech of(Analysis tagged) {
        String[] at = new String[tagged.text().length() + 1];
        for (Token t : tagged.tokens()) if (t.start() >= 0 && t.start() < at.length) at[t.start()] = t.pos();
        return new PartsOfSpeech(at);
    }

    /** The words with their tags ("?" where no tagger token starts); the words as they are without tags. */
    public List<Word> on(List<Word> words) {
        if (byOffset.length == 0) return words;
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            String tag = w.start() < byOffset.length ? byOffset[w.start()] : null;
            out.add(new Word(w.text(), w.start(), w.end(), tag == null ? "?" : tag));
        }
        return out;
    }
}
