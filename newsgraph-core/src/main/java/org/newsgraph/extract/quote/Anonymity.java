package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a source is unnamed on purpose: a singular official, source or person with no name ("a US official
 * briefed on the discussions", "a source in the negotiating team"), or any source the sentence says is
 * withheld ("who declined to be identified", "on condition of anonymity").
 */
public final class Anonymity {

    static final Set<String> HEADS = Set.of("official", "officials", "source", "sources", "person", "people",
            "diplomat", "diplomats", "aide", "aides", "insider", "insiders", "staffer", "staffers", "officer",
            "officers", "member", "members", "someone", "individual", "adviser", "advisers", "advisor", "advisors");
    private static final Pattern WITHHELD = Pattern.compile(
            "declined to be (identified|named)|asked not to be (identified|named)|condition of anonymity"
                    + "|not authori[sz]ed to (speak|comment|discuss)|requested anonymity|spoke anonymously"
                    + "|speaking anonymously|on background|who (was|were) not named|without being named",
            Pattern.CASE_INSENSITIVE);

    private Anonymity() {}

    /** @param phrase the trimmed noun phrase of the source; @param around the mention with its clause */
    public static boolean of(String phrase, String determiner, String around) {
        String[] t = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        boolean unnamedHead = false;
        for (String w : t) if (HEADS.contains(w)) { unnamedHead = true; break; }
        if (!unnamedHead) return false;
        if (WITHHELD.matcher(around).find()) return true;
        String d = determiner == null ? "" : determiner.toLowerCase(Locale.ROOT);
        boolean singular = !t[t.length - 1].endsWith("s") || HEADS.contains(firstHead(t)) && !firstHead(t).endsWith("s");
        return singular && Set.of("a", "an", "one", "the", "another").contains(d);
    }

    private static String firstHead(String[] t) {
        for (String w : t) if (HEADS.contains(w)) return w;
        return "";
    }
}
