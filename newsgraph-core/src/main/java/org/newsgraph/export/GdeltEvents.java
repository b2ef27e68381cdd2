package org.newsgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.extract.place.GeoEntry;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;

/**
 * Events as GDELT Event 2.0 rows: 61 tab-separated columns, no header (GDELT's own files have none).
 * Event codes are CAMEO roots through {@link Cameo}; actor codes are ISO 3166-1 alpha-3 country codes where the
 * actor is a country (CAMEO's country codes are these for nearly all countries); mention counts are 1 (one
 * event per act per article). See docs/EXPORTS.md for each column.
 */
public final class GdeltEvents {

    public static final int COLUMNS = 61;

    private long nextId;

    public GdeltEvents(long firstId) {
        this.nextId = firstId;
    }

    public void write(ExtractedArticle x, Writer out) {
        try {
            for (Event e : x.events()) {
                out.write(Tsv.row(row(x, e)));
                out.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    List<String> row(ExtractedArticle x, Event e) {
        String day = day(e.date() != null ? e.date() : x.article().published() == null ? null : x.article().published().date());
        Cameo c = Cameo.of(e.action());
        List<String> f = new ArrayList<>(COLUMNS);
        f.add(Long.toString(nextId++));
        f.add(day);
        f.add(day.length() >= 6 ? day.substring(0, 6) : "");
        f.add(day.length() >= 4 ? day.substring(0, 4) : "");
        f.add(fraction(day));
        actor(f, e.source());
        actor(f, e.target());
        f.add("1");                                   // IsRootEvent: our events are a sentence's main act
        f.add(c.base());
        f.add(c.base());
        f.add(c.root());
        f.add(Integer.toString(c.quadClass()));
        f.add(Double.toString(c.goldstein()));
        f.add("1");                                   // NumMentions
        f.add("1");                                   // NumSources
        f.add("1");                                   // NumArticles
        f.add("");                                    // AvgTone: not computed
        geo(f, placeOf(x, e.source()));
        geo(f, placeOf(x, e.target()));
        geo(f, placeOf(x, e.place()));
        f.add(day);                                   // DATEADDED (date resolution only)
        f.add(x.article().source() == null || x.article().source().url() == null ? "" : x.article().source().url());
        if (f.size() != COLUMNS) throw new IllegalStateException("GDELT event row has " + f.size() + " columns");
        return f;
    }

    private static void actor(List<String> f, String name) {
        String iso3 = name == null ? null : Gazetteer.get().named(name).stream()
                .filter(g -> g.kind() == GeoEntry.Kind.COUNTRY).findFirst()
                .map(g -> Gazetteer.get().iso3(g.country())).orElse(null);
        f.add(iso3 == null ? "" : iso3);              // Code
        f.add(name == null ? "" : name.toUpperCase(java.util.Locale.ROOT));   // Name
        f.add(iso3 == null ? "" : iso3);              // CountryCode
        for (int i = 0; i < 7; i++) f.add("");         // KnownGroup, Ethnic, Religion1, Religion2, Type1-3
    }

    private static void geo(List<String> f, Place p) {
        if (p == null) {
            f.add("0");                               // Type 0: no place
            for (int i = 1; i < 8; i++) f.add("");
            return;
        }
        int type = GdeltPlaces.type(p);
        f.add(Integer.toString(type));
        f.add(Tsv.name(GdeltPlaces.fullName(p)));
        f.add(p.country() == null ? "" : p.country());
        f.add(type == 1 && p.country() != null ? p.country() : "");   // ADM1Code: the country's own for a country
        f.add("");                                    // ADM2Code
        f.add(Tsv.num(p.lat()));
        f.add(Tsv.num(p.lon()));
        f.add(p.geonameId() == null ? "" : Long.toString(p.geonameId()));
    }

    /** The article's place of that name, or for an actor that is a country, that country's place. */
    private static Place placeOf(ExtractedArticle x, String name) {
        if (name == null) return null;
        for (Place p : x.places()) if (name.equals(p.name()) || name.equals(p.geoname())) return p;
        return null;
    }

    static String day(String iso) {
        if (iso == null || iso.length() < 4 || !Character.isDigit(iso.charAt(0))) return "";
        String d = iso.replace("-", "");
        return d.length() >= 8 ? d.substring(0, 8) : d.length() == 6 ? d + "00" : d + "0000";
    }

    private static String fraction(String day) {
        if (day.length() < 8) return "";
        int y = Integer.parseInt(day.substring(0, 4)), m = Integer.parseInt(day.substring(4, 6)),
                d = Integer.parseInt(day.substring(6, 8));
        double frac = y + ((Math.max(m, 1) - 1) * 30 + Math.max(d, 1)) / 365.0;
        return String.format(java.util.Locale.ROOT, "%.4f", frac);
    }
}
