package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Image;
import org.newsgraph.model.Published;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.TimeExpression;

/**
 * When an article was published, from the best evidence it has: the reader's metadata; else a dateline; else the
 * date of a photo taken for it (not a FILE photo); else bounds from its own text. A FILE photo's date never dates
 * the article: it is at most a loose lower bound and the year the text's yearless dates are read in.
 */
public final class PublicationDate {

    /** How long after its photo an article is assumed to appear at the latest. */
    static final int CAPTION_WINDOW_DAYS = 30;
    private static final Pattern SPAN = Pattern.compile("P(\\d+)([MY])");

    /** Bounds read from the text, and the year each yearless date was given on the way. */
    public record TextEstimate(Published published, Map<TimeExpression, LocalDate> resolved) {
        static TextEstimate none() {
            return new TextEstimate(Published.unknown(), Map.of());
        }
    }

    private PublicationDate() {}

    /** Metadata, dateline or caption: the evidence that needs no NLP. Null when the article has none. */
    public static Published beforeText(Article a) {
        Published p = a.published();
        if (p != null && "metadata".equals(p.basis()) && p.date() != null) return p;
        Optional<LocalDate> photo = latest(a, false);
        Optional<Dateline.Found> dl = Dateline.find(a.text());
        if (dl.isPresent()) {
            Integer year = dl.get().year();
            if (year == null) year = photo.or(() -> latest(a, true)).map(LocalDate::getYear).orElse(null);
            if (year != null) {
                String d = dl.get().day().in(year).toString();
                return new Published(d, d, d, "dateline");
            }
        }
        if (photo.isPresent()) {
            LocalDate d = photo.get();
            return new Published(d.toString(), d.toString(), d.plusDays(CAPTION_WINDOW_DAYS).toString(), "caption");
        }
        return null;
    }

    /** Bounds from the text's own dates: yearless past dates from below, yearless future dates from above. */
    public static TextEstimate fromText(Analysis x, Article a) {
        Optional<LocalDate> file = latest(a, true);
        Integer maxYear = null;
        List<TimeExpression> past = new ArrayList<>();
        List<TimeExpression> future = new ArrayList<>();
        Map<TimeExpression, MonthDay> days = new HashMap<>();
        int spanMonths = 0;
        for (TimeExpression t : x.times()) {
            if (t.value() == null) continue;
            if (t.type().equals("DURATION")) {
                spanMonths = Math.max(spanMonths, elapsedMonths(x, t));
                continue;
            }
            if (!t.type().equals("DATE")) continue;
            if (t.value().matches("\\d{4}") && t.text().contains(t.value())) {
                int y = Integer.parseInt(t.value());
                if (Tense.of(x, t) != Tense.FUTURE) maxYear = maxYear == null ? y : Math.max(maxYear, y);
            }
            Optional<MonthDay> md = MonthDay.parse(t.text());
            if (md.isEmpty()) continue;
            days.put(t, md.get());
            Tense tense = Tense.of(x, t);
            if (tense == Tense.PAST) past.add(t);
            if (tense == Tense.FUTURE) future.add(t);
        }
        Integer year = file.map(LocalDate::getYear).orElse(maxYear);
        if (year == null) return TextEstimate.none();
        Map<TimeExpression, LocalDate> resolved = new HashMap<>();
        for (var e : days.entrySet()) resolved.put(e.getKey(), e.getValue().in(year));

        LocalDate hi = future.stream().map(resolved::get).min(Comparator.naturalOrder()).orElse(null);
        if (hi != null) {
            for (TimeExpression t : past) if (resolved.get(t).isAfter(hi)) resolved.put(t, resolved.get(t).minusYears(1));
        }
        LocalDate spanFloor = null;
        if (spanMonths > 0 && hi != null && !past.isEmpty()) {
            final int months = spanMonths;
            final LocalDate limit = hi;
            boolean satisfied = past.stream().anyMatch(t -> !resolved.get(t).plusMonths(months).isAfter(limit));
            if (!satisfied) {
                // The most recent reading that leaves room for the span: move one date back a year.
                past.stream().filter(t -> !resolved.get(t).minusYears(1).plusMonths(months).isAfter(limit))
                        .max(Comparator.comparing(t -> resolved.get(t).minusYears(1)))
                        .ifPresent(t -> resolved.put(t, resolved.get(t).minusYears(1)));
            }
            spanFloor = past.stream().map(resolved::get).filter(d -> !d.plusMonths(months).isAfter(limit))
                    .max(Comparator.naturalOrder()).map(d -> d.plusMonths(months)).orElse(null);
        }
        LocalDate lo = file.orElse(maxYear == null ? null : LocalDate.of(maxYear, 1, 1));
        for (TimeExpression t : past) lo = max(lo, resolved.get(t));
        lo = max(lo, spanFloor);
        if (lo != null) {
            for (TimeExpression t : future) {
                if (resolved.get(t).isBefore(lo)) resolved.put(t, resolved.get(t).plusYears(1));
            }
            hi = future.stream().map(resolved::get).min(Comparator.naturalOrder()).orElse(null);
        }
        if (lo == null) lo = hi;
        if (hi == null || hi.isBefore(lo)) hi = lo.plusYears(1);
        return new TextEstimate(new Published(null, lo.toString(), hi.toString(), "text"), resolved);
    }

    /** "after more than 10 months of fighting": months that have passed since something the text dates. */
    private static int elapsedMonths(Analysis x, TimeExpression t) {
        Matcher m = SPAN.matcher(t.value());
        if (!m.matches()) return 0;
        String before = t.firstToken() > 0 ? x.tokens().get(t.firstToken() - 1).text().toLowerCase() : "";
        String after = t.endToken() < x.tokens().size() ? x.tokens().get(t.endToken()).text().toLowerCase() : "";
        String text = t.text().toLowerCase();
        boolean elapsed = after.equals("of") && (before.equals("after") || text.startsWith("more than")
                || text.startsWith("over") || text.startsWith("nearly") || text.startsWith("almost"));
        if (!elapsed) return 0;
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equals("Y") ? 12 * n : n;
    }

    private static Optional<LocalDate> latest(Article a, boolean fileImages) {
        LocalDate best = null;
        for (Image i : a.images()) {
            if (i.fileImage() != fileImages || i.date() == null) continue;
            try {
                best = max(best, LocalDate.parse(i.date()));
            } catch (DateTimeParseException ignored) {
                // a partial date ("2024-01") does not bound a day
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
