package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Published;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.TimeExpression;

/**
 * The text's time expressions as the article's dates. The finder's values stand when the article's date is exact
 * (metadata or dateline): it read them against that date. Otherwise three kinds are decided here, from the bounds
 * the text gives: "the next year" counts from the year the text last named; a yearless day takes the year the
 * publication bounds and the tense allow, else stays "XXXX-MM-DD"; a weekday alone is dated only against a known
 * publication day.
 */
public final class TimeMentions {

    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\b(?:(?:the )?(?:next|following) year|a year later)\\b");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("(?i)\\b(?:(?:the )?(?:previous|preceding) year|a year (?:earlier|before))\\b");

    private TimeMentions() {}

    public static List<DateMention> normalise(Analysis x, Published p, Map<TimeExpression, LocalDate> resolved) {
        List<DateMention> out = new ArrayList<>();
        boolean exact = "metadata".equals(p.basis()) || "dateline".equals(p.basis());
        Integer lastYear = null;
        for (TimeExpression t : x.times()) {
            if (t.value() == null) continue;
            String value = exact || !t.type().equals("DATE") ? t.value() : value(x, t, p, resolved, lastYear);
            if (t.type().equals("DATE") && t.value().matches("\\d{4}") && t.text().contains(t.value())) {
                lastYear = Integer.parseInt(t.value());
            }
            out.add(new DateMention(t.text(), value, t.start(), t.end(), t.type()));
        }
        return out;
    }

    private static String value(Analysis x, TimeExpression t, Published p, Map<TimeExpression, LocalDate> resolved,
                                Integer lastYear) {
        String text = t.text().strip();
        if (t.value().startsWith("X") && lastYear != null && NEXT_YEAR.matcher(text).matches()) return String.valueOf(lastYear + 1);
        if (t.value().startsWith("X") && lastYear != null && PREVIOUS_YEAR.matcher(text).matches()) return String.valueOf(lastYear - 1);
        if (resolved.containsKey(t)) return resolved.get(t).toString();
        // read against a caption's date, a bare day or weekday is only as good as the bounds below
        if (!t.anchored() && !t.value().startsWith("X")) return t.value();
        Optional<MonthDay> md = MonthDay.parse(text);
        if (md.isPresent()) return yearless(x, t, md.get(), p);
        Optional<DayOfWeek> wd = MonthDay.weekday(text);
        if (wd.isPresent()) return weekday(x, t, wd.get(), p);
        return t.value();
    }

    private static String yearless(Analysis x, TimeExpression t, MonthDay md, Published p) {
        LocalDate lo = parse(p.notBefore());
        LocalDate hi = parse(p.notAfter());
        if (lo == null || hi == null) return md.withUnknownYear();
        return switch (Tense.of(x, t)) {
            case PAST -> md.latestOnOrBefore(hi).toString();
            case FUTURE -> md.earliestOnOrAfter(lo).toString();
            case UNKNOWN -> lo.getYear() == hi.getYear() ? md.in(lo.getYear()).toString() : md.withUnknownYear();
        };
    }

    private static String weekday(Analysis x, TimeExpression t, DayOfWeek day, Published p) {
        LocalDate date = parse(p.date());
        boolean exact = "metadata".equals(p.basis()) || "dateline".equals(p.basis());
        if (date == null || !exact) return "XXXX-WXX-" + day.getValue();
        LocalDate d = Tense.of(x, t) == Tense.FUTURE ? date.with(TemporalAdjusters.nextOrSame(day))
                : date.with(TemporalAdjusters.previousOrSame(day));
        return d.toString();
    }

    private static LocalDate parse(String iso) {
        if (iso == null) return null;
        try {
            return LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
