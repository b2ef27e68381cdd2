package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds toponyms without a tagger, for articles that reach the place stage with no entities: a run of
 * capitalised words that, as a whole, is a gazetteer name ("Gaza Strip", "Khan Younis"). A run that is longer
 * than a place name ("Washington Post", "Prime Minister Sudani") is not cut down to one: precision first.
 * Runs joined by "and" are tried part by part ("Rafah and Khan Younis"). Nationality words are never places.
 */
public final class ToponymSpotter {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*";
    /** Capitalised words one space apart (never across a line), with particles inside: "Isle of Man", "Deir al-Balah". */
    private static final Pattern RUN = Pattern.compile(WORD + "(?: (?:(?:of|and|de|del|al|el|la|le|du|da) )?" + WORD + ")*");
    /** Sentence-initial words and others that are capitalised for reasons other than naming a place. */
    private static final Set<String> NOT_PLACES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or",
            "critics", "president", "minister", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "god", "police", "mobile", "reading", "of", "said");

    private final Gazetteer gazetteer;

    public ToponymSpotter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            String run = text.substring(start, end);
            // "Baghdad's Green Zone": the possessor is a run of its own; "Doha. Qatar": so is each sentence's part
            int cut = cut(run);
            if (cut < run.length()) {
                end = start + cut;
                run = text.substring(start, end);
                m.region(end, text.length());
            }
            // a leading "The" or sentence opener does not belong to the name
            int space = run.indexOf(' ');
            if (space > 0 && NOT_PLACES.contains(Names.fold(run.substring(0, space)))) {
                start += space + 1;
                run = text.substring(start, end);
            }
            if (!add(run, start, out)) {
                int offset = 0;
                for (String part : run.split(" and ", -1)) {
                    if (!part.equals(run)) add(part, start + offset, out);
                    offset += part.length() + 5;
                }
            }
        }
        return out;
    }

    /** Where a run must end: after a possessive "'s", or after a word that ends a sentence. */
    private static int cut(String run) {
        int wordStart = 0;
        for (int i = 0; i < run.length(); i++) {
            if (run.charAt(i) != ' ') continue;
            String word = run.substring(wordStart, i);
            if (word.endsWith("'s") || word.endsWith("\u2019s")) return i;
            if (word.endsWith(".") && word.length() > 3 && word.indexOf('.') == word.length() - 1) return i;
            wordStart = i + 1;
        }
        return run.length();
    }

    private boolean add(String run, int start, List<Mention> out) {
        String name = run;
        if (name.endsWith("'s") || name.endsWith("\u2019s")) name = name.substring(0, name.length() - 2);
        // a sentence's full stop is not part of the name; an abbreviation's dots are ("U.S.")
        if (name.endsWith(".") && name.indexOf('.') == name.length() - 1) name = name.substring(0, name.length() - 1);
        String key = Names.fold(name);
        if (key.length() < 3 || NOT_PLACES.contains(key) || gazetteer.isDemonym(name)) return false;
        if (gazetteer.named(name).isEmpty() && !looksTransliterated(name)) return false;
        out.add(new Mention(name, start, start + name.length()));
        return true;
    }

    /**
     * Names the gazetteer may spell otherwise ("Khan Younis", "Deir Al-Balah", "Jabalia"): the geocoder decides,
     * within the article's countries. A single word must sound like a town of 50,000 at least, since
     * capitalised single words are mostly people and things.
     */
    private boolean looksTransliterated(String name) {
        boolean compound = name.contains(" ") || name.contains("-");
        return gazetteer.soundingLike(name).stream().anyMatch(e -> compound || e.population() >= 50_000);
    }
}
