package org.newsgraph.extract.quote;

import java.util.Set;

/**
 * The verbs that introduce speech, by the form the rules treat differently. Chosen from the wire-style verbs of
 * saying and the most frequent cues of the PolNeAR training split; only verbs whose object is what was said
 * (not "blamed", "criticized"), because a Quote is words, not an opinion read into an action.
 */
public final class CueWords {

    /** Finite verbs of saying: the source is their subject. */
    static final Set<String> VERBS = Set.of(
            "said", "says", "say", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated",
            "explained", "explains", "argued", "argues", "argue", "asked", "asks", "wrote", "writes", "reported",
            "reports", "announced", "announces", "claimed", "claims", "claim", "insisted", "insists", "insist",
            "warned", "warns", "warn", "declared", "declares", "acknowledged", "acknowledges", "confirmed",
            "confirms", "denied", "denies", "stressed", "stresses", "emphasized", "emphasised", "urged", "urges",
            "tweeted", "tweets", "posted", "replied", "replies", "responded", "responds", "continued", "continues",
            "suggested", "suggests", "suggest", "predicted", "predicts", "promised", "promises", "vowed", "vows",
            "pledged", "admitted", "admits", "recalled", "recalls", "conceded", "concedes", "countered",
            "cautioned", "observed", "remarked", "maintained", "maintains", "contended", "contends", "alleged",
            "alleges", "testified", "estimated", "complained", "complains", "concluded", "disclosed", "revealed",
            "indicated", "hinted", "retorted", "quipped", "shouted", "affirmed", "asserted", "asserts",
            "reiterated", "assured", "informed", "agreed", "agrees",
            // Verbs that report what someone said by naming the act: in the PolNeAR training split each is an
            // annotated cue in at least 60% of its uses (and at least ten times); verbs of mere opinion or
            // appearance ("think", "seemed") are left out, as a quote is something said.
            "called", "described", "describes", "endorsed", "accused", "accuses", "criticized",
            "criticised", "criticizes", "declined", "expressed", "cited", "cites", "defended", "praised",
            "questioned", "rejected", "blasted", "denounced", "dismissed", "blamed", "mocked", "condemned",
            "echoed", "mentioned", "referred", "showed", "finds");

    /** Participles that attach speech to the subject of the clause before them: "..., saying it would ...". */
    static final Set<String> PARTICIPLES = Set.of(
            "saying", "adding", "noting", "telling", "arguing", "explaining", "stressing", "warning", "insisting",
            "claiming", "declaring", "asking", "stating", "acknowledging", "suggesting", "describing",
            "writing", "tweeting", "announcing", "predicting", "promising", "vowing", "urging", "emphasizing",
            "calling", "citing", "referring", "criticizing", "accusing", "recalling", "denouncing", "questioning",
            "pointing");

    /** Verbs that commonly come before their subject after a quote or clause: '"...," said Caddell.' */
    static final Set<String> INVERTIBLE = Set.of(
            "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "explained", "noted",
            "replied", "recalled", "responded", "insisted", "argued", "declared", "warned", "quipped", "tweeted",
            "stated", "concluded", "observed", "remarked", "countered", "reported", "reports", "announced",
            "explains", "conceded", "acknowledged", "cautioned", "admitted");

    /** Verbs whose first object is the listener, not the words: "told Reuters that ...". */
    static final Set<String> TAKES_LISTENER = Set.of(
            "told", "tells", "tell", "telling", "assured", "informed", "warned", "warning", "urged", "urging",
            "asked", "asking", "promised", "promising", "reminded");

    private CueWords() {}
}
