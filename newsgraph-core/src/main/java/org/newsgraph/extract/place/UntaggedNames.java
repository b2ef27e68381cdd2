package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;

/**
 * Places the tagger left untagged: a run of capitalised words outside every entity that is, or ends in, a place
 * name the caller accepts ("in southern Ontario", "In B.C., snow", "the Yukon and the Northwest Territories"), and
 * the parts of hyphenated compounds that are ("a Canada-wide warrant", "Russia-Turkey ties", "U.S.-led forces"),
 * except inside a person's name. Nationality words never are ("Turkish-Russian relations").
 */
final class UntaggedNames {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019]*";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}.'\u2019-])" + WORD
            + "(?: (?:of |and |de )?" + WORD + ")*");
    private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}.-])[\\p{L}.'\u2019]+(?:-[\\p{L}.'\u2019]+)+");

    private final PlaceWords words;

    UntaggedNames(PlaceWords words) {
        this.words = words;
    }

    List<Mention> find(String text, List<Entity> entities, Predicate<String> accept) {
        List<Mention> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && text.charAt(m.end()) == '-') continue;   // a compound's first part: below
            if (overlaps(entities, m.start(), m.end(), false)) continue;
            List<PlaceWords.Word> ws = PlaceWords.words(text, m.start(), m.end());
            // the whole run, else its longest end that names a place ("In B.C.", "The Council of Canada")
            for (int i = 0; i < ws.size(); i++) {
                PlaceWords.Word first = ws.get(i), last = ws.get(ws.size() - 1);
                if (!Character.isUpperCase(first.text().charAt(0))) continue;
                String name = text.substring(first.start(), last.end());
                if (words.names(name) && accept.test(name)) {
                    out.add(new Mention(name, first.start(), last.end()));
                    break;
                }
            }
        }
        Matcher c = COMPOUND.matcher(text);
        while (c.find()) {
            if (overlaps(entities, c.start(), c.end(), true)) continue;
            int at = c.start();
            for (String part : c.group().split("-", -1)) {
                String name = part.endsWith("'s") || part.endsWith("\u2019s") ? part.substring(0, part.length() - 2) : part;
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && words.names(name) && accept.test(name)) {
                    out.add(new Mention(name, at, at + name.length()));
                }
                at += part.length() + 1;
            }
        }
        return out;
    }

    private static boolean overlaps(List<Entity> entities, int s, int e, boolean personsOnly) {
        for (Entity x : entities) {
            if (x.start() < e && s < x.end() && (!personsOnly || x.type().equals("PERSON"))) return true;
        }
        return false;
    }
}
