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

    /** A reporting verb: the source of a reported act is named after it ("Critics say the groups ..."). */
    private static final Pattern REPORTING = Pattern.compile("\\b(?:say|says|said|told|announced|added|noted|stated)\\b(?: that)?");
    /** A trailing attribution (", Sudani said"): the target is named before it. */
    private static final Pattern ATTRIBUTION = Pattern.compile(",[^,]{0,60}?\\b(?:said|says|told|added|reported)\\b");

    private String actorBefore(ExtractedArticle x, String text, int from, int cue) {
        Matcher r = REPORTING.matcher(text).region(from, cue);
        int after = from;
        while (r.find()) after = r.end();
        String inClause = actorBetween(x, text, after, cue, true);
        return inClause != null || after == from ? inClause : actorBetween(x, text, from, cue, true);
    }

    private String actorAfter(ExtractedArticle x, String text, int cueEnd, int to) {
        Matcher a = ATTRIBUTION.matcher(text).region(cueEnd, to);
        return actorBetween(x, text, cueEnd, a.find() ? a.start() : to, false);
    }

    /**
     * The actor nearest the cue within [from, to): the last one when it comes before the cue, else the first.
     * The tagger's canonical name when its entity is the nearer; a phrase that reaches nearer or holds the entity
     * ("Iran-linked militant groups", "US-led forces") wins over it.
     */
    private String actorBetween(ExtractedArticle x, String text, int from, int to, boolean last) {
        ActorPhrases.Phrase p = last ? ActorPhrases.before(text, from, to) : ActorPhrases.after(text, from, to);
        // a time expression is never an actor ("expect the storm to ease by Tuesday")
        if (p != null && overlapsDate(x, p.start(), p.end())) p = null;
        // a place acts only as its country's government ("Washington", "Baghdad" as Iraq): a port or a sea
        // is no source, though it may well be a target ("pressed its assault on Gaza")
        boolean source = last;
        if (source && p != null && !gazetteer.named(p.text()).isEmpty() && !isCountry(p.text())) p = null;
        Entity e = null;
        for (Entity en : x.entities()) {
            if (!actorType(en) || en.start() < from || en.end() > to || overlapsDate(x, en.start(), en.end())) continue;
            if (source && "LOCATION".equals(en.type()) && !isCountry(canonical(en))) continue;
            if (last || e == null) e = en;
        }
        if (e == null) return p == null ? null : countryActor(p.text());
        if (p == null) return canonical(e);
        boolean phraseNearer = last ? p.end() > e.end() : p.start() < e.start();
        boolean phraseHolds = p.start() <= e.start() && e.end() <= p.end() && !p.text().equals(e.text());
        return phraseNearer || phraseHolds ? countryActor(p.text()) : canonical(e);
    }

    private String canonical(Entity e) {
        return e.actor() != null ? e.actor() : countryActor(e.text());
    }

    /** "US" is the actor United States, "Iraq's" is Iraq. */
    private String countryActor(String name) {
        List<GeoEntry> named = gazetteer.named(name);
        for (GeoEntry g : named) {
            if (g.kind() == GeoEntry.Kind.COUNTRY) return COUNTRY_ACTORS.getOrDefault(g.country(), g.name());
        }
        return name;
    }

    private boolean isCountry(String name) {
        if (COUNTRY_ACTORS.containsValue(name)) return true;
        for (GeoEntry g : gazetteer.named(name)) if (g.kind() == GeoEntry.Kind.COUNTRY) return true;
        return false;
    }

    private static boolean overlapsDate(ExtractedArticle x, int start, int end) {
        for (DateMention d : x.dates()) if (d.start() < end && start < d.end()) return true;
        return false;
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
