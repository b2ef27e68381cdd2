package org.newsgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.figure.CountVocabulary;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * One GDELT Global Knowledge Graph 2.1 row per article: 27 tab-separated columns, no header. We fill counts
 * (from figures whose kind GDELT knows), locations, persons, organisations, dates, quotations, all names and
 * amounts, each with its character offset in the article text; themes, tone, GCAM and images stay empty.
 * See docs/EXPORTS.md.
 */
public final class GdeltGkg {

    public static final int COLUMNS = 27;

    private long sequence;

    public void write(ExtractedArticle x, Writer out) {
        try {
            out.write(Tsv.row(row(x)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> row(ExtractedArticle x) {
        String day = GdeltEvents.day(x.article().published() == null ? null : x.article().published().date());
        List<String> f = new ArrayList<>(COLUMNS);
        f.add((day.isEmpty() ? "00000000" : day) + "000000-" + sequence++);   // GKGRECORDID
        f.add(day.isEmpty() ? "" : day + "000000");                           // V2.1DATE
        f.add("1");                                                            // source collection: web
        f.add(x.article().source() == null ? "" : Tsv.part(x.article().source().path()));
        f.add(x.article().source() == null || x.article().source().url() == null ? x.id() : x.article().source().url());
        f.add(counts(x, false));
        f.add(counts(x, true));
        f.add("");                                                             // V1THEMES
        f.add("");                                                             // V2ENHANCEDTHEMES
        f.add(locations(x, false));
        f.add(locations(x, true));
        f.add(names(x, "PERSON", false));
        f.add(names(x, "PERSON", true));
        f.add(names(x, "ORGANIZATION", false));
        f.add(names(x, "ORGANIZATION", true));
        f.add("");                                                             // V1.5TONE: not computed
        f.add(dates(x));
        f.add("");                                                             // V2GCAM
        f.add("");                                                             // V2.1SHARINGIMAGE
        f.add("");                                                             // V2.1RELATEDIMAGES
        f.add("");                                                             // V2.1SOCIALIMAGEEMBEDS
        f.add("");                                                             // V2.1SOCIALVIDEOEMBEDS
        f.add(quotations(x));
        f.add(allNames(x));
        f.add(amounts(x));
        f.add("");                                                             // V2.1TRANSLATIONINFO
        f.add("");                                                             // V2EXTRASXML
        if (f.size() != COLUMNS) throw new IllegalStateException("GKG row has " + f.size() + " columns");
        return f;
    }

    /** COUNTTYPE#NUMBER#OBJECTTYPE#LOCTYPE#LOCFULLNAME#LOCCOUNTRY#LOCADM1#LAT#LON#FEATUREID[#OFFSET]. */
    private static String counts(ExtractedArticle x, boolean offsets) {
        List<String> out = new ArrayList<>();
        for (Figure fig : x.figures()) {
            String type = fig.counts() == null ? null : CountVocabulary.GDELT.get(fig.counts());
            if (type == null || fig.value() == null) continue;
            Place p = placeNamed(x, fig.where());
            String loc = p == null ? "0#####" : GdeltPlaces.type(p) + "#" + Tsv.name(GdeltPlaces.fullName(p)) + "#"
                    + nz(p.country()) + "##" + Tsv.num(p.lat()) + "#" + Tsv.num(p.lon()) + "#"
                    + (p.geonameId() == null ? "" : p.geonameId());
            String s = type + "#" + Math.round(fig.value()) + "#" + Tsv.part(fig.subject()) + "#" + loc;
            out.add(offsets ? s + "#" + fig.start() : s);
        }
        return String.join(";", out);
    }

    /** TYPE#FULLNAME#COUNTRY#ADM1#[ADM2#]LAT#LON#FEATUREID[#OFFSET]; V1 lists each place once. */
    private static String locations(ExtractedArticle x, boolean enhanced) {
        Set<String> out = new LinkedHashSet<>();
        for (Place p : x.places()) {
            String head = GdeltPlaces.type(p) + "#" + Tsv.name(GdeltPlaces.fullName(p)) + "#" + nz(p.country()) + "#"
                    + (GdeltPlaces.type(p) == 1 ? nz(p.country()) : "") + "#";
            String tail = Tsv.num(p.lat()) + "#" + Tsv.num(p.lon()) + "#" + (p.geonameId() == null ? "" : p.geonameId());
            out.add(enhanced ? head + "#" + tail + "#" + p.start() : head + tail);
        }
        return String.join(";", out);
    }

    /** V1: names once each, by canonical actor name; V2: name,offset per mention. */
    private static String names(ExtractedArticle x, String type, boolean enhanced) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : x.entities()) {
            if (!type.equals(e.type())) continue;
            String name = Tsv.part(e.actor() != null ? e.actor() : e.text());
            out.add(enhanced ? name + "," + e.start() : name);
        }
        return String.join(";", out);
    }

    /** Resolution#Month#Day#Year#Offset: 1 year only, 2 month, 3 full date, 4 month and day without a year. */
    private static String dates(ExtractedArticle x) {
        List<String> out = new ArrayList<>();
        for (DateMention d : x.calendarDates()) {
            String v = d.value();
            if (v == null) continue;
            String[] p = v.split("-");
            boolean noYear = p[0].startsWith("X");
            if (!noYear && !p[0].matches("\\d{4}")) continue;
            int res = noYear ? 4 : p.length >= 3 ? 3 : p.length == 2 ? 2 : 1;
            String month = p.length >= 2 && p[1].matches("\\d\\d") ? Integer.toString(Integer.parseInt(p[1])) : "0";
            String day = p.length >= 3 && p[2].matches("\\d\\d") ? Integer.toString(Integer.parseInt(p[2])) : "0";
            out.add(res + "#" + month + "#" + day + "#" + (noYear ? "0" : p[0]) + "#" + d.start());
        }
        return String.join(";", out);
    }

    /** Offset|Length|Verb|Quote, records joined by #. */
    private static String quotations(ExtractedArticle x) {
        List<String> out = new ArrayList<>();
        for (Quote q : x.quotes()) {
            if (!q.direct()) continue;
            out.add(q.start() + "|" + (q.end() - q.start()) + "|" + Tsv.part(q.cue()) + "|" + Tsv.part(q.text()));
        }
        return String.join("#", out);
    }

    private static String allNames(ExtractedArticle x) {
        List<String> out = new ArrayList<>();
        for (Entity e : x.entities()) out.add(Tsv.part(e.text()) + "," + e.start());
        return String.join(";", out);
    }

    /** Amount,Object,Offset. */
    private static String amounts(ExtractedArticle x) {
        List<String> out = new ArrayList<>();
        for (Figure fig : x.figures()) {
            if (fig.value() == null) continue;
            String amount = fig.value() == Math.rint(fig.value()) ? Long.toString(fig.value().longValue())
                    : Double.toString(fig.value());
            out.add(amount + "," + Tsv.part(fig.counts() != null ? fig.counts() : fig.subject()) + "," + fig.start());
        }
        return String.join(";", out);
    }

    private static Place placeNamed(ExtractedArticle x, String name) {
        if (name == null) return null;
        for (Place p : x.places()) if (name.equals(p.name())) return p;
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
