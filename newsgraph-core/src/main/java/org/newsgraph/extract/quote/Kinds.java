package org.newsgraph.extract.quote;

import java.util.Set;

/**
 * What kind of attribution a quote is, so that a reader can tell words said from what the cue model adds to
 * reach the attributions news text makes without a verb of saying: "speech" (a verb of saying, "according
 * to", a speaker label, or the source's own words in quote marks), "thought" (a belief, a feeling, a wish or
 * an intention: "believes", "wants", "plans") and "other" (a stance or evidence: "endorsed", "polls show").
 */
public final class Kinds {

    public static final String SPEECH = "speech";
    public static final String THOUGHT = "thought";
    public static final String OTHER = "other";

    /** Stems (as {@link AttributionFeatures#stem} cuts them) of verbs of believing, knowing, feeling and wanting. */
    private static final Set<String> THOUGHT_STEMS = Set.of("believ", "believe", "think", "thought", "know", "knew",
            "known", "feel", "felt", "fear", "hop", "hope", "want", "plan", "plann", "expect", "worry", "intend",
            "doubt", "wonder", "assum", "assume", "suspect", "consider", "wish", "prefer", "remember", "understand",
            "understood", "realiz", "realize", "learn", "learned", "decid", "decide", "seek", "sought", "aim",
            "imagin", "imagine", "convinc", "convinced", "concern", "concerned", "sure", "confident", "afraid",
            "dream", "desir", "desire", "regret", "trust", "view", "opinion", "belief", "judg", "judge", "envision");

    private Kinds() {}

    public static String of(Attribution a, String text) {
        Cue cue = a.cue();
        if (a.direct() || cue == null || cue.form() == Cue.Form.LABEL || cue.form() == Cue.Form.ACCORDING_TO)
            return SPEECH;
        for (String word : cue.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (CueWords.VERBS.contains(word) || CueWords.PARTICIPLES.contains(word)) return SPEECH;
        }
        for (String word : cue.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (THOUGHT_STEMS.contains(AttributionFeatures.stem(word)) || THOUGHT_STEMS.contains(word)) return THOUGHT;
        }
        return OTHER;
    }
}
