package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Dateline;
import org.newsgraph.nlp.Gazetteer;

/**
 * The dateline opening a story, in the forms wires and papers print: "BAGHDAD, Jan 9 (Reuters) -", "GAZA CITY,
 * March 3, 2024 (AP) —", "DUBAI, United Arab Emirates (AP) —", "NAJAF, Iraq —", "RIYADH:", "ABU DHABI //",
 * "Baghdad (AP) —", "Beirut —". A place in capitals may take any of these separators; a place in title case only
 * a dash, and only with an agency, a date or a place name the gazetteer knows, since "Meanwhile —" opens stories
 * too. It is looked for at the start of the first paragraphs (a standfirst or bullets may come before it).
 */
public final class Datelines {

    /** What a dateline gives: where it stands, and the month, day and year it prints, if any. */
    public record Found(Dateline dateline, MonthDay day, Integer year) {}

    private static final int PARAGRAPHS = 3;
    private static final int WINDOW = 200;

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}.'\u2019-]*";
    private static final String CAPS = CAPS_WORD + "(?:\\s(?:" + CAPS_WORD + "|de|di|del|al|el|la|le|du))" + "{0,3}";
    private static final String TITLE = "\\p{Lu}\\p{Ll}[\\p{L}'\u2019]*(?:[ -](?:\\p{Lu}\\p{Ll}[\\p{L}'\u2019]*|al|el)){0,2}";
    private static final String REGION = "\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s\\p{Lu}[\\p{L}.'\u2019-]*){0,3}";
    private static final String MONTH_DAY = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s\\d{1,2}";

    // Every quantifier is bounded and the window is 200 characters, so matching costs the same on any text.
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>" + CAPS + "|" + TITLE + ")"
                    + "(?:,\\s(?!" + MONTH_DAY + ")(?<region>" + REGION + "))?"
                    + "(?:,\\s(?<day>" + MONTH_DAY + ")(?:,\\s(?<year>\\d{4}))?)?"
                    + "(?<agency>\\s?\\((?<who>[^()\\n]{1,40})\\))?"
                    + "(?<sep>\\s?(?:\u2014|\u2013|--)\\s?|\\s-\\s|:\\s|\\s//\\s)");

    /** Capitals that open stories without being places. */
    private static final Set<String> NOT_PLACES = Set.of("UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE",
            "ANALYSIS", "WATCH", "LIVE", "OPINION", "EDITORIAL", "REVIEW", "PHOTOS", "VIDEO", "NOTE", "EDITOR'S NOTE",
            "CORRECTION", "FILE", "URGENT", "FLASH", "ALERT", "NEW", "WARNING", "READ", "READ MORE", "SEE ALSO",
            "CLARIFICATION", "COMMENT", "INTERVIEW", "PROFILE", "FACTBOX", "EXPLAINER", "TIMELINE", "Q", "A");

    private Datelines() {}

    public static Optional<Found> find(Article a) {
        int seen = 0;
        for (Block b : a.blocks()) {
            if (b.kind() != Block.Kind.PARAGRAPH) continue;
            Optional<Found> f = find(b.text(), b.start() < 0 ? 0 : b.start());
            if (f.isPresent() || ++seen >= PARAGRAPHS) return f;
        }
        return Optional.empty();
    }

    /** A dateline at the start of {@code paragraph}, with offsets shifted by {@code offset}. */
    static Optional<Found> find(String paragraph, int offset) {
        String window = paragraph.length() > WINDOW ? paragraph.substring(0, WINDOW) : paragraph;
        Matcher m = DATELINE.matcher(window);
        if (!m.find()) return Optional.empty();
        String place = m.group("place");
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT));
        String sep = m.group("sep").strip();
        String who = m.group("who");
        if (capitals) {
            if (NOT_PLACES.contains(place) || letters(place) < 3) return Optional.empty();
        } else {
            boolean dash = sep.equals("\u2014") || sep.equals("\u2013") || sep.equals("--") || sep.equals("-");
            if (!dash) return Optional.empty();
            if (who == null && m.group("day") == null && !Gazetteer.standard().isPlace(place)) return Optional.empty();
        }
        if (who != null && !agencyLike(who)) return Optional.empty();
        // the story goes on after the separator: a capital, a digit or a quote, not a lower-case continuation
        if (m.end() >= window.length() || Character.isLowerCase(window.charAt(m.end()))) return Optional.empty();
        int placeEnd = m.group("region") != null ? m.end("region") : m.end("place");
        String written = window.substring(0, placeEnd);
        Dateline d = new Dateline(window.substring(0, m.end()).strip(), written, who == null ? null : who.strip(),
                offset, offset + m.end(), offset, offset + placeEnd);
        MonthDay day = m.group("day") == null ? null : MonthDay.parse(m.group("day")).orElse(null);
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        return Optional.of(new Found(d, day, day == null ? null : year));
    }

    /** "Reuters", "AP", "Kurdistan 24", "dpa": a name, not a clause ("(who fled in 2019)"). */
    private static boolean agencyLike(String who) {
        String w = who.strip();
        if (w.isEmpty() || w.split("\\s+").length > 4) return false;
        for (String word : w.split("\\s+")) {
            char c = word.charAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !word.equals("dpa")) return false;
        }
        return true;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
