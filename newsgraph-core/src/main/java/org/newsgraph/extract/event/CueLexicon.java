package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that report each PLOVER act, written for newsgraph from the PLOVER categories' definitions
 * (verbs and fixed phrases; word stems end in \w*). The first cue of a sentence names its act: news sentences
 * put the reported act first ("demanded that its partners refuse ..." is a demand, not a rejection).
 * Nouns are left out where they mostly name a topic rather than an act ("sanctions", "talks" stay out).
 */
public final class CueLexicon {

    private record Entry(String type, Pattern pattern) {}

    private static final List<Entry> ENTRIES = new ArrayList<>();

    private static void cue(String type, String... phrases) {
        for (String p : phrases) {
            ENTRIES.add(new Entry(type, Pattern.compile("\\b" + p.replace(" ", "\\s+") + "\\b", Pattern.CASE_INSENSITIVE)));
        }
    }

    static {
        // an idiom before the violence its verb names: "struck a deal" is an agreement
        cue("AGREE", "str(?:uck|ike|ikes|iking) (?:a |an )?(?:\\w+ )?(?:deal|agreement|accord|bargain|compromise)");
        // verbal conflict first where phrases overlap: "refused to meet" is a rejection, not a meeting
        cue("REJECT", "reject\\w*", "refus\\w*", "den(?:y|ied|ies|ying)", "veto\\w*", "turn(?:ed|s)? down", "rebuff\\w*",
                "out of the question", "dismiss(?:ed|es)?", "defie[ds]", "defy\\w*", "declin(?:ed|es) to", "ruled out",
                "oppos(?:e|ed|es)", "resist\\w*", "boycott(?:ed|s)? (?:the )?(?:talks|elections?|vote)", "reneg\\w*");
        cue("THREATEN", "threat\\w*", "warn\\w*", "ultimatum");
        cue("REQUEST", "demand\\w*", "call(?:ed|s|ing)? (?:on|for|upon)", "urg(?:e|ed|es|ing)", "appeal\\w*",
                "ask(?:ed|s)?", "request\\w*", "insist\\w*", "press(?:ed)? for", "seek\\w*", "sought",
                "want(?:s|ed)? (?:\\w+ ){0,6}?(?:exit|withdrawal|departure|release|resignation)",
                "must(?! not)");
        cue("ACCUSE", "accus\\w*", "criticiz\\w*", "criticis\\w*", "condemn\\w*", "denounc\\w*", "blam\\w*", "sue[ds]?",
                "suing", "investigat\\w*", "probe[ds]?", "complain\\w*", "deplor\\w*", "rebuk\\w*", "censur\\w*",
                "alleg\\w*", "charg(?:ed|es) (?:that|with)", "lodg\\w* (?:an? )?(?:\\w+ )?protest", "disapprov\\w*",
                "objected", "castigat\\w*", "lambast\\w*", "slam(?:s|med)");
        cue("COERCE", "arrest\\w*", "detain\\w*", "seiz\\w*", "confiscat\\w*", "ban(?:s|ned)?", "deport\\w*",
                "jail\\w*", "imprison\\w*", "sentenc\\w*", "censor\\w*", "order(?:ed|s)? .{0,40}? to (?:suspend|close|leave|stop)",
                "shut(?:s)? down", "clos(?:ed|es) down", "impos(?:e|ed|es|ing) (?:a )?(?:curfew|martial law|state of emergency)",
                "demolish\\w*", "hack\\w*", "human shields?", "abduct\\w*", "kidnap\\w*", "took hostage", "taken hostage", "crack(?:ed)? down", "expropriat\\w*", "round(?:ed)? up");
        cue("SANCTION", "sanction(?:ed|ing)", "impos(?:e|ed|es|ing) sanctions", "expel\\w*", "embargo\\w*",
                "sever(?:ed|s)?", "break (?:off )?(?:diplomatic )?(?:relations|ties)", "broke (?:off )?(?:diplomatic )?(?:relations|ties)",
                "recall(?:ed|s)? (?:its |their )?(?:ambassador|envoy)", "suspend\\w*", "cut (?:off )?(?:aid|ties|relations)",
                "halt(?:ed|s)? (?:aid|talks|negotiations|relations)", "withdr[ae]w (?:its |their )?(?:ambassador|recognition)",
                "boycott\\w*");
        cue("ASSAULT", "attack\\w*", "kill\\w*", "bomb\\w*", "shell(?:ed|ing)", "fir(?:ed|ing) (?:on|at)", "clash\\w*",
                "fought", "fight\\w*", "shoot\\w*", "shot", "wound\\w*", "assassinat\\w*", "invad\\w*", "invasion",
                "strikes? (?:on|against)", "struck", "air ?strikes?", "strikes", "massacr\\w*", "ambush\\w*", "tortur\\w*",
                "open(?:ed|s)? fire", "forc(?:ed|es) out", "blew up", "suicide", "explo(?:ded|sion)", "battl\\w*", "assault\\w*",
                "occup(?:y|ied|ies)", "captur\\w*", "offensive", "slam(?:med)? targets", "pound\\w*", "rocket\\w*",
                "murder\\w*", "lynch\\w*", "executed", "beat(?:en)?", "raid(?:ed|s)?");
        cue("PROTEST", "protest(?:ed|ers|ing|s)?", "demonstrat\\w*", "march(?:ed|es)", "rall(?:y|ied|ies)",
                "hunger strike", "(?:went|go|going) on strike", "strik(?:e|ing) workers", "sit-in", "riot\\w*",
                "block(?:ed|ade)");
        cue("MOBILIZE", "mobiliz\\w*", "mobilis\\w*", "deploy\\w*", "mass(?:ed|ing) (?:troops|forces)",
                "put (?:its |their )?(?:forces|troops) on alert", "on (?:high )?alert", "reinforc\\w*", "military exercises?",
                "dispatch(?:ed)? (?:troops|warships)");
        cue("RETREAT", "withdr(?:aw|ew|awn|awing|awal)", "pull(?:ed|s)? out", "pull(?:ed)? back", "retreat\\w*",
                "releas\\w*", "fre(?:ed|es) (?:the )?(?:hostages?|prisoners?|detainees?)", "return(?:ed|s)? (?:the )?(?:bodies|property|land|territory)",
                "resign\\w*", "surrender\\w*", "step(?:ped)? down", "disarm\\w*", "demobiliz\\w*", "ceasefire", "cease-fire", "truce",
                "evacuat\\w*", "hand(?:ed)? over");
        cue("CONCEDE", "allow\\w*", "eas(?:e|ed|es|ing)", "lift(?:ed|s)?", "accede\\w*", "conced\\w*", "yield\\w*",
                "accept(?:ed|s)? (?:the |their |its )?demands", "grant(?:ed|s)? (?:amnesty|autonomy|rights|independence)", "relent\\w*", "back(?:ed)? down",
                "apologi[sz]\\w*", "compromis\\w*", "relax\\w*");
        cue("AID", "grant(?:ed|s)? (?:\\w+ )?asylum", "giv(?:e|es|en) .{0,30}?(?:grant|aid|loan)", "aid", "assist\\w*", "provid\\w* (?:\\w+ )?(?:aid|assistance|help|relief|food|supplies|loans?|funds?|shelter)",
                "donat\\w*", "sen[dt]s? (?:\\w+ )?(?:aid|relief|food|supplies|doctors|medicine)", "relief", "humanitarian",
                "loan\\w*", "rescue\\w*");
        cue("COOPERATE", "cooperat\\w*", "co-operat\\w*", "collaborat\\w*", "shar(?:e|ed|es|ing) intelligence",
                "extradit\\w*", "joint (?:exercises?|patrols?|operations?|venture)", "jointly", "trade agreement");
        cue("SUPPORT", "prais\\w*", "endors\\w*", "support\\w*", "back(?:ed|s|ing)", "recogni[sz](?:e|ed|es)",
                "forgiv\\w*", "forgave", "welcom\\w*", "congratulat\\w*", "commend\\w*", "hail\\w*", "sign(?:ed|s)? (?:an? |the )?\\w* ?(?:agreement|accord|treaty|deal|pact)",
                "defend\\w* .{0,30}?(?:right|decision|policy|record)", "rall(?:y|ied) behind", "sympath\\w*", "solidarity",
                "thank\\w*", "applaud\\w*",
                "establish\\w* (?:diplomatic )?(?:ties|relations)");
        cue("CONSULT", "meet\\w*", "met", "visit\\w*", "host\\w*", "discuss\\w*", "negotiat\\w*", "talks? with",
                "held talks", "consult\\w*", "mediat\\w*", "telephon\\w*", "phoned", "spoke (?:by phone )?with", "summit",
                "conferr\\w*", "hold talks");
        cue("AGREE", "agre(?:e|ed|es|eing|ement)", "promis\\w*", "pledg\\w*", "vow\\w*", "offer\\w*",
                "commit\\w* to", "accept\\w*", "expressed (?:hope|desire|interest)", "propos\\w*", "consent\\w*");
    }

    /** Nouns that name a violent act, in which something can happen ("killed in an air strike"). */
    private static final java.util.Set<String> ACT_NOUNS = java.util.Set.of("strike", "airstrike", "attack", "raid",
            "bombing", "shelling", "assault", "ambush", "explosion", "blast", "offensive", "invasion", "shooting",
            "bombardment", "operation", "incursion", "clash", "fighting", "battle");

    private CueLexicon() {}

    static boolean isActNoun(String lemma) {
        return ACT_NOUNS.contains(lemma) || ACT_NOUNS.contains(lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma);
    }

    /** Every cue in {@code text}, in text order; at one position the earlier-listed type wins. */
    public static List<Cue> find(String text) {
        List<Cue> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern.matcher(text);
            while (m.find()) {
                int s = m.start(), t = m.end();
                if (out.stream().noneMatch(c -> c.start() < t && s < c.end())) out.add(new Cue(e.type, s, t));
            }
        }
        out.sort(Comparator.comparingInt(Cue::start));
        return out;
    }

    /** The sentence's act: its first cue, typed as the words before it frame it (see {@link Framing}); or null. */
    public static Cue first(String text) {
        List<Cue> all = find(text);
        if (all.isEmpty()) return null;
        Cue c = all.get(0);
        Framing.Framed f = Framing.frame(c.type(), text.substring(0, c.start()));
        return new Cue(f.type(), c.start(), c.end(), f.mode());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
