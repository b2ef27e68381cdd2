package org.newsgraph.extract.quote;

/**
 * The words that mark an attribution: a verb of saying ("said", "told"), a participle hanging on a clause
 * whose subject is the speaker ("saying", "adding"), or "according to".
 */
public record Cue(Span span, String text, Form form, int word) {

    /** LABEL: a speaker's name before a colon ("PENCE: Well, look") or after a dash following a quote. */
    public enum Form { VERB, PARTICIPLE, ACCORDING_TO, LABEL }
}
