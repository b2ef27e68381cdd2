package org.newsgraph.segment;

import java.util.Locale;
import java.util.Set;

/**
 * Does a piece of a photo credit read as a name: a person ("Dagny Rastova", "PAVO ILVANE"), an agency ("EPA-EFE",
 * "Getty Images"), an office or a newspaper ("Office of the President", "The Daily Example")? Credits name anyone,
 * so the test is the shape of a name, not a list; the agency list only makes a credit surer, it never decides one.
 */
final class CreditName {

    static final int MAX_LENGTH = 60;
    static final int MAX_WORDS = 8;

    /** Agencies and picture desks that sign photos. Evidence that a credit is one, never the gate. */
    private static final Set<String> AGENCIES = Set.of(
            "AP", "AFP", "EPA", "EFE", "EPA-EFE", "REUTERS", "XINHUA", "ANADOLU", "ANADOLU AGENCY", "DPA",
            "ANSA", "UPI", "SANA", "WAFA", "IRNA", "GETTY IMAGES", "GETTY", "BLOOMBERG", "KYODO", "YONHAP",
            "TASS", "SPUTNIK", "PA", "NTB", "ANP", "TT", "ABACA", "SIPA", "ZUMA", "POOL", "AP PHOTO", "AFP PHOTO",
            "ASSOCIATED PRESS", "AGENCE FRANCE-PRESSE", "SHUTTERSTOCK", "ALAMY", "HANDOUT", "SPA", "WAM", "QNA",
            "KUNA", "MENA", "BNA", "ONA", "PETRA", "SABA", "APA", "IANS", "PTI", "ANI", "NURPHOTO", "SOPA IMAGES");

    /** Words that stay lower case inside a name ("Office of the President", "Hasan bin Ali"). */
    private static final Set<String> CONNECTORS = Set.of(
            "of", "the", "and", "for", "de", "del", "della", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn",
            "bint", "van", "von", "der", "den", "y", "des", "on", "in", "at", "&");

    /** Words that make a name an institution rather than a person. */
    private static final Set<String> INSTITUTIONS = Set.of(
            "office", "ministry", "agency", "press", "news", "guard", "army", "forces", "force", "council",
            "department", "handout", "pool", "images", "image", "photo", "photos", "service", "times", "post",
            "journal", "daily", "courtesy", "tv", "media", "presidency", "government", "police", "defense",
            "defence", "command", "committee", "house", "palace", "court", "university", "foundation", "group",
            "network", "channel", "company", "corporation", "authority", "municipality", "embassy", "mission",
            "unit", "brigade", "organization", "organisation", "association", "union", "party", "league",
            "national", "international", "video", "website", "archive", "archives", "museum", "library", "centre",
            "center", "wire", "desk", "staff", "reuters", "telegraph", "herald", "gazette", "tribune", "observer",
            "independent", "chronicle", "world", "state", "republic", "kingdom", "emirates");

    private CreditName() {}

    /** One to eight words, each capitalised, a digit-led token or a connector; no sentence punctuation. */
    static boolean reads(String piece) {
        String p = piece.strip();
        if (p.isEmpty() || p.length() > MAX_LENGTH || position(p)) return false;
        String[] words = p.split("\\s+");
        if (words.length > MAX_WORDS) return false;
        boolean letters = false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (CONNECTORS.contains(word) && w > 0 && w < words.length - 1) continue;
            if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
                    && !(word.startsWith("al-") || word.startsWith("el-")) || !wordChars(word)) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) letters |= Character.isLetter(word.charAt(i));
        }
        // "2019" or "3" is a year or a count, never who took the picture
        return letters;
    }

    /** A short description of a picture's origin ("militant website", "Militant video"): a few plain words. */
    static boolean describes(String piece) {
        String p = piece.strip();
        if (p.isEmpty() || p.length() > 40) return false;
        String[] words = p.split("\\s+");
        if (words.length > 4) return false;
        for (String w : words) if (!wordChars(w)) return false;
        return Character.isLetter(p.charAt(0));
    }

    /** A name that is surely an agency or a picture desk: listed, one all-caps token, or "... Images", "... Photo". */
    static boolean agency(String piece) {
        String p = piece.strip();
        if (p.isEmpty()) return false;
        if (AGENCIES.contains(p.toUpperCase(Locale.ROOT)) && Character.isUpperCase(p.charAt(0))) return true;
        return p.contains("Photo") || p.contains("PHOTO") || p.endsWith(" Images") || allCapsToken(p);
    }

    /** A name that is surely a person's: two to five words, none an institution's, not an agency. */
    static boolean person(String piece) {
        String p = piece.strip();
        if (!reads(p) || agency(p)) return false;
        String[] words = p.split("\\s+");
        if (words.length < 2 || words.length > 5) return false;
        for (String w : words) {
            if (INSTITUTIONS.contains(w.toLowerCase(Locale.ROOT)) || w.equals("The")) return false;
            for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return false;
        }
        return true;
    }

    /** One all-caps token such as "EPA-EFE" or "WAM": how agencies sign. Two words would be a name. */
    static boolean allCapsToken(String p) {
        if (p.length() < 2 || p.length() > 12) return false;
        int letters = 0;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch >= 'A' && ch <= 'Z') letters++;
            else if (ch != '-' && ch != '&') return false;
        }
        return letters >= 2;
    }

    /** "(L)", "(2nd R)", "(L-R)", "(centre)": where someone stands in the picture, not who took it. */
    private static boolean position(String p) {
        String s = p.toLowerCase(Locale.ROOT).replace(" ", "");
        s = s.replaceFirst("^\\d(st|nd|rd|th)?", "");
        return switch (s) {
            case "l", "r", "c", "l-r", "r-l", "c-l", "c-r", "left", "right", "centre", "center", "top", "bottom",
                    "front", "back", "above", "below", "inset", "fromlefttoright", "fromleft", "fromright" -> true;
            default -> false;
        };
    }

    private static boolean wordChars(String w) {
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!Character.isLetterOrDigit(ch) && ".'-\u2019&".indexOf(ch) < 0) return false;
        }
        return true;
    }
}
