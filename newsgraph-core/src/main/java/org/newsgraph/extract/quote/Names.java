package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proper names as the text writes them, for when no named-entity stage has run: runs of capitalised words,
 * with the titles in front taken off ("Prime Minister Mohammed Shia al-Sudani" is Mohammed Shia al-Sudani),
 * and the fullest name the article gives for a surname ("Sudani", "al-Sudani").
 */
public final class Names {

    static final Set<String> TITLES = Set.of("prime", "minister", "president", "vice", "secretary", "general",
            "gen.", "director", "chief", "sheikh", "sheikh.", "senator", "sen.", "rep.", "representative", "gov.",
            "governor", "mr.", "mrs.", "ms.", "dr.", "king", "queen", "prince", "princess", "pope", "judge",
            "justice", "mayor", "ambassador", "speaker", "leader", "commander", "colonel", "col.", "lieutenant",
            "lt.", "captain", "capt.", "major", "maj.", "admiral", "adm.", "envoy", "spokesman", "spokeswoman",
            "spokesperson", "foreign", "defense", "defence", "interior", "finance", "health", "former", "deputy",
            "acting", "chairman", "chairwoman", "chair", "ceo", "sgt.", "sergeant", "professor", "prof.", "rev.",
            "reverend", "attorney", "sir", "lord", "lady", "dame", "emir", "crown", "sultan", "ayatollah",
            "cardinal", "bishop", "archbishop", "chancellor", "premier", "officer", "supreme", "grand",
            "first", "state", "national", "security", "adviser", "advisor", "congressman",
            "congresswoman", "assemblyman", "councilman", "councilwoman", "sen", "rep", "gov", "mr", "mrs", "ms",
            "dr", "engineer", "doctor", "lawyer", "analyst", "economist", "activist", "farmer", "teacher",
            "nurse", "pilot", "coach", "pastor", "imam", "rabbi", "author", "historian", "scientist",
            "researcher", "photographer", "reporter", "correspondent", "editor", "candidate", "nominee", "pollster");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "but", "and", "in", "on", "at", "as",
            "when", "while", "after", "with", "this", "that", "these", "those", "his", "her", "their", "its",
            "it", "he", "she", "they", "we", "i", "if", "for", "from", "by", "separately", "meanwhile");

    private Names() {}

    /** Capitalised runs of words in a span, titles kept: candidates for names. */
    public static List<Span> runs(String text, List<Word> w) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            if (!startsName(w.get(i))) { i++; continue; }
            int j = i;
            while (j < w.size() && (startsName(w.get(j)) || joiner(w, j))) j++;
            while (j > i && joiner(w, j - 1)) j--;
            if (j > i) out.add(new Span(w.get(i).start(), w.get(j - 1).end()));
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean startsName(Word x) {
        return x.capitalised() && x.isLetters() && !NOT_NAMES.contains(x.lower()) || PARTICLE_NAME.matcher(x.text()).matches();
    }

    /** Surnames written with a lower-case particle: "al-Sudani", "el-Sisi", "bin-Salman". */
    private static final java.util.regex.Pattern PARTICLE_NAME =
            java.util.regex.Pattern.compile("(al|el|ad|ash|as|at|an|ibn|bin|abu|ul)-\\p{Lu}.*");

    /** Lower-case particles inside names: "bin", "al", "de", "van". */
    private static boolean joiner(List<Word> w, int j) {
        String l = w.get(j).lower();
        return Set.of("bin", "bint", "al", "el", "de", "da", "van", "von", "der", "la", "le", "du", "ibn", "abu")
                .contains(l) && !w.get(j).capitalised() && j + 1 < w.size() && startsName(w.get(j + 1));
    }

    /** The name without leading titles, acronyms and possessives ("CIA Director Bill Burns" is Bill Burns). */
    public static String withoutTitles(String run) {
        String[] t = run.split("\\s+");
        int s = 0;
        while (s < t.length - 1 && (TITLES.contains(t[s].toLowerCase(Locale.ROOT)) || isAcronym(t[s])
                || t[s].endsWith("'s") || t[s].endsWith("\u2019s"))) s++;
        return String.join(" ", java.util.Arrays.copyOfRange(t, s, t.length));
    }

    /** Whether the run is only titles ("Prime Minister"), which names nobody by itself. */
    public static boolean onlyTitles(String run) {
        for (String t : run.split("\\s+")) if (!TITLES.contains(t.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    private static boolean isAcronym(String t) {
        return t.length() >= 2 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** The fullest name among {@code known} that ends with {@code name}'s last word, or {@code name} itself. */
    public static String fullest(String name, List<String> known) {
        String[] parts = name.split("\\s+");
        String last = surname(parts[parts.length - 1]);
        String best = name;
        for (String k : known) {
            String[] kp = k.split("\\s+");
            if (kp.length <= best.split("\\s+").length) continue;
            if (surname(kp[kp.length - 1]).equalsIgnoreCase(last) && containsAll(kp, parts)) best = k;
        }
        return best;
    }

    private static boolean containsAll(String[] full, String[] part) {
        for (String p : part) {
            boolean found = false;
            for (String f : full) if (surname(f).equalsIgnoreCase(surname(p))) found = true;
            if (!found) return false;
        }
        return true;
    }

    /** "al-Sudani" and "Sudani" are one surname. */
    static String surname(String word) {
        String w = word.replaceAll("[\u2019']s$", "");
        int dash = w.indexOf('-');
        if (dash > 0 && dash <= 3 && Character.isLowerCase(w.charAt(0))) return w.substring(dash + 1);
        return w;
    }
}
