package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Dateline;

/**
 * The toponyms of a dateline (the NLP stage finds it, {@code metadata.dateline}): its place and, when printed, the
 * state or country after the comma ("GREENFIELD, Ind. (AP) -", "DUBAI, United Arab Emirates (AP) —"). A county
 * written "CO." is a county ("PLYMOUTH CO. -").
 */
final class DatelinePlace {

    private DatelinePlace() {}

    static List<Mention> of(Dateline d, String text) {
        if (d == null || d.placeStart() < 0 || d.placeEnd() > text.length() || d.placeEnd() <= d.placeStart()) return List.of();
        List<Mention> out = new ArrayList<>();
        String written = text.substring(d.placeStart(), d.placeEnd());
        int comma = written.indexOf(',');
        String place = comma < 0 ? written : written.substring(0, comma);
        out.add(new Mention(county(place.strip()), d.placeStart(), d.placeStart() + place.strip().length()));
        if (comma > 0) {
            String rest = written.substring(comma + 1);
            int lead = rest.length() - rest.stripLeading().length();
            String region = rest.strip();
            int at = d.placeStart() + comma + 1 + lead;
            if (!region.isEmpty()) out.add(new Mention(region, at, at + region.length()));
        }
        return out;
    }

    /** The dateline's place itself, the strongest evidence for every other place of the story. */
    static Mention place(Dateline d, String text) {
        List<Mention> ms = of(d, text);
        return ms.isEmpty() ? null : ms.get(0);
    }

    /** The state or country the dateline writes after its place, or null. */
    static Mention region(Dateline d, String text) {
        List<Mention> ms = of(d, text);
        return ms.size() < 2 ? null : ms.get(1);
    }

    private static String county(String place) {
        return place.endsWith(" CO.") ? place.substring(0, place.length() - 3) + "County" : place;
    }
}
