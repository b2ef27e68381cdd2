package org.newsgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Sentence;

/**
 * Assertions the text says nobody has checked: "could not be independently verified", "was unable to verify",
 * "without providing evidence", "gave no evidence", "unconfirmed reports". When the marker's sentence starts
 * with a reference ("The figures could not be verified."), the assertion is in the sentence before.
 */
public final class Unverified {

    private static final Pattern MARKER = Pattern.compile("(?i)"
            + "(?:could|can|did) not (?:be )?(?:independently |immediately )?(?:be )?(?:verif(?:y|ied)|confirm(?:ed)?)"
            + "|(?:was|were|is|are) (?:not )?(?:able|unable) to (?:independently )?(?:verify|confirm)"
            + "|(?:has|have) not been (?:independently )?(?:verified|confirmed)"
            + "|without (?:providing|offering|giving|presenting|citing) (?:any )?evidence"
            + "|(?:provided|offered|gave|presented|cited) no evidence"
            + "|did not (?:provide|offer|give|present) (?:any )?evidence"
            + "|\\bunverified\\b|\\bunconfirmed\\b");

    /** A sentence that opens by pointing back: "The figures could not be verified." */
    private static final Pattern BACK = Pattern.compile("(?i)^(?:But |However, )?(?:the |these |those |this |that |such |its |their )"
            + "(?:\\p{L}+ )?(?:claims?|figures?|reports?|toll|numbers?|accounts?|allegations?|videos?|footage|statements?|details)\\b"
            + "|^(?:It|This|That|They|These|Reuters|The agency|The report)\\b");

    private Unverified() {}

    public static List<Marker> find(Sentence sentence) {
        String s = sentence.text();
        List<Marker> out = new ArrayList<>();
        String l = s.toLowerCase(java.util.Locale.ROOT);
        if (!l.contains("verif") && !l.contains("confirm") && !l.contains("evidence")) return out;   // cheap first
        int base = sentence.start();
        Matcher m = MARKER.matcher(s);
        while (m.find()) {
            boolean back = BACK.matcher(s).find() && m.start() < s.length() / 2 + 40 && !hasClauseBefore(s, m.start());
            out.add(new Marker("unverified", null, -1, base + markerStart(s, m.start()), base + m.end(), back));
        }
        return out;
    }

    /** The marker's clause begins at the comma before it ("..., a figure that could not be verified"). */
    private static int markerStart(String s, int at) {
        int comma = s.lastIndexOf(',', at);
        int dash = s.lastIndexOf(" - ", at);
        int cut = Math.max(comma, dash);
        if (cut >= 0 && at - cut < 60) return cut;
        return at;
    }

    private static boolean hasClauseBefore(String s, int at) {
        return s.substring(0, at).matches(".*\\b(?:said|says|told|reported|claimed|according)\\b.*");
    }
}
