package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Entity;

/**
 * Where an article names places, from the tagger's entities and around them. A LOCATION is a toponym when the
 * gazetteer names it, else the place inside it is ({@link InnerNames}); the dateline's place and region are; a PERSON is one
 * in a place's frame ({@link PlaceFrames}), or when it is a country's name; an organisation or other name is one
 * when it is a strong name ({@link PlaceWords#strong}) and otherwise carries one inside it. Untagged strong names
 * and untagged repeats of the article's own places are found in the text ({@link UntaggedNames}). Two toponyms
 * never overlap: the first found keeps the span.
 */
final class Toponyms {

    private final PlaceWords words;
    private final InnerNames inner;
    private final PlaceFrames frames;
    private final UntaggedNames untagged;

    Toponyms(Gazetteer gazetteer) {
        this.words = new PlaceWords(gazetteer);
        this.inner = new InnerNames(words);
        this.frames = new PlaceFrames(words);
        this.untagged = new UntaggedNames(words);
    }

    /** @param dateline the story's dateline (the NLP stage reads it into the metadata), or null */
    List<Mention> find(String text, List<Entity> entities, Dateline dateline) {
        List<Mention> found = new ArrayList<>();
        Set<String> echoes = new HashSet<>();
        for (Mention m : DatelinePlace.of(dateline, text)) if (words.names(m.text())) found.add(m);
        for (Entity e : entities) {
            if (e.type().equals("LOCATION") && words.names(e.text())) echoes.add(Names.fold(PlaceWords.bare(e.text())));
        }
        for (Mention m : found) echoes.add(Names.fold(m.text()));
        // a state or county needs its country among the article's: "Hail" is a Saudi province, and a greeting
        Set<String> countries = new HashSet<>();
        for (Entity e : entities) if (e.type().equals("LOCATION")) countries.addAll(countriesOf(e.text()));
        for (Mention m : found) countries.addAll(countriesOf(m.text()));
        Predicate<String> known = n -> echoes.contains(Names.fold(PlaceWords.bare(n)))
                || words.strong(n) && words.readings(n).stream().anyMatch(g -> g.kind() == GeoEntry.Kind.COUNTRY
                        || g.kind() == GeoEntry.Kind.CONTINENT || g.kind() == GeoEntry.Kind.REGION && g.country() == null
                        || countries.contains(g.country()));
        for (Entity e : entities) {
            Mention whole = new Mention(e.text(), e.start(), e.end());
            switch (e.type()) {
                case "LOCATION" -> {
                    if (words.names(e.text())) found.add(whole);
                    // else the place inside it, else the whole for the geocoder's looser readings ("Khan Yunis")
                    else found.add(inner.in(text, e.start(), e.end(), true, known).orElse(whole));
                }
                case "PERSON" -> {
                    if (words.names(e.text()) && (frames.framed(text, e.start(), e.end()) || country(e.text()))) {
                        found.add(whole);
                    }
                }
                default -> {
                    if (words.names(e.text()) && (words.strong(e.text()) || frames.framed(text, e.start(), e.end()))) {
                        found.add(whole);
                    } else {
                        inner.in(text, e.start(), e.end(), false, known).ifPresent(found::add);
                    }
                }
            }
        }
        found.addAll(untagged.find(text, entities, known));
        found.replaceAll(m -> widened(text, m));
        found.sort(Comparator.comparingInt(Mention::start));
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            if (out.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())) out.add(m);
        }
        return out;
    }

    /**
     * The mention with the capitalised word or two before it, when together they name a place: the tagger or a
     * rule may have cut "British Columbia" to "Columbia", "West Virginia" to "Virginia".
     */
    private Mention widened(String text, Mention m) {
        Mention best = m;
        int s = m.start();
        for (int k = 0; k < 2; k++) {
            int end = s;
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            if (end == s || end == 0) break;
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) start--;
            if (start == end || !Character.isUpperCase(text.charAt(start)) || s - end != 1) break;
            String name = text.substring(start, m.end());
            if (words.names(name)) best = new Mention(PlaceWords.bare(name), start, start + PlaceWords.bare(name).length());
            s = start;
        }
        return best;
    }

    /** The countries a name can lie in, as a country, a state or a town of some size. */
    private Set<String> countriesOf(String name) {
        Set<String> cs = new HashSet<>();
        for (GeoEntry g : words.readings(name)) {
            if (g.country() != null && (g.kind() != GeoEntry.Kind.CITY || g.population() >= 15_000)) cs.add(g.country());
        }
        return cs;
    }

    private boolean country(String name) {
        return words.readings(name).stream().anyMatch(g -> g.kind() == GeoEntry.Kind.COUNTRY);
    }
}
