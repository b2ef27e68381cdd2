package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Sentences;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.extract.place.GeoEntry;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.Stage;

/**
 * Actor-action-target events, one per sentence at most and one per real-world act in an article: the
 * sentence's act ({@link CueLexicon#first}), its source (the actor named nearest before the cue), its target
 * (the first actor after it), both by canonical name; the date of the sentence's time expression, else the
 * article's date; the place named in the sentence nearest after the act. Precision first: an act without
 * both a source and a target, or inside a direct quotation, is not coded.
 */
public final class EventStage implements Stage {

    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    /** Short forms whose canonical actor name the gazetteer's country names do not give. */
    private static final Map<String, String> COUNTRY_ACTORS = Map.of("US", "United States", "GB", "United Kingdom");

    private final Gazetteer gazetteer;

    public EventStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static EventStage standard() {
        return new EventStage(Gazetteer.get());
    }

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        String text = x.article().text();
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : Sentences.of(x.article())) {
            Cue cue = CueLexicon.first(s.text());
            if (cue == null) continue;
            int at = s.start() + cue.start(), after = s.start() + cue.end();
            if (insideQuote(text, s.start(), at)) continue;
            String source = actorBefore(x, text, s.start(), at);
            String target = actorAfter(x, text, after, s.end());
            if (source == null || target == null || source.equals(target)) continue;
            if (!seen.add(source + "|" + cue.type() + "|" + target)) continue;
            String[] date = date(x, s);
            String mode = cue.mode() != null ? cue.mode() : historical(x, s.text());
            events.add(new Event(source, cue.type(), target, date[0], place(x, s, at), s.start(), s.end(), mode,
                    date[1], s.text()));
        }
        return x.withEvents(events);
    }

    private String actorBefore(ExtractedArticle x, String text, int from, int cue) {
        ActorPhrases.Phrase p = ActorPhrases.before(text, from, cue);
        Entity e = null;
        for (Entity en : x.entities()) if (actorType(en) && en.start() >= from && en.end() <= cue) e = en;
        return canonical(e, p);
    }

    private String actorAfter(ExtractedArticle x, String text, int cueEnd, int to) {
        ActorPhrases.Phrase p = ActorPhrases.after(text, cueEnd, to);
        Entity e = x.entities().stream().filter(en -> actorType(en) && en.start() >= cueEnd && en.end() <= to)
                .findFirst().orElse(null);
        return canonical(e, p);
    }

    /** The tagger's canonical actor when it found one; a group phrase around it ("Iran-linked militant groups") wins. */
    private String canonical(Entity e, ActorPhrases.Phrase p) {
        if (e != null && (p == null || !(p.start() <= e.start() && e.end() <= p.end() && p.text().contains(" ")
                && !p.text().equals(e.text())))) {
            return e.actor() != null ? e.actor() : countryActor(e.text());
        }
        return p == null ? null : countryActor(p.text());
    }

    /** "US" is the actor United States, "Iraq's" is Iraq. */
    private String countryActor(String name) {
        List<GeoEntry> named = gazetteer.named(name);
        for (GeoEntry g : named) {
            if (g.kind() == GeoEntry.Kind.COUNTRY) return COUNTRY_ACTORS.getOrDefault(g.country(), g.name());
        }
        return name;
    }

    private static boolean actorType(Entity e) {
        return "PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type()) || "LOCATION".equals(e.type());
    }

    /** Whether the cue sits inside quotation marks opened earlier in its paragraph's sentence. */
    private static boolean insideQuote(String text, int from, int at) {
        int quotes = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') quotes++;
        }
        return quotes % 2 == 1;
    }

    private static String[] date(ExtractedArticle x, Sentence s) {
        for (DateMention d : x.dates()) {
            if (d.start() >= s.start() && d.end() <= s.end() && d.value() != null) return new String[] {d.value(), "sentence"};
        }
        String published = x.article().published() == null ? null : x.article().published().date();
        return published != null ? new String[] {published, "published"} : new String[] {null, "none"};
    }

    /** A year before the article's in the sentence: the act is history ("invaded Iraq in 2003"). */
    private static String historical(ExtractedArticle x, String sentence) {
        String published = x.article().published() == null ? null : x.article().published().notBefore();
        if (published == null || published.length() < 4) return null;
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) if (Integer.parseInt(m.group(1)) < Integer.parseInt(published.substring(0, 4))) return "historical";
        return null;
    }

    private static String place(ExtractedArticle x, Sentence s, int cue) {
        Place best = null;
        for (Place p : x.places()) {
            if (p.start() < s.start() || p.end() > s.end()) continue;
            if (best == null || (p.start() >= cue && (best.start() < cue || p.start() < best.start()))) best = p;
        }
        return best == null ? null : best.name();
    }
}
