package org.newsgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Sentence;

/**
 * Denials and disputes of an assertion, three ways the news writes them:
 * <ul>
 *   <li>after it: "..., claims Norland denies", "..., which the ministry rejected", "..., an accusation Vesta disputes";</li>
 *   <li>by an agent: "..., a figure disputed by the army";</li>
 *   <li>in the next sentence: "The ministry denied the reports." (the assertion is in the sentence before).</li>
 * </ul>
 * deny and dismiss give "denied"; dispute, reject and contest give "disputed".
 */
public final class Denials {

    /** Bodies that deny things, named by a common noun: "the army", "Marlow police", "the electoral board". */
    private static final String BODY = "(?:government|military|army|ministry|company|police|authorities|group"
            + "|officials|board|commission|council|union|leadership|embassy|office|agency|spokesman|spokeswoman"
            + "|spokesperson|forces|administration|movement|party|court|prosecutors)";
    private static final String NAME = "(?<party>(?:[Tt]he )?\\p{Lu}[\\p{L}'\u2019.-]*(?: (?:of |the )?\\p{Lu}[\\p{L}'\u2019.-]*)*"
            + "(?: " + BODY + ")?|(?:[Tt]he |[Ii]ts |[Tt]heir )?(?:\\p{Ll}+ ){0,2}" + BODY + ")";
    private static final String VERB = "(?<verb>den(?:y|ies|ied)|dismiss(?:es|ed)?|disput(?:e|es|ed)|reject(?:s|ed)?"
            + "|contest(?:s|ed)?)";
    private static final String ADVERB = "(?:(?:has|have|had|also|has long|have long) )?(?:\\p{Ll}+ly )?";

    private static final Pattern AFTER = Pattern.compile(
            ",\\s+(?:(?:claims?|allegations?|accusations?|charges?|which|something|a (?:claim|charge|figure|"
            + "characterisation|characterization)|an (?:accusation|allegation|assessment|account)|a \\p{Ll}+ that)\\s+)"
            + NAME + " " + ADVERB + VERB + "\\b");
    private static final Pattern BY = Pattern.compile(
            ",?\\s*(?:a \\p{Ll}+ |claims? |figures? |which was |that was |that were |which were )?"
            + "(?<verb>denied|disputed|rejected|contested|dismissed) by " + NAME);
    private static final Pattern BACK = Pattern.compile(
            "^(?:But |However, |Meanwhile, )?" + NAME + " " + ADVERB + VERB + " (?:the |these |those |such |this |that |its )?"
            + "(?:\\p{Ll}+ )?(?:claims?|allegations?|accusations?|charges?|reports?|figures?|account|toll|numbers?)\\b");

    private Denials() {}

    public static List<Marker> find(Sentence sentence) {
        String s = sentence.text();
        List<Marker> out = new ArrayList<>();
        if (!mentionsDenial(s)) return out;   // the patterns are costly; most sentences deny nothing
        int base = sentence.start();
        Matcher m = BACK.matcher(s);
        if (m.find()) {
            out.add(marker(m, base, base, true));
            return out;
        }
        m = AFTER.matcher(s);
        while (m.find()) out.add(marker(m, base, base + m.start(), false));
        m = BY.matcher(s);
        while (m.find()) out.add(marker(m, base, base + m.start(), false));
        return out;
    }

    private static boolean mentionsDenial(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("den") || l.contains("disput") || l.contains("reject") || l.contains("contest")
                || l.contains("dismiss");
    }

    private static Marker marker(Matcher m, int base, int start, boolean back) {
        String verb = m.group("verb").toLowerCase(Locale.ROOT);
        String status = verb.startsWith("den") || verb.startsWith("dismiss") ? "denied" : "disputed";
        String party = m.group("party").replaceFirst("^(?:[Tt]he|[Ii]ts|[Tt]heir) ", "");
        int partyStart = base + m.end("party") - party.length();
        return new Marker(status, party, partyStart, start, base + m.end(), back);
    }
}
