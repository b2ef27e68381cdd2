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

    /** Dates a publisher could not have meant: placeholders ("0001-01-01") and days after the article was read. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** How many days a photo may be older than what its text reports before it counts as an archive photo. */
    static final int ARCHIVE_DAYS = 3;

    /**
     * Why the publisher's own date cannot be the article's, or null when it can: before 1900 (a placeholder such
     * as 0001-01-01) or after {@code today}, the day it is read (a day of slack for time zones).
     */
    public static String rejected(Published p, LocalDate today) {
        if (p == null || !"metadata".equals(p.basis())) return null;
        for (String d : new String[] {p.date(), p.notBefore(), p.notAfter()}) {
            LocalDate day = parse(d);
            if (day == null) continue;
            if (day.isBefore(EARLIEST)) return "metadata date " + d + " is before " + EARLIEST.getYear();
            if (day.isAfter(today.plusDays(1))) return "metadata date " + d + " is after the day it was read, " + today;
        }
        return null;
    }

    /**
     * Metadata, dateline or caption: the evidence that needs no NLP. Null when the article has none. Metadata that
     * {@link #rejected} sets aside is no evidence; a dateline's day takes its year only from a photo taken for the
     * story, never from an archive photo.
     */
    public static Published beforeText(Article a, LocalDate today) {
        Published p = a.published();
        if (p != null && "metadata".equals(p.basis()) && p.date() != null && rejected(p, today) == null) return p;
        Optional<LocalDate> photo = latest(a, false);
        Optional<Datelines.Found> dl = Datelines.find(a).filter(f -> f.day() != null);
        if (dl.isPresent()) {
            Integer year = dl.get().year();
            if (year == null) year = photo.map(LocalDate::getYear).orElse(null);
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

    /**
     * The estimate kept within what the publisher said when that was only a bound ("Updated 17 September 2018" says
     * the story ran by then): with nothing better the bound itself, else the estimate's latest day no later than it.
     */
    public static Published within(Published estimate, Published given) {
        if (given == null || !"metadata".equals(given.basis()) || given.date() != null) return estimate;
        if (given.notBefore() == null && given.notAfter() == null) return estimate;
        if ("none".equals(estimate.basis())) return given;
        LocalDate hi = parse(given.notAfter());
        LocalDate lo = parse(estimate.notBefore());
        LocalDate estimateHi = parse(estimate.notAfter());
        if (hi == null || estimateHi == null || !estimateHi.isAfter(hi) || lo != null && lo.isAfter(hi)) return estimate;
        String date = estimate.date() != null && LocalDate.parse(estimate.date()).isAfter(hi) ? null : estimate.date();
        return new Published(date, estimate.notBefore(), hi.toString(), estimate.basis(), estimate.rejected());
    }

    /**
     * Whether the photo that dated the article shows something older than the story: the text reports, in the past,
     * a date more than {@link #ARCHIVE_DAYS} days after the photo's ("patrols the border on March 3, 2009" under a
     * story whose text is about 2019). Such a photo is an archive photo, whatever its caption says.
     */
    public static boolean archivePhoto(Analysis x, LocalDate photo) {
        LocalDate latest = latestReported(x);
        return latest != null && latest.isAfter(photo.plusDays(ARCHIVE_DAYS));
    }

    /** The latest date the text reports in the past tense with its year written out, or null. */
    static LocalDate latestReported(Analysis x) {
        LocalDate latest = null;
        for (TimeExpression t : x.times()) {
            if (!"DATE".equals(t.type()) || t.value() == null || t.value().length() < 4) continue;
            String year = t.value().substring(0, 4);
            if (!year.chars().allMatch(Character::isDigit) || !t.text().contains(year) || NamedYear.is(x, t)) continue;
            if (Tense.of(x, t) != Tense.PAST) continue;
            latest = max(latest, firstDay(t.value()));
        }
        return latest;
    }

    /** "2019-05-04", "2019-05", "2019": the first day the value can mean, or null. */
    private static LocalDate firstDay(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(value);
            if (value.matches("\\d{4}-\\d{2}")) return LocalDate.parse(value + "-01");
            if (value.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(value), 1, 1);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Bounds from the text's own dates: yearless past dates from below, yearless future dates from above. */
    public static TextEstimate fromText(Analysis x, Article a) {
        return fromText(x, a, null);
    }

    /**
     * @param archive the date of a photo that turned out to be an archive photo ({@link #archivePhoto}), or null:
     *                like a FILE photo's, a loose lower bound
     */
    public static TextEstimate fromText(Analysis x, Article a, LocalDate archive) {
        Optional<LocalDate> file = Optional.ofNullable(max(latest(a, true).orElse(null), archive));
        Integer completed = null;
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
            if (t.value().matches("\\d{4}") && t.text().contains(t.value()) && !NamedYear.is(x, t)) {
                int y = Integer.parseInt(t.value());
                if (Tense.of(x, t) != Tense.FUTURE) maxYear = maxYear == null ? y : Math.max(maxYear, y);
                if (NamedYear.completed(x, t)) completed = completed == null ? y : Math.max(completed, y);
            }
            Optional<MonthDay> md = MonthDay.parse(t.text());
            if (md.isEmpty()) continue;
            days.put(t, md.get());
            Tense tense = Tense.of(x, t);
            if (tense == Tense.PAST) past.add(t);
            if (tense == Tense.FUTURE) future.add(t);
        }
        // An old photo's year is a floor, not the year: the text's own years and any year it treats as over
        // ("more than in the whole of 2019") say the article is later.
        LocalDate reported = latestReported(x);
        Integer year = maxInt(maxInt(file.map(LocalDate::getYear).orElse(null), reported == null ? null : reported.getYear()),
                maxInt(maxYear, completed == null ? null : completed + 1));
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
        LocalDate lo = max(file.orElse(null), maxYear == null ? null : LocalDate.of(maxYear, 1, 1));
        if (completed != null) lo = max(lo, LocalDate.of(completed + 1, 1, 1));
        lo = max(lo, reported);
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

    private static Integer maxInt(Integer a, Integer b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    private static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
