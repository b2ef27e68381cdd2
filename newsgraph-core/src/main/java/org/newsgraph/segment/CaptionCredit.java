package org.newsgraph.segment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The photo credit printed at the end of a caption, in the forms agencies use:
 * "(EPA)", "(Reuters)", "(AP Photo/Dagny Rastova, File)", "(EPA-EFE/NAME)", "REUTERS/Name" after the
 * last sentence, and "Photo: Name/Agency via Wire". The credit is kept as printed, without its
 * parentheses; the photographer is the person it names, if any.
 *
 * <p>Written with index arithmetic rather than regexes: it runs on every short line of a dump and
 * must stay linear whatever the line holds.
 */
final class CaptionCredit {

    /** A credit found in a caption: its text, the photographer it names, and where it starts. */
    record Credit(String text, String photographer, int start) {}

    static final int MAX_CREDIT = 100;

    private static final Set<String> AGENCIES = Set.of(
            "AP", "AFP", "EPA", "EFE", "EPA-EFE", "REUTERS", "XINHUA", "ANADOLU", "ANADOLU AGENCY", "DPA",
            "ANSA", "UPI", "SANA", "WAFA", "IRNA", "GETTY IMAGES", "GETTY", "BLOOMBERG", "KYODO", "YONHAP",
            "TASS", "SPUTNIK", "PA", "NTB", "ANP", "TT", "ABACA", "SIPA", "ZUMA", "POOL", "AP PHOTO", "AFP PHOTO");

    private CaptionCredit() {}

    static Optional<Credit> find(String caption) {
        String c = caption.strip();
        if (c.isEmpty()) return Optional.empty();
        Optional<Credit> found = c.endsWith(")") ? parenthesised(c) : Optional.empty();
        if (found.isEmpty()) found = photoColon(c);
        if (found.isEmpty()) found = bare(c);
        return found;
    }

    /** "(EPA)", "(AP Photo/Dagny Rastova, File)": the last bracket pair, when it names an agency. */
    private static Optional<Credit> parenthesised(String c) {
        int open = c.lastIndexOf('(');
        if (open < 0 || c.length() - open - 2 > MAX_CREDIT) return Optional.empty();
        String inside = c.substring(open + 1, c.length() - 1).strip();
        if (inside.isEmpty() || inside.indexOf(')') >= 0) return Optional.empty();
        String[] pieces = withoutFileMark(inside).split("/", -1);
        boolean agencyFirst = agencyLike(pieces[0]);
        if (pieces.length == 1) return agencyFirst ? Optional.of(new Credit(inside, null, open)) : Optional.empty();
        boolean agencySecond = agencyLike(withoutVia(pieces[1]));
        if (!agencyFirst && !agencySecond) return Optional.empty();
        String name = agencyFirst ? pieces[1] : pieces[0];
        return Optional.of(new Credit(inside, nameOrNull(withoutVia(name)), open));
    }

    /** "Photo: Name/Agency via Wire": the person comes first, the agency after the slash. */
    private static Optional<Credit> photoColon(String c) {
        int at = c.lastIndexOf("Photo");
        if (at < 0 || c.length() - at > MAX_CREDIT + 6) return Optional.empty();
        if (at > 0 && !Character.isWhitespace(c.charAt(at - 1))) return Optional.empty();
        int colon = at + "Photo".length();
        if (colon < c.length() && c.charAt(colon) == 's') colon++;
        if (colon >= c.length() || c.charAt(colon) != ':') return Optional.empty();
        String rest = c.substring(colon + 1).strip();
        if (rest.isEmpty()) return Optional.empty();
        String first = withoutVia(withoutFileMark(rest).split("/", -1)[0]);
        String name = agencyLike(first) ? null : nameOrNull(first);
        return Optional.of(new Credit(c.substring(at), name, at));
    }

    /** "... 2024. REUTERS/Jane Doe": an all-caps agency and a name, after the caption's last sentence. */
    private static Optional<Credit> bare(String c) {
        // "REUTERS/Jane Doe/File Photo" has two slashes: the agency stands before the first one.
        int slash = c.lastIndexOf('/');
        for (int tries = 0; tries < 2 && slash > 0 && !allCapsAgency(tokenBefore(c, slash)); tries++) {
            slash = c.lastIndexOf('/', slash - 1);
        }
        if (slash <= 0 || c.length() - slash > MAX_CREDIT || !allCapsAgency(tokenBefore(c, slash))) return Optional.empty();
        int start = c.lastIndexOf(' ', slash) + 1;
        String before = c.substring(0, start).strip();
        if (!before.isEmpty() && ".!?\")\u201d".indexOf(before.charAt(before.length() - 1)) < 0) return Optional.empty();
        String text = c.substring(start);
        String name = nameOrNull(withoutVia(withoutFileMark(text.substring(slash - start + 1)).split("/", -1)[0]));
        if (name == null) return Optional.empty();
        return Optional.of(new Credit(text, name, start));
    }

    private static String tokenBefore(String c, int slash) {
        return c.substring(c.lastIndexOf(' ', slash) + 1, slash);
    }

    static boolean fileMarked(String credit) {
        return credit != null && !withoutFileMark(credit).equals(credit);
    }

    private static String withoutFileMark(String s) {
        String t = s.strip();
        for (String mark : new String[] {", File Photo", ", File", "/File Photo", "/File", " File Photo"}) {
            if (t.regionMatches(true, t.length() - mark.length(), mark, 0, mark.length()) && t.length() > mark.length()) {
                return t.substring(0, t.length() - mark.length()).strip();
            }
        }
        return t;
    }

    private static String withoutVia(String s) {
        int via = s.indexOf(" via ");
        return (via < 0 ? s : s.substring(0, via)).strip();
    }

    private static boolean agencyLike(String piece) {
        String p = piece.strip();
        if (p.isEmpty()) return false;
        if (AGENCIES.contains(p.toUpperCase(Locale.ROOT)) && (Character.isUpperCase(p.charAt(0)))) return true;
        return p.contains("Photo") || p.contains("PHOTO") || p.endsWith(" Images") || allCapsAgency(p);
    }

    /** One all-caps token such as "EPA-EFE" or "WAM": how agencies sign. Two words would be a name. */
    private static boolean allCapsAgency(String p) {
        if (p.length() < 2 || p.length() > 12) return false;
        int letters = 0;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch >= 'A' && ch <= 'Z') letters++;
            else if (ch != '-' && ch != '&') return false;
        }
        return letters >= 2;
    }

    /** One to five capitalised words of letters: a person as credits print them. */
    static String nameOrNull(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60) return null;
        String[] words = t.split(" +");
        if (words.length > 5) return null;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return null;
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                if (!Character.isLetter(ch) && ch != '.' && ch != '\'' && ch != '-' && ch != '\u2019') return null;
            }
        }
        if (words.length == 1 && AGENCIES.contains(t.toUpperCase(Locale.ROOT))) return null;
        return t;
    }
}
