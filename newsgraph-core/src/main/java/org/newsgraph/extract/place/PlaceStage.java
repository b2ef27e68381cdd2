package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.Stage;

/**
 * Geocodes an article's LOCATION entities (or, when no tagger ran, the toponyms {@link ToponymSpotter} finds)
 * and picks its focus places: the country it is mostly about, the town or area its headline names, and the
 * one it names most (twice at least).
 */
public final class PlaceStage implements Stage {

    private final Gazetteer gazetteer;
    private final Geocoder geocoder;
    private final ToponymSpotter spotter;
    private final Toponyms toponyms;

    public PlaceStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geocoder = new Geocoder(gazetteer);
        this.spotter = new ToponymSpotter(gazetteer);
        this.toponyms = new Toponyms(gazetteer);
    }

    public static PlaceStage standard() {
        return new PlaceStage(Gazetteer.get());
    }

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        String text = x.article().text();
        List<Mention> mentions = x.entities().isEmpty() ? spotter.find(text) : toponyms.find(text, x.entities(), x.article().metadata().dateline());
        List<Place> places = new ArrayList<>();
        Map<GeoEntry, Integer> counts = new LinkedHashMap<>();
        Map<GeoEntry, Place> first = new LinkedHashMap<>();
        List<Resolution> resolved = resolve(x, mentions, false);
        for (Resolution r : resolved) {
            Place p = place(r);
            places.add(p);
            counts.merge(r.entry(), 1, Integer::sum);
            first.putIfAbsent(r.entry(), p);
        }
        // a facility or district inside a place the text names ("Toronto's Pearson airport") stands at that place
        for (org.newsgraph.model.Entity e : x.entities()) {
            if (!Hosts.hostable(e) || places.stream().anyMatch(p -> p.start() < e.end() && e.start() < p.end())) continue;
            Mention m = new Mention(e.text(), e.start(), e.end());
            Hosts.of(text, m, resolved).ifPresent(h -> places.add(hosted(m, h.entry())));
        }
        places.sort(java.util.Comparator.comparingInt(Place::start));
        return x.withPlaces(places, focus(counts, first, x.article().headline()));
    }

    /**
     * Resolves spans the caller knows are toponyms (a benchmark's gold spans, adjectival ones included) with the
     * article as context; a span that resolves to nothing is left out.
     */
    public List<Resolution> given(ExtractedArticle x, List<Mention> toponyms) {
        return resolve(x, toponyms, true);
    }

    private List<Resolution> resolve(ExtractedArticle x, List<Mention> mentions, boolean given) {
        String url = x.article().source() == null ? null : x.article().source().url();
        org.newsgraph.model.Dateline d = x.article().metadata().dateline();
        Setting setting = new Setting(Outlet.country(url).orElse(null), DatelinePlace.place(d, x.article().text()),
                DatelinePlace.region(d, x.article().text()));
        return geocoder.resolve(x.article().text(), mentions, given, setting);
    }

    private List<Place> focus(Map<GeoEntry, Integer> counts, Map<GeoEntry, Place> first, String headline) {
        List<Place> out = new ArrayList<>();
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        counts.forEach((e, n) -> { if (e.country() != null) byCountry.merge(e.country(), n, Integer::sum); });
        String topCountry = byCountry.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (topCountry != null) {
            first.keySet().stream().filter(e -> e.kind() == GeoEntry.Kind.COUNTRY && e.country().equals(topCountry))
                    .findFirst().ifPresentOrElse(e -> out.add(first.get(e)),
                            () -> gazetteer.country(topCountry).ifPresent(c -> out.add(countryPlace(c))));
        }
        String h = headline == null ? "" : " " + Names.fold(headline) + " ";
        List<Map.Entry<GeoEntry, Integer>> local = counts.entrySet().stream()
                .filter(e -> e.getKey().kind() == GeoEntry.Kind.CITY || e.getKey().kind() == GeoEntry.Kind.ADMIN1
                        || e.getKey().kind() == GeoEntry.Kind.ADMIN2)
                .sorted(Map.Entry.<GeoEntry, Integer>comparingByValue().reversed()).toList();
        local.stream().filter(e -> h.contains(" " + Names.fold(first.get(e.getKey()).name()) + " "))
                .findFirst().ifPresent(e -> out.add(first.get(e.getKey())));
        local.stream().filter(e -> e.getValue() >= 2).findFirst()
                .filter(e -> !out.contains(first.get(e.getKey()))).ifPresent(e -> out.add(first.get(e.getKey())));
        return out;
    }

    private Place hosted(Mention m, GeoEntry host) {
        String admin1 = host.kind() == GeoEntry.Kind.ADMIN1 ? host.name() : gazetteer.admin1Of(host).map(GeoEntry::name).orElse(null);
        return new Place(m.text(), host.country(), host.lat(), host.lon(), null, m.start(), m.end(), null, admin1,
                host.featureClass());
    }

    private static Place countryPlace(GeoEntry c) {
        return new Place(c.name(), c.country(), c.lat(), c.lon(), c.id(), -1, -1, c.name(), null, c.featureClass());
    }

    private Place place(Resolution r) {
        GeoEntry e = r.entry();
        String admin1 = gazetteer.admin1Of(e).map(GeoEntry::name).orElse(null);
        if (e.kind() == GeoEntry.Kind.ADMIN1) admin1 = e.name();
        return new Place(r.mention().text(), e.country(), e.lat(), e.lon(), e.id(), r.mention().start(),
                r.mention().end(), e.name(), admin1, e.featureClass());
    }
}
