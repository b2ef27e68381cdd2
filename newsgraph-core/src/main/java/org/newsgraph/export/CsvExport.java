package org.newsgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;

/**
 * CSV (RFC 4180): one row per article, and one file per kind of fact with the article id in its first column
 * (places, events). Layout in docs/EXPORTS.md.
 */
public final class CsvExport {

    public static final List<String> ARTICLE_HEADER = List.of("id", "published", "headline", "source_path", "url",
            "entities", "actors", "quotes", "figures", "claims", "dates", "places", "events", "focus");
    public static final List<String> PLACE_HEADER = List.of("article_id", "name", "country", "admin1", "feature_class",
            "lat", "lon", "geoname_id", "geoname", "start", "end");
    public static final List<String> EVENT_HEADER = List.of("article_id", "source", "action", "target", "mode", "date",
            "date_basis", "place", "start", "end", "evidence");

    private CsvExport() {}

    public static void header(List<String> header, Writer out) {
        line(header, out);
    }

    public static void article(ExtractedArticle x, Writer out) {
        var a = x.article();
        line(List.of(x.id(), nz(a.published() == null ? null : a.published().date()), nz(a.headline()),
                nz(a.source() == null ? null : a.source().path()), nz(a.source() == null ? null : a.source().url()),
                n(x.entities()), n(x.actors()), n(x.quotes()), n(x.figures()), n(x.claims()), n(x.dates()),
                n(x.places()), n(x.events()),
                x.focus().stream().map(Place::name).collect(Collectors.joining("; "))), out);
    }

    public static void places(ExtractedArticle x, Writer out) {
        for (Place p : x.places()) {
            line(List.of(x.id(), nz(p.name()), nz(p.country()), nz(p.admin1()), nz(p.featureClass()), Tsv.num(p.lat()),
                    Tsv.num(p.lon()), p.geonameId() == null ? "" : p.geonameId().toString(), nz(p.geoname()),
                    Integer.toString(p.start()), Integer.toString(p.end())), out);
        }
    }

    public static void events(ExtractedArticle x, Writer out) {
        for (Event e : x.events()) {
            line(List.of(x.id(), nz(e.source()), nz(e.action()), nz(e.target()), nz(e.mode()), nz(e.date()),
                    nz(e.dateBasis()), nz(e.place()), Integer.toString(e.start()), Integer.toString(e.end()),
                    nz(e.evidence())), out);
        }
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void line(List<String> fields, Writer out) {
        List<String> q = new ArrayList<>(fields.size());
        for (String f : fields) q.add(field(f));
        try {
            out.write(String.join(",", q));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String n(List<?> l) {
        return Integer.toString(l.size());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
