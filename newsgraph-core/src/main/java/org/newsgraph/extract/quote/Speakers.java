package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;

/**
 * Resolves source mentions to speakers, in reading order, for one article.
 *
 * <ul>
 *   <li>A name ("Sudani", "Prime Minister Mohammed Shia al-Sudani") becomes its actor's canonical name: from the
 *   entities and actors of the NLP stage when present, else the fullest capitalised name the article gives.</li>
 *   <li>A title alone ("the prime minister") becomes the actor who holds it.</li>
 *   <li>"he" and "she" become the last person quoted, not the nearest name: in news a pronoun after a quote
 *   continues the story of the person last quoted ("he added" after Badran's statement is Badran).</li>
 *   <li>Groups and unnamed sources keep their noun phrase ("Gaza health officials", "US official"), and an
 *   unnamed source met again ("the US official") is the same source.</li>
 * </ul>
 * Captions and credits never reach this class: they are not in the article text.
 */
public final class Speakers {

    private static final Set<String> ORG_WORDS = Set.of("house", "ministry", "department", "pentagon", "council",
            "party", "army", "forces", "force", "committee", "agency", "office", "government", "commission", "court",
            "bank", "union", "organization", "organisation", "association", "campaign", "times", "post", "news",
            "reuters", "kremlin", "vatican", "knesset", "military", "police", "group", "institute", "university",
            "foundation", "company", "corporation", "inc", "ltd", "network", "press", "congress", "senate",
            "parliament", "administration", "authority", "service", "services", "fund", "coalition", "movement",
            "hamas", "hezbollah", "nato", "un", "eu", "cia", "fbi", "idf", "cnn", "bbc", "ap", "afp", "journal");
    private static final Set<String> DETS = Set.of("a", "an", "the", "one", "another", "some", "two", "three",
            "several", "many", "other", "his", "her", "their", "its");
    private static final Set<String> CUT_WORDS = Set.of("who", "which", "that", "briefed", "familiar", "speaking",
            "close", "knowledgeable", "involved", "with", "whose", "said", "told", "says");

    /** A name after one of these is not who speaks ("an official briefed on the talks in Doha"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "from", "at", "for", "on", "with", "to",
            "by", "about", "near", "inside", "outside", "across", "over", "under", "toward", "towards");

    private final String text;
    private final List<Entity> entities;
    private final List<Actor> actors;
    private final List<String> known;
    private final List<Speaker> unnamed = new ArrayList<>();
    private Speaker lastPerson;
    private Speaker lastGroup;
    private Speaker lastOrganization;

    public Speakers(String text, List<Span> blocks, List<Entity> entities, List<Actor> actors) {
        this.text = text;
        this.entities = entities;
        this.actors = actors;
        List<String> names = new ArrayList<>();
        for (Actor a : actors) names.add(a.name());
        for (Entity e : entities) names.add(e.actor() != null ? e.actor() : e.text());
        for (Span b : blocks) {
            for (Span r : Names.runs(text, Words.of(text, b))) {
                String n = Names.withoutTitles(r.of(text));
                if (n.split("\\s+").length >= 2) names.add(n);
            }
        }
        this.known = names;
    }

    /** The speaker a mention refers to; {@code clause} is the sentence, read for anonymity markers. */
    public Speaker resolve(Span mention, Span clause) {
        String m = mention.of(text).strip();
        String l = m.toLowerCase(Locale.ROOT);
        switch (l) {
            case "he", "she", "him", "her" -> {
                if (lastPerson != null) return lastPerson;
                String before = nearestPersonBefore(mention.start());
                return before != null ? new Speaker(before, false, Speaker.Kind.PERSON)
                        : new Speaker(m, false, Speaker.Kind.PERSON);
            }
            case "they", "them" -> {
                return lastGroup != null ? lastGroup : new Speaker(m, false, Speaker.Kind.GROUP);
            }
            case "it" -> {
                return lastOrganization != null ? lastOrganization : new Speaker(m, false, Speaker.Kind.ORGANIZATION);
            }
            case "who", "which" -> {
                Speaker s = antecedent(mention, clause);
                return s != null ? s : new Speaker(m, false, Speaker.Kind.UNKNOWN);
            }
            case "i", "we", "you" -> {
                return new Speaker(m, false, Speaker.Kind.UNKNOWN);
            }
            default -> { }
        }
        Speaker named = named(mention);
        if (named != null) return named;
        return phrase(mention, clause);
    }

    /** Remembers who spoke, for the pronouns that follow. */
    public void heard(Speaker s) {
        switch (s.kind()) {
            case PERSON -> lastPerson = s;
            case GROUP -> lastGroup = s;
            case ORGANIZATION -> lastOrganization = s;
            default -> { }
        }
    }

    private Speaker named(Span mention) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.start() < mention.start() || e.end() > mention.end()) continue;
            if (e.type().equals("PERSON") && (best == null || !best.type().equals("PERSON"))) best = e;
            else if (e.type().equals("ORGANIZATION") && best == null) best = e;
        }
        if (best != null) {
            String name = best.actor() != null ? best.actor() : canonical(best.text());
            return new Speaker(name, false, best.type().equals("PERSON") ? Speaker.Kind.PERSON : Speaker.Kind.ORGANIZATION);
        }
        if (entities.stream().anyMatch(e -> e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) {
            // the NLP stage ran and found no name here: a capitalised word is then a place or an adjective
            return titled(mention);
        }
        List<Word> w = Words.of(text, mention);
        for (Span r : Names.runs(text, w)) {
            int after = indexAfter(w, r.end());
            boolean ends = after >= w.size() || !w.get(after).isLetters();
            String run = r.of(text);
            int before = indexAfter(w, r.start()) - 1;
            boolean object = before >= 0 && PREPOSITIONS.contains(w.get(before).lower());
            if (!ends || object || Names.onlyTitles(run)) continue;
            String name = canonical(Names.withoutTitles(run));
            return new Speaker(name, false, kindOf(name));
        }
        return titled(mention);
    }

    /** "the prime minister": the actor holding the title, or the name written after that title earlier. */
    private Speaker titled(Span mention) {
        String m = mention.of(text).strip();
        String bare = m.replaceFirst("(?i)^(the|a|an)\\s+", "");
        if (bare.isEmpty() || !Names.onlyTitles(bare)) return null;
        String title = bare.toLowerCase(Locale.ROOT);
        for (Actor a : actors) {
            for (String t : a.titles()) if (t.toLowerCase(Locale.ROOT).endsWith(title)) {
                return new Speaker(a.name(), false, Speaker.Kind.PERSON);
            }
        }
        String before = text.substring(0, mention.start()).toLowerCase(Locale.ROOT);
        int at = before.lastIndexOf(title + " ");
        while (at >= 0) {
            List<Word> w = Words.of(text, at, Math.min(text.length(), at + title.length() + 80));
            List<Span> runs = Names.runs(text, w);
            if (!runs.isEmpty()) {
                String name = Names.withoutTitles(runs.get(0).of(text));
                if (!Names.onlyTitles(name)) return new Speaker(canonical(name), false, Speaker.Kind.PERSON);
            }
            at = at == 0 ? -1 : before.lastIndexOf(title + " ", at - 1);
        }
        return null;
    }

    /** Groups and unnamed sources: the noun phrase without its determiner and trailing clauses. */
    private Speaker phrase(Span mention, Span clause) {
        List<Word> w = Words.of(text, mention);
        int s = 0;
        String det = null;
        if (!w.isEmpty() && DETS.contains(w.get(0).lower())) det = w.get(s++).lower();
        int e = s;
        while (e < w.size() && !w.get(e).is(",") && !w.get(e).is("(") && !(e > s && CUT_WORDS.contains(w.get(e).lower())))
            e++;
        if (e <= s) return new Speaker(mention.of(text), false, Speaker.Kind.UNKNOWN);
        String np = text.substring(w.get(s).start(), w.get(e - 1).end());
        boolean anonymous = Anonymity.of(np, det, clause.of(text));
        if (anonymous && "the".equals(det)) {
            for (Speaker u : unnamed) if (u.name().equalsIgnoreCase(np)) return u;
        }
        String head = w.get(e - 1).lower();
        boolean plural = head.endsWith("s") && !head.endsWith("ss");
        Speaker.Kind kind = plural ? Speaker.Kind.GROUP
                : Anonymity.HEADS.contains(head) || np.split("\\s+").length > 1 && anonymous ? Speaker.Kind.PERSON
                : Speaker.Kind.UNKNOWN;
        if (np.length() > 0 && Character.isLowerCase(np.charAt(0)) && det == null && mention.start() > 0
                && isSentenceStart(mention.start())) np = Character.toUpperCase(np.charAt(0)) + np.substring(1);
        Speaker sp = new Speaker(np, anonymous, kind);
        if (anonymous) unnamed.add(sp);
        return sp;
    }

    private boolean isSentenceStart(int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    /** "X, who said ...": the name or phrase before the comma. */
    private Speaker antecedent(Span mention, Span clause) {
        List<Word> w = Words.of(text, clause.start(), mention.start());
        int c = w.size() - 1;
        while (c >= 0 && !w.get(c).is(",")) c--;
        if (c <= 0) return null;
        int b = c - 1;
        while (b >= 0 && w.get(b).isLetters() || b >= 0 && w.get(b).text().equals("'")) b--;
        if (b + 1 > c - 1) return null;
        Span np = new Span(w.get(b + 1).start(), w.get(c - 1).end());
        Speaker named = named(np);
        return named != null ? named : phrase(np, clause);
    }

    private String nearestPersonBefore(int at) {
        Entity best = null;
        for (Entity e : entities) if (e.type().equals("PERSON") && e.end() <= at) best = e;
        if (best != null) return best.actor() != null ? best.actor() : canonical(best.text());
        return null;
    }

    /** The canonical name: the actor whose name or alias it is, else the fullest form in the article. */
    String canonical(String name) {
        for (Actor a : actors) {
            if (a.name().equalsIgnoreCase(name)) return a.name();
            for (String alias : a.aliases()) if (alias.equalsIgnoreCase(name)) return a.name();
        }
        return Names.fullest(name, known);
    }

    private static Speaker.Kind kindOf(String name) {
        for (String t : name.toLowerCase(Locale.ROOT).split("\\s+")) if (ORG_WORDS.contains(t)) {
            return Speaker.Kind.ORGANIZATION;
        }
        return Speaker.Kind.PERSON;
    }

    private static int indexAfter(List<Word> w, int end) {
        int i = 0;
        while (i < w.size() && w.get(i).start() < end) i++;
        return i;
    }
}
