package org.newsgraph.extract.quote;

/**
 * One attribution found in the text, before its speaker is resolved: content, source mention and cue spans
 * (source and cue may be null for a quote paragraph continuing an earlier one), the sentence it sits in,
 * and the attribution that encloses it (for partial quotes inside reported speech and nested sources).
 */
public record Attribution(Span content, boolean direct, Span source, Cue cue, Span sentence, Attribution parent,
                          Attribution continues) {

    public Attribution withParent(Attribution p) {
        return new Attribution(content, direct, source, cue, sentence, p, continues);
    }

    public Attribution withContent(Span c) {
        return new Attribution(c, direct, source, cue, sentence, parent, continues);
    }
}
