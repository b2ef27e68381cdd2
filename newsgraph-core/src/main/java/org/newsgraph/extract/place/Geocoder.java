package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an article's toponyms to gazetteer entries, all at once, because the other places of an article are
 * the best evidence for each one.
 *
 * <p>Two passes. The first reads each name alone ({@link Prominence}, {@link Containment}) to learn which
 * countries the article is about and which places are certain (a single candidate, a country, a stated
 * container). The second weighs every candidate with all the evidence ({@link CoMention}, {@link Focus}).
 * One name keeps one reading per article: the best reading any of its mentions supports.
 *
 * <p>Lookups are exact on folded names ("Rafaḩ" = "Rafah"); a looser, transliteration-insensitive match
 * ("Khan Younis" for "Khān Yūnis") is tried only for populated places in a country the article is about, and
 * never for countries: "Albany" can never become Albania.
 */
public final class Geocoder {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+\\b");

    /** Words that qualify a place name without changing which place it is. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("county", "state", "district", "province",
            "region", "city", "university", "governorate", "oblast", "prefecture", "municipality", "eastern",
            "western", "northern", "southern", "central", "east", "west", "north", "south", "greater", "upper",
            "lower", "metro", "downtown", "parish", "borough");

    private final Gazetteer gazetteer;
    private final Containment containment;
    private final List<Evidence> firstPass;
    private final List<Evidence> secondPass;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Evidence prominence = new Prominence();
        this.containment = new Containment(gazetteer);
        this.firstPass = List.of(prominence, this.containment);
        this.secondPass = List.of(prominence, this.containment, new CoMention(), new Focus(), new OutletCountry(),
                new DatelineNear());
    }

    public static Geocoder standard() {
        return new Geocoder(Gazetteer.get());
    }

    /**
     * @param text                the article text the mentions point into
     * @param demonymsAreToponyms true only when the caller knows every mention is a toponym (a benchmark's gold
     *                            spans that include adjectival ones); otherwise "Iraqi" resolves to nothing
     * @return one resolution per mention that resolved, in mention order
     */
    public List<Resolution> resolve(String text, List<Mention> mentions, boolean demonymsAreToponyms) {
        return resolve(text, mentions, demonymsAreToponyms, Setting.NONE);
    }

    /** As {@link #resolve(String, List, boolean)}, with what the article says about where it stands. */
    public List<Resolution> resolve(String text, List<Mention> mentions, boolean demonymsAreToponyms, Setting setting) {
        Map<Mention, List<GeoEntry>> candidates = new LinkedHashMap<>();
        for (Mention m : mentions) candidates.put(m, candidates(m.text(), demonymsAreToponyms));
        // "Holliday, Mo." when the gazetteer has no Holliday in Missouri: no other Holliday is meant, anywhere in
        // the article (a list of states, "Washington, Oregon and Idaho", is no town in a state)
        java.util.Set<String> vetoed = new java.util.HashSet<>();
        for (Map.Entry<Mention, List<GeoEntry>> e : candidates.entrySet()) {
            List<GeoEntry> cs = e.getValue();
            List<GeoEntry> states = containment.statedStates(e.getKey(), text);
            if (!states.isEmpty() && !cs.isEmpty() && cs.stream().allMatch(c -> c.kind() == GeoEntry.Kind.CITY
                    || c.kind() == GeoEntry.Kind.ADMIN2) && cs.stream().noneMatch(c -> states.stream().anyMatch(c::within))) {
                vetoed.add(key(e.getKey().text()));
            }
        }
        candidates.replaceAll((m, cs) -> vetoed.contains(key(m.text())) ? List.of() : cs);

        Scene blind = new Scene(text, mentions, List.of(), Map.of(), Map.of(), setting);
        List<Scene.Anchor> anchors = new ArrayList<>();
        Map<String, Double> weight = new HashMap<>();
        // what each name itself added to its country's weight: a name cannot vouch for itself
        Map<String, Double> own = new HashMap<>();
        for (Map.Entry<Mention, List<GeoEntry>> e : candidates.entrySet()) {
            Scored best = best(e.getValue(), e.getKey(), blind, firstPass);
            if (best == null) continue;
            GeoEntry b = best.entry;
            // areas are certain when read as areas: "Louisiana" is the state, whatever towns share the name; a
            // town known only by another name of it ("Washington Square" for Franklin Square) is not
            boolean alone = e.getValue().size() == 1 && (b.kind() != GeoEntry.Kind.CITY
                    || Prominence.otherName(b, e.getKey()) < 1);
            // the dateline's place is where the story was filed: read on its own (and its stated state), it anchors
            boolean certain = alone || b.kind() != GeoEntry.Kind.CITY || best.score >= 15
                    || e.getKey().equals(setting.dateline());
            Scene.Anchor anchor = new Scene.Anchor(key(e.getKey().text()), b);
            if (certain && !anchors.contains(anchor)) anchors.add(anchor);
            // a village is no vote for its country unless something else is (see plausible)
            if (b.country() != null && (b.kind() != GeoEntry.Kind.CITY || b.population() >= 5_000)) {
                weight.merge(b.country(), certain ? 1.0 : 0.5, Double::sum);
                own.merge(key(e.getKey().text()) + "|" + b.country(), certain ? 1.0 : 0.5, Double::sum);
            }
        }
        if (!demonymsAreToponyms) {
            Matcher w = CAPITALISED.matcher(text);
            while (w.find()) gazetteer.demonym(w.group()).ifPresent(d -> {
                if (d.country() != null) weight.merge(d.country(), 0.5, Double::sum);
            });
        }
        Scene scene = new Scene(text, mentions, anchors, weight, own, setting);
        Map<String, GeoEntry> shortForms = shortForms(anchors);

        Map<String, Scored> byName = new HashMap<>();
        for (Map.Entry<Mention, List<GeoEntry>> e : candidates.entrySet()) {
            List<GeoEntry> cs = e.getValue();
            if (vetoed.contains(key(e.getKey().text()))) continue;
            GeoEntry named = shortForms.get(key(e.getKey().text()));
            if (named != null) cs = List.of(named);
            // a district named like its town ("Deir Al Balah"): the town may be spelt otherwise in the gazetteer
            if (cs.stream().noneMatch(c -> c.kind() != GeoEntry.Kind.ADMIN2)) {
                cs = new ArrayList<>(cs);
                cs.addAll(transliterated(e.getKey().text(), weight));
            }
            Scored best = best(cs, e.getKey(), scene, secondPass);
            if (best == null || !plausible(best.entry, weight, own.getOrDefault(key(e.getKey().text()) + "|"
                    + best.entry.country(), 0.0))) continue;
            if (!vouchedFor(best.entry, e.getKey(), scene)) continue;
            byName.merge(key(e.getKey().text()), best, (a, b) -> a.score >= b.score ? a : b);
        }
        vetoed.forEach(byName::remove);
        List<Resolution> out = new ArrayList<>();
        for (Mention m : mentions) {
            Scored s = byName.get(key(m.text()));
            if (s != null) out.add(new Resolution(m, s.entry, s.score));
        }
        return out;
    }

    /** Entries the name can mean; empty for a nationality word unless the caller says it is a toponym. */
    List<GeoEntry> candidates(String mention, boolean demonymsAreToponyms) {
        String name = bare(mention);
        if (NotPlaces.named(name)) return List.of();
        if (gazetteer.isDemonym(name)) {
            return demonymsAreToponyms ? List.of(gazetteer.demonym(name).orElseThrow()) : List.of();
        }
        List<GeoEntry> named = gazetteer.named(name);
        if (named.isEmpty() && name.startsWith("the ")) named = gazetteer.named(name.substring(4));
        if (named.isEmpty() && demonymsAreToponyms && name.endsWith("s")) {
            // plural nationality nouns given as toponyms: "Syrians"
            named = gazetteer.demonym(name.substring(0, name.length() - 1)).map(List::of).orElse(List.of());
        }
        if (named.isEmpty() && demonymsAreToponyms) named = part(name);
        return named;
    }

    /**
     * For a span known to be a toponym that the gazetteer cannot name ("Orange County", "Eastern Ghouta",
     * "Colorado State University"): the name without its generic words, when that names a place; else the
     * place after "of" ("Bank of England"); else the nation of a leading nationality word. Only for
     * given toponyms: in running text "Washington Post" must stay a newspaper.
     */
    private List<GeoEntry> part(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        boolean cut = false;
        while (words.size() > 1 && GENERIC.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(0);
            cut = true;
        }
        while (words.size() > 1 && GENERIC.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(words.size() - 1);
            cut = true;
        }
        if (cut) return gazetteer.named(String.join(" ", words));
        // "Bank of England", "University of Alberta": the place after the last "of"
        int of = name.lastIndexOf(" of ");
        if (of > 0) {
            List<GeoEntry> after = gazetteer.named(name.substring(of + 4));
            if (!after.isEmpty()) return after;
        }
        // "Russian Foreign Ministry", "British Embassy": the nation its first word names
        String first = words.get(0);
        return words.size() > 1 && gazetteer.isDemonym(first) ? List.of(gazetteer.demonym(first).orElseThrow()) : List.of();
    }

    /**
     * "Suffolk" in an article that names "Suffolk County": the short form of an area the article names in full,
     * with the generic word dropped, is that area.
     */
    private static Map<String, GeoEntry> shortForms(List<Scene.Anchor> anchors) {
        Map<String, GeoEntry> out = new HashMap<>();
        for (Scene.Anchor a : anchors) {
            GeoEntry.Kind k = a.entry().kind();
            if (k != GeoEntry.Kind.ADMIN1 && k != GeoEntry.Kind.ADMIN2) continue;
            int space = a.key().lastIndexOf(' ');
            if (space > 0 && GENERIC.contains(a.key().substring(space + 1))) out.putIfAbsent(a.key().substring(0, space), a.entry());
        }
        return out;
    }

    private List<GeoEntry> transliterated(String mention, Map<String, Double> weight) {
        String name = bare(mention);
        char first = Character.toLowerCase(Names.fold(name).isEmpty() ? ' ' : Names.fold(name).charAt(0));
        List<GeoEntry> out = new ArrayList<>();
        for (GeoEntry c : gazetteer.soundingLike(name)) {
            if (Names.fold(c.name()).charAt(0) != first) continue;
            if (weight.containsKey(c.country())) out.add(c);
        }
        return out;
    }

    /**
     * A small place abroad with nothing else in the article pointing to its country is more likely a wrong
     * reading ("Antwerp" as a village in Ohio, when the gazetteer lacks the English name of the Belgian city):
     * better no place than a wrong one. {@code ownWeight} is what the name itself gave its country.
     */
    private static boolean plausible(GeoEntry e, Map<String, Double> weight, double ownWeight) {
        return e.kind() != GeoEntry.Kind.CITY || e.population() >= 5_000
                || weight.getOrDefault(e.country(), 0.0) - ownWeight > 1e-9;
    }

    /**
     * A town of fewer than 100,000 read by another name altogether ("Washington Square" is among Franklin
     * Square's former names) must lie near a place the article names for certain, or inside an area it names:
     * such names are too often someone else's own.
     */
    private static boolean vouchedFor(GeoEntry e, Mention m, Scene scene) {
        if (e.kind() != GeoEntry.Kind.CITY || e.population() >= 100_000 || Prominence.otherName(e, m) < 1) return true;
        for (Scene.Anchor a : scene.anchors()) {
            GeoEntry x = a.entry();
            if (x.equals(e) || a.key().equals(key(m.text()))) continue;
            if (x.kind() == GeoEntry.Kind.ADMIN1 && e.within(x)) return true;
            if ((x.kind() == GeoEntry.Kind.CITY || x.kind() == GeoEntry.Kind.ADMIN2) && e.km(x.lat(), x.lon()) < 300) return true;
        }
        return false;
    }

    private static String bare(String mention) {
        String s = mention.strip();
        if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("'") || s.endsWith("\u2019")) s = s.substring(0, s.length() - 1);
        return s;
    }

    private static String key(String mention) {
        return Names.fold(bare(mention));
    }

    private static Scored best(List<GeoEntry> cs, Mention m, Scene scene, List<Evidence> rules) {
        Scored best = null;
        for (GeoEntry c : cs) {
            double s = 0;
            for (Evidence r : rules) s += r.weigh(c, m, scene);
            if (best == null || s > best.score) best = new Scored(c, s);
        }
        return best;
    }

    private record Scored(GeoEntry entry, double score) {}
}
