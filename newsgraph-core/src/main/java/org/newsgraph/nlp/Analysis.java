package org.newsgraph.nlp;

import java.util.List;

/** What the NLP engine found in one text; every span is an offset into {@code text}. */
public record Analysis(String text, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
                       List<TimeExpression> times) {

    public Analysis {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }

    public Analysis withMentions(List<Mention> newMentions) {
        return new Analysis(text, tokens, sentences, newMentions, times);
    }

    public Analysis withTimes(List<TimeExpression> newTimes) {
        return new Analysis(text, tokens, sentences, mentions, newTimes);
    }

    /** The sentence holding the token at {@code tokenIndex}. */
    public Sentence sentenceOf(int tokenIndex) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (tokenIndex < s.firstToken()) hi = mid - 1;
            else if (tokenIndex >= s.endToken()) lo = mid + 1;
            else return s;
        }
        throw new IllegalArgumentException("no sentence holds token " + tokenIndex);
    }

    public String span(int start, int end) {
        return text.substring(start, end);
    }
}
