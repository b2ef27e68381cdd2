package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.extract.place.GeoEntry;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.CountryNames;

/**
 * The actors of a sentence, one per noun phrase whose head names one: the NLP stage's entities under their
 * canonical names (a capital acting for its country), group nouns with what modifies them, pronouns; and, inside
 * phrases about something else, the actors that modify them ("US" in "US strikes", "Biden administration" in "the
 * Biden administration's calls").
 */
final class Parties {

    /** Words before a group noun that say how many, not who ("some perpetrators", "mostly Shi'ite factions"). */
    private static final Set<String> QUANTITY = Set.of("some", "many", "several", "few", "all", "both", "most",
            "mostly", "numerous", "other", "more", "dozens", "hundreds", "thousands", "scores", "about", "least",
            "any", "each", "every", "no", "such", "various", "two", "three", "four", "five");
    /** Capitalised words that name no actor when the tagger gave them no entity. */
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            "mr.", "mrs.", "ms.", "dr.", "file", "photo", "reuters", "ap", "afp");

    private final Gazetteer gazetteer;

    Parties(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Party> of(TaggedSentence s, List<Chunk> chunks) {
        List<Party> out = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.end() - c.first() == 1 && Chunks.PRONOUNS.contains(s.word(c.first())) && s.pos(c.first()).equals("PRP")) {
                out.add(new Party(Party.Kind.PRONOUN, s.word(c.first()), s.span(c.first(), c.end()), c.first(), c.end(),
                        false, s.word(c.first()).equals("they") || s.word(c.first()).equals("them"), false, s.word(c.first())));
                continue;
            }
            Party possessor = possessor(s, c);
            String noun = ActorNouns.singular(s.lemma(c.head()));
            if (possessor != null && possessor.kind() == Party.Kind.PRONOUN && s.isNoun(c.head())
                    && (ActorNouns.STATE.contains(noun) || ActorNouns.MEMBER.contains(noun)) && s.entity(c.head()) == null) {
                // "their forces", "its troops": whoever "their" and "its" stand for
                out.add(new Party(Party.Kind.PRONOUN, possessor.name(), s.span(c.first(), c.end()), c.first(), c.end(),
                        false, possessor.plural(), false, noun));
                continue;
            }
            Party whole = phrase(s, c.first(), c.body(), c.end(), possessor);
            if (whole != null) {
                out.add(whole);
                continue;
            }
            if (possessor != null) out.add(possessor.asModifier());
            // actors inside a phrase about something else: "US strikes", "a Hamas raid", "an Indian proposal"
            for (int k = c.body(); k < c.head(); k++) {
                Entity e = s.entity(k);
                if (e == null || s.entity(k + 1) == e || s.pos(k + 1).equals("HYPH")) continue;
                int f = k;
                while (f > c.body() && s.entity(f - 1) == e) f--;
                Party p = entity(s, e, f, k + 1, new Chunk(f, k + 1, -1));
                if (p != null) out.add(p.asModifier());
            }
        }
        out.sort(Comparator.comparingInt(Party::first));
        return ofPhrases(s, chunks, out);
    }

    /** Heads that stand for what follows their "of": "a group of refugees", "thousands of students". */
    static final Set<String> COLLECTIVE = Set.of("group", "number", "dozen", "dozens", "hundred", "hundreds",
            "thousand", "thousands", "ten", "tens", "million", "millions", "score", "scores", "crowd", "band", "handful",
            "contingent", "delegation", "team", "batch", "patch", "series", "wave", "spate", "string", "round",
            "barrage", "volley", "couple", "majority", "flurry");

    /**
     * "inspectors of the International Atomic Energy Agency" is the agency; "a group of Chechen refugees" the
     * refugees: one actor over both phrases.
     */
    private List<Party> ofPhrases(TaggedSentence s, List<Chunk> chunks, List<Party> parties) {
        List<Party> out = new ArrayList<>(parties);
        for (Chunk c : chunks) {
            if (!s.word(c.end()).equals("of")) continue;
            Party after = null;
            for (Party p : out) if (p.first() == c.end() + 1 && !p.modifier()) after = p;
            if (after == null || after.kind() == Party.Kind.PRONOUN || after.kind() == Party.Kind.PLACE) continue;
            String head = ActorNouns.singular(s.lemma(c.head()));
            Party own = null;
            for (Party p : out) if (p.first() == c.first() && p.end() == c.end() && !p.modifier()) own = p;
            boolean member = own != null && own.kind() == Party.Kind.GROUP && ActorNouns.MEMBER.contains(head)
                    && (after.kind() == Party.Kind.ORGANISATION || after.kind() == Party.Kind.COUNTRY);
            boolean collective = COLLECTIVE.contains(head) && (own == null || own.bare()) && after.kind() == Party.Kind.GROUP;
            if (!member && !collective) continue;
            Party merged = new Party(after.kind(), after.name(), s.span(contentStart(s, c.first(), c.end()), after.end()),
                    c.first(), after.end(), false, after.plural(), after.bare(), after.head());
            out.remove(after);
            if (own != null) out.remove(own);
            out.add(merged);
        }
        out.sort(Comparator.comparingInt(Party::first));
        return out;
    }

    /** The possessor of a phrase ("Iraq" in "Iraq's government", "its" in "its assault"), or null. */
    private Party possessor(TaggedSentence s, Chunk c) {
        if (c.possessive() < 0) return null;
        if (s.pos(c.possessive()).equals("PRP$")) {
            String w = s.word(c.possessive());
            if (!Set.of("its", "their", "his", "her").contains(w)) return null;
            String as = switch (w) { case "its" -> "it"; case "their" -> "they"; case "his" -> "he"; default -> "she"; };
            return new Party(Party.Kind.PRONOUN, as, s.span(c.possessive(), c.possessive() + 1), c.possessive(),
                    c.possessive() + 1, true, as.equals("they"), false, as);
        }
        return phrase(s, c.first(), c.first(), c.possessive(), null);
    }

    /**
     * The actor a phrase names: tokens [first, end), its own words from {@code body} on, the head last; or null.
     */
    private Party phrase(TaggedSentence s, int first, int body, int end, Party possessor) {
        if (end <= body) return null;
        int head = end - 1;
        Entity e = s.entity(head);
        Chunk c = new Chunk(first, end, body > first ? body - 1 : -1);
        if (e != null) {
            int f = head;
            while (f > body && s.entity(f - 1) == e) f--;
            return entity(s, e, f, end, c);
        }
        if (s.pos(head).startsWith("NNP") && !NOT_NAMES.contains(s.word(head)) && s.tokens.get(head).isCapitalised()) {
            int f = head;
            while (f > body && s.pos(f - 1).startsWith("NNP") && s.entity(f - 1) == null && !s.isDate(f - 1)) f--;
            String name = s.span(f, end);
            Optional<String> country = country(name);
            if (country.isPresent()) return party(s, Party.Kind.COUNTRY, country.get(), c, false);
            // a town the tagger missed is still a town
            if (!gazetteer.named(name).isEmpty()) return party(s, Party.Kind.PLACE, name, c, false);
            if (!ActorNouns.GROUP.contains(ActorNouns.singular(s.lemma(head)))) {
                return party(s, Party.Kind.NAME, name, c, false);
            }
        }
        String noun = ActorNouns.singular(s.lemma(head));
        if (!s.isNoun(head) || !ActorNouns.GROUP.contains(noun)) return null;
        // what modifies the noun: the nearest name before it, unless it only forms a compound ("Iran-linked")
        Party modifier = null;
        boolean compound = false;
        for (int k = head - 1; k >= body && modifier == null; k--) {
            if (s.pos(k).equals("HYPH")) compound = true;
            if (s.pos(k + 1).equals("HYPH")) continue;
            Entity m = s.entity(k);
            int f = k;
            if (m != null) {
                while (f > body && s.entity(f - 1) == m) f--;
                modifier = entity(s, m, f, k + 1, new Chunk(f, k + 1, -1));
                // a name the tagger could not type ("Boko Haram" as MISC) still names who the members serve
                if (modifier == null && m.type().equals("MISC") && gazetteer.demonym(m.text()).isEmpty()
                        && s.pos(k).startsWith("NNP")) {
                    modifier = party(s, Party.Kind.NAME, s.span(f, k + 1), new Chunk(f, k + 1, -1), false);
                }
            } else if (s.pos(k).startsWith("NNP") && !s.isDate(k) && !NOT_NAMES.contains(s.word(k))) {
                while (f > body && s.pos(f - 1).startsWith("NNP") && s.entity(f - 1) == null) f--;
                Optional<String> country = country(s.span(f, k + 1));
                modifier = party(s, country.isPresent() ? Party.Kind.COUNTRY : Party.Kind.NAME,
                        country.orElse(s.span(f, k + 1)), new Chunk(f, k + 1, -1), false);
            }
            // "Iran-linked", "US-led": a compound adjective, whose name is not who the group is
            if (modifier != null && s.span(f, k + 1).contains("-")) compound = true;
            k = f;
        }
        if (modifier != null && !compound) {
            if ((modifier.kind() == Party.Kind.ORGANISATION || modifier.kind() == Party.Kind.NAME)
                    && ActorNouns.MEMBER.contains(noun)) {
                return party(s, Party.Kind.ORGANISATION, modifier.name(), c, false);
            }
            if (modifier.kind() == Party.Kind.COUNTRY && ActorNouns.STATE.contains(noun)) {
                return party(s, Party.Kind.COUNTRY, modifier.name(), c, false);
            }
        }
        if (modifier == null && possessor != null && possessor.kind() != Party.Kind.PRONOUN) {
            if (possessor.kind() == Party.Kind.ORGANISATION && ActorNouns.MEMBER.contains(noun)) {
                return party(s, Party.Kind.ORGANISATION, possessor.name(), c, false);
            }
            if (possessor.kind() == Party.Kind.COUNTRY && ActorNouns.STATE.contains(noun)) {
                return party(s, Party.Kind.COUNTRY, possessor.name(), c, false);
            }
        }
        boolean bare = modifier == null && possessor == null && !compound && !hasModifier(s, body, head);
        if (bare && ActorNouns.GENERIC.contains(noun)) return null;
        int from = contentStart(s, first, end);
        return party(s, Party.Kind.GROUP, s.span(from, end), c, bare);
    }

    /** Whether words other than articles and quantities come before the head ("armed groups", not "some groups"). */
    private static boolean hasModifier(TaggedSentence s, int body, int head) {
        for (int k = body; k < head; k++) {
            if (!s.pos(k).equals("DT") && !s.pos(k).equals("CD") && !QUANTITY.contains(s.word(k))) return true;
        }
        return false;
    }

    private static int contentStart(TaggedSentence s, int first, int end) {
        int k = first;
        while (k < end - 1 && (s.pos(k).equals("DT") || s.pos(k).equals("PDT") || s.pos(k).equals("CD")
                || s.pos(k).equals("PRP$") || s.pos(k).equals("RB") || s.pos(k).equals("JJS")
                || QUANTITY.contains(s.word(k)))) k++;
        return k;
    }

    /** The actor an entity over tokens [f, end) names, as the head of phrase {@code c}; or null. */
    private Party entity(TaggedSentence s, Entity e, int f, int end, Chunk c) {
        String canonical = e.actor() != null ? e.actor() : e.text();
        switch (e.type()) {
            case "PERSON":
                return party(s, Party.Kind.PERSON, canonical, c, false);
            case "ORGANIZATION":
                return party(s, Party.Kind.ORGANISATION, canonical, c, false);
            case "LOCATION": {
                Optional<String> country = country(canonical);
                if (country.isPresent()) return party(s, Party.Kind.COUNTRY, country.get(), c, false);
                return party(s, Party.Kind.PLACE, canonical, c, false);
            }
            case "MISC": {
                // "Palestinians", "Iraqi Kurds", "Bosnian Serbs": a people, named as the text names them
                if (s.pos(end - 1).equals("NNPS")) return party(s, Party.Kind.GROUP, s.span(f, end), c, false);
                Optional<GeoEntry> d = gazetteer.demonym(e.text());
                if (d.isEmpty()) return null;
                if (d.get().kind() != GeoEntry.Kind.COUNTRY) return null;
                return party(s, Party.Kind.COUNTRY, countryName(d.get()), c, false);
            }
            default:
                return null;
        }
    }

    private Party party(TaggedSentence s, Party.Kind kind, String name, Chunk c, boolean bare) {
        int from = c.first();
        while (from < c.end() - 1 && s.pos(from).equals("DT")) from++;
        return new Party(kind, name, s.span(from, c.end()), c.first(), c.end(), false,
                s.pos(c.head()).endsWith("S"), bare, s.lemma(c.head()));
    }

    /** The country a name stands for ("US", "Baghdad" as Iraq's government comes resolved from the NLP stage). */
    Optional<String> country(String name) {
        Optional<String> c = CountryNames.canonical(name);
        if (c.isPresent()) return c;
        for (GeoEntry g : gazetteer.named(name)) if (g.kind() == GeoEntry.Kind.COUNTRY) return Optional.of(countryName(g));
        return Optional.empty();
    }

    private static String countryName(GeoEntry g) {
        try {
            return CountryNames.ofCode(g.country());
        } catch (RuntimeException e) {
            return g.name();
        }
    }
}
