package org.newsgraph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.CountryNames;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Names;

/**
 * The mentions of one person, organisation or country in an article become one actor under the fullest name the
 * article gives. People: a shorter name whose words all occur in a longer one ("Sudani", "al-Sudani" in "Mohammed
 * Shia al-Sudani"). Organisations: the same name, or an acronym the text defines ("Popular Mobilization Forces
 * (PMF)") or that spells a named organisation's initials. Countries: every form of the name ("US", "U.S.",
 * "United States"), and the capital as its government ("Washington") when the country is named too.
 * Other places and MISC names are entities without an actor.
 */
public final class ActorResolver {

    /** Entities and actors of one article. */
    public record Resolution(List<Entity> entities, List<Actor> actors) {}

    private final Titles titles;
    private final Gazetteer gazetteer;

    public ActorResolver(Set<String> titleWords, Gazetteer gazetteer) {
        this.titles = new Titles(titleWords);
        this.gazetteer = gazetteer;
    }

    private static final class Group {
        final String type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        int mentions;

        Group(String type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    public Resolution resolve(Analysis a) {
        List<Mention> ms = a.mentions().stream()
                .sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
        Map<Mention, String> names = new HashMap<>();
        for (Mention m : ms) {
            if (m.type().equals("PERSON")) {
                int ns = titles.nameStart(a, m);
                names.put(m, a.text().substring(a.tokens().get(ns).start(), m.end()));
            } else {
                names.put(m, m.text());
            }
        }
        Map<Mention, Group> groupOf = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        people(ms, names, groupOf, groups);
        organisations(a, ms, names, groupOf, groups);
        countries(ms, names, groupOf, groups);

        List<Entity> entities = new ArrayList<>();
        for (Mention m : ms) {
            Group g = groupOf.get(m);
            if (g != null) {
                g.mentions++;
                if (!names.get(m).equals(g.name)) g.aliases.add(names.get(m));
                if (m.type().equals("PERSON")) {
                    String title = titles.titleBefore(a, m);
                    if (title != null) {
                        g.titles.add(title);
                        g.aliases.add(title + " " + names.get(m));
                    }
                }
            }
            entities.add(new Entity(m.text(), m.type(), g == null ? null : g.name, m.start(), m.end()));
        }
        List<Actor> actors = new ArrayList<>();
        for (Group g : groups) {
            if (g.mentions == 0) continue;
            g.aliases.remove(g.name);
            actors.add(new Actor(id(g.type, g.name), g.name, g.type, List.copyOf(g.aliases), List.copyOf(g.titles),
                    g.mentions));
        }
        return new Resolution(entities, actors);
    }

    private static void people(List<Mention> ms, Map<Mention, String> names, Map<Mention, Group> groupOf,
                               List<Group> groups) {
        List<Mention> persons = ms.stream().filter(m -> m.type().equals("PERSON"))
                .sorted((x, y) -> Integer.compare(words(names.get(y)).size(), words(names.get(x)).size())).toList();
        List<Group> mine = new ArrayList<>();
        for (Mention m : persons) {
            List<String> w = words(names.get(m));
            Group match = null;
            int matches = 0;
            for (Group g : mine) {
                List<String> gw = words(g.name);
                if (gw.containsAll(w) && gw.get(gw.size() - 1).equals(w.get(w.size() - 1)) || gw.equals(w)
                        || w.size() == 1 && gw.contains(w.get(0))) {
                    if (match != g) matches++;
                    match = g;
                }
            }
            if (matches > 1) continue; // ambiguous short name: two people share it
            if (match == null) {
                match = new Group("PERSON", names.get(m));
                mine.add(match);
                groups.add(match);
            }
            groupOf.put(m, match);
        }
    }

    private static void organisations(Analysis a, List<Mention> ms, Map<Mention, String> names,
                                      Map<Mention, Group> groupOf, List<Group> groups) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        // Longest first, so that acronyms find the names they abbreviate.
        List<Mention> orgs = ms.stream().filter(m -> m.type().equals("ORGANIZATION"))
                .sorted((x, y) -> Integer.compare(names.get(y).length(), names.get(x).length())).toList();
        Map<String, String> defined = definedAcronyms(a, orgs);
        for (Mention m : orgs) {
            String name = names.get(m);
            String key = orgKey(name);
            Group g = byKey.get(key);
            if (g == null && Acronyms.looksLikeAcronym(name)) {
                String full = defined.get(name);
                if (full != null) g = byKey.get(orgKey(full));
                if (g == null) {
                    for (Group c : byKey.values()) {
                        if (!c.name.equals(name) && Acronyms.abbreviates(name, c.name)) g = c;
                    }
                }
            }
            if (g == null) {
                g = new Group("ORGANIZATION", name);
                groups.add(g);
            }
            byKey.put(key, g);
            groupOf.put(m, g);
        }
    }

    /** "Popular Mobilization Forces (PMF)": a name right before an acronym in brackets. */
    private static Map<String, String> definedAcronyms(Analysis a, List<Mention> orgs) {
        Map<String, String> out = new HashMap<>();
        for (Mention m : orgs) {
            int i = m.endToken();
            if (i + 2 >= a.tokens().size()) continue;
            String open = a.tokens().get(i).text();
            String acro = a.tokens().get(i + 1).text();
            String close = a.tokens().get(i + 2).text();
            if ((open.equals("(") || open.equals("-LRB-")) && (close.equals(")") || close.equals("-RRB-"))
                    && Acronyms.looksLikeAcronym(acro)) {
                out.put(acro, m.text());
            }
        }
        return out;
    }

    private void countries(List<Mention> ms, Map<Mention, String> names, Map<Mention, Group> groupOf,
                           List<Group> groups) {
        Map<String, Group> byCountry = new LinkedHashMap<>();
        for (Mention m : ms) {
            if (!m.type().equals("LOCATION")) continue;
            CountryNames.canonical(names.get(m)).ifPresent(c -> {
                Group g = byCountry.computeIfAbsent(c, k -> {
                    Group n = new Group("LOCATION", k);
                    groups.add(n);
                    return n;
                });
                groupOf.put(m, g);
            });
        }
        for (Mention m : ms) {
            if (!m.type().equals("LOCATION") || groupOf.containsKey(m)) continue;
            gazetteer.capitalOf(names.get(m)).map(CountryNames::ofCode).map(byCountry::get)
                    .ifPresent(g -> groupOf.put(m, g));
        }
    }

    private static String orgKey(String name) {
        return Names.fold(name).replaceFirst("^the ", "");
    }

    /** Words of a person's name, folded, without Arabic articles ("al-Sudani" is "sudani"). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Names.fold(name.replaceAll("(?i)\\b(al|el)-", "")).split(" ")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** Stable across articles and runs: the same canonical name of the same type is the same actor. */
    public static String id(String type, String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((type + "\n" + name.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(d, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
