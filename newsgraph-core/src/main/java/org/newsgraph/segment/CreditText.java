package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a credit says once it has been found: "AP Photo/Dagny Rastova, File", "photo credit: AFP", "File – AP",
 * "Yonatan Sindel/Flash90", "Chris Whiteoak / The National", "Office of the President". A credit is a lead-in
 * ("Photo:", "Courtesy", "File –"), then names joined by slashes or "via", then maybe a file mark; every name must
 * read as one ({@link CreditName}). It is sure when its form alone says credit (a lead-in, a file mark, two names
 * joined, an agency); a lone name in brackets is not sure: it may be an aside, so only a line known to be a
 * caption takes it as a credit.
 */
final class CreditText {

    /** The person the credit names, if any, and whether the form alone makes it a credit. */
    record Reading(String photographer, boolean sure, boolean file) {}

    /** Lead-ins, longest first so that "photo credit:" wins over "photo". Matched without case. */
    private static final String[] LEADS = {
            "photo credit should read", "all photos:", "photo credit:", "photo courtesy of", "photo courtesy",
            "photograph:", "photo source:", "photo source", "image source,", "image source:", "photos by",
            "photo by", "photos:", "photo:", "picture:", "pictures:", "image:", "images:", "credits:", "credit:",
            "credit\u2026", "courtesy of", "courtesy:", "courtesy", "file photo:", "file photo", "\u00a9", "(c)"};

    /** A file mark opening the credit: "File – AP", "File/Shutterstock", "FILE: AFP". */
    private static final String[] FILE_LEADS = {"file \u2013", "file \u2014", "file -", "file/", "file:", "file,"};

    private static final String[] FILE_TAILS = {", File Photo", ", File", "/File Photo", "/File", " File Photo"};

    private CreditText() {}

    /** The credit read from its text, or null when some part of it does not read as a name. */
    static Reading read(String credit) {
        String s = withoutFinalPeriod(credit.strip());
        boolean lead = false;
        boolean photoLead = false;
        boolean file = false;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String l : FILE_LEADS) {
            if (lower.startsWith(l)) {
                s = s.substring(l.length()).strip();
                lower = s.toLowerCase(Locale.ROOT);
                file = true;
                break;
            }
        }
        for (String l : LEADS) {
            if (lower.startsWith(l) && (l.endsWith(":") || l.endsWith(",") || l.endsWith("\u2026") || l.startsWith("\u00a9")
                    || l.equals("(c)") || lower.length() == l.length() || !Character.isLetter(lower.charAt(l.length())))) {
                s = s.substring(l.length()).strip();
                lead = true;
                photoLead = l.startsWith("photo") || l.startsWith("all photos") || l.startsWith("picture");
                break;
            }
        }
        // AFP's own form opens with a slash: "/ AFP PHOTO / NAME"
        if (s.startsWith("/")) s = s.substring(1).strip();
        String bare = withoutFileTail(s);
        file |= !bare.equals(s);
        List<String> pieces = pieces(bare);
        if (pieces.isEmpty() || !CreditName.reads(pieces.get(0))) return null;
        boolean agency = CreditName.agency(pieces.get(0));
        for (String p : pieces.subList(1, pieces.size())) {
            // after an agency, a piece may say what the picture is from: "AP Photo via militant website"
            if (!CreditName.reads(p) && !(agency && CreditName.describes(p))) return null;
            agency |= CreditName.agency(p);
        }
        boolean sure = lead || file || pieces.size() >= 2 || agency;
        String photographer = null;
        if (pieces.size() >= 2 || photoLead) {
            photographer = pieces.stream().filter(CreditName::person).findFirst().orElse(null);
        }
        return new Reading(photographer, sure, file);
    }

    /** Whether the credit as printed marks an archive photo: ", File" at its end or "File –" at its start. */
    static boolean fileMarked(String credit) {
        if (credit == null) return false;
        String s = credit.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String l : FILE_LEADS) if (lower.startsWith(l)) return true;
        return !withoutFileTail(s).equals(s);
    }

    /** "Name/Agency via Wire", "Name / Outlet", "Name for Outlet": the names in order. */
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        for (String slashed : s.split("/", -1)) {
            String piece = slashed.strip();
            int via = piece.indexOf(" via ");
            if (via > 0) {
                out.add(piece.substring(0, via).strip());
                out.add(piece.substring(via + 5).strip());
            } else {
                out.add(piece);
            }
        }
        if (out.size() == 1) {
            // "Khushnum Bhandari for The National": a person working for an outlet
            String only = out.get(0);
            int forAt = only.indexOf(" for ");
            if (forAt > 0) return List.of(only.substring(0, forAt).strip(), only.substring(forAt + 5).strip());
        }
        return out;
    }

    /** "Photo by Salem Sarhan." ends the caption's sentence; "Jr." and "Co." keep their point. */
    private static String withoutFinalPeriod(String s) {
        if (!s.endsWith(".")) return s;
        int space = s.lastIndexOf(' ');
        return s.length() - space - 2 > 3 ? s.substring(0, s.length() - 1) : s;
    }

    private static String withoutFileTail(String s) {
        String t = s.strip();
        for (String mark : FILE_TAILS) {
            if (t.regionMatches(true, t.length() - mark.length(), mark, 0, mark.length()) && t.length() > mark.length()) {
                return t.substring(0, t.length() - mark.length()).strip();
            }
        }
        return t;
    }
}
