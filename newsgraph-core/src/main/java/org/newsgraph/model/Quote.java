package org.newsgraph.model;

/**
 * Direct or reported speech with its resolved speaker.
 *
 * <p>{@code start, end} is the content span (inside the quote marks for direct speech). The fields after
 * {@code end} were added later (the contract only grows): {@code speakerStart, speakerEnd} locate the source
 * mention ({@code speakerMention}), {@code cueStart, cueEnd} the cue; both are -1 when there is none in the
 * text (a quote paragraph continuing an earlier speaker's words). {@code setting} is where or how the words
 * were given besides the medium ("interview", "White House"), {@code parent} the index in the article's quote
 * list of the attribution that encloses this one (a partial quote inside reported speech, or a source cited
 * by a source), -1 for none. {@code kind} says what was attributed: "speech" (words said or written: a verb of
 * saying, "according to", a speaker label, a quotation), "thought" (a belief, feeling, wish or intention:
 * "believes", "wants", "plans") or "other" (a stance or evidence: "endorsed", "polls show").
 */
public record Quote(String text, boolean direct, String speaker, String speakerMention, boolean anonymous,
                    String cue, String medium, int start, int end,
                    int speakerStart, int speakerEnd, int cueStart, int cueEnd, String setting, int parent,
                    String kind) {

    /** A quote of words said: the form every reader built before {@code kind} was added. */
    public Quote(String text, boolean direct, String speaker, String speakerMention, boolean anonymous, String cue,
                 String medium, int start, int end, int speakerStart, int speakerEnd, int cueStart, int cueEnd,
                 String setting, int parent) {
        this(text, direct, speaker, speakerMention, anonymous, cue, medium, start, end, speakerStart, speakerEnd,
                cueStart, cueEnd, setting, parent, "speech");
    }
}
