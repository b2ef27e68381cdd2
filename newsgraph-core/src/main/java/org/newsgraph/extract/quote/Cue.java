package org.newsgraph.extract.quote;

/**
 * The words that mark an attribution: a verb of saying ("said", "told"), a participle hanging on a clause
 * whose subject is the speaker ("saying", "adding"), "according to", a label, or a noun its source owns.
 */
public record Cue(Span span, String text, Form form, int word) {

    /**
     * LABEL: a speaker's name before a colon ("PENCE: Well, look") or after a dash following a quote. NOUN: a
     * noun of saying or thinking owned by its source ("his claim that ...", "Trump's plan to ..."). PASSIVE: a
     * participle with its agent after "by" ("was first reported by the Post", "a view echoed by her aides").
     */
    public enum Form { VERB, PARTICIPLE, ACCORDING_TO, LABEL, NOUN, PASSIVE }
}
