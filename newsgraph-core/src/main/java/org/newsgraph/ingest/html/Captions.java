package org.newsgraph.ingest.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Image;
import org.newsgraph.segment.PhotoCredit;

/**
 * Images with their captions from {@code <figure>/<figcaption>} and common caption markup (wp-caption and
 * class names with "caption"); the credit split off the caption, the photographer named in it, a date in it.
 */
public final class Captions {

    private static final Pattern CREDIT_CLASS = Pattern.compile("credit|copyright|photographer|source|byline|author");
    private static final org.jsoup.select.Evaluator FIGCAPTION = new org.jsoup.select.Evaluator.Tag("figcaption");
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "^(.*?)\\s*[(\\[]((?:photo|image|picture|credit|foto)s?\\b[^)\\]]{1,120})[)\\]]\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_CREDIT = Pattern.compile(
            "^(.*?)\\s*\\b((?:photo(?:graph)?|image|picture|credit|foto)s?(?: credit)?\\s*[:|]\\s*.{1,120})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^(.*[.!?\"”)])\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s){0,4}[\\p{L}.'-]*\\s?/\\s?"
            + "(?:AP|AFP|Getty Images|Reuters|EPA|Bloomberg|Shutterstock|Alamy|PA|ANP|dpa|Xinhua|NurPhoto|SOPA Images)"
            + "[\\p{L} ,.'/-]{0,40}|(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock)(?: Photo)?(?:/[\\p{L} .'-]{1,40})?)$");
    private static final Pattern PHOTOGRAPHER = Pattern.compile(
            "(?:^|[:/]\\s*)(?:AP Photo|Photo|Photograph|Foto|Image|Picture|Credit)?\\s*[:/]?\\s*"
            + "(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3})");
    private static final Pattern NAMED_DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b"
            + "|\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b");
    // compiled once: String.replaceFirst and matches compile their expression on every call
    private static final Pattern OPENING_BRACKET = Pattern.compile("^[(\\[]");
    private static final Pattern CLOSING_BRACKET = Pattern.compile("[)\\]]$");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?i)^(photo(graph)?|image|picture|credit|foto)s?( credit)?\\s*[:|]\\s*");
    private static final Pattern AP_PHOTO = Pattern.compile("(?i)^AP Photo\\s*/\\s*");
    private static final Pattern AFTER_SLASH = Pattern.compile("\\s*/\\s*.*$");
    private static final Pattern AFTER_FOR = Pattern.compile("(?i)\\s+for\\s+.*$");
    private static final Pattern AFTER_COMMA = Pattern.compile(",.*$");
    private static final Pattern AGENCY_NAME = Pattern.compile(
            "(?i)(AP|AFP|Getty Images|Reuters|EPA|Shutterstock|Alamy|Bloomberg|Handout|File).*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Captions() {}

    /** Captioned images inside the given elements, in document order, each caption once. */
    public static List<Image> from(List<Element> roots) {
        List<Image> out = new ArrayList<>();
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        for (Element root : roots) {
            for (Element e : DocumentOrder.of(root)) {
                Element caption = null;
                if (e.nameIs("figure")) {
                    caption = e.selectFirst(FIGCAPTION);
                    if (caption == null) caption = firstByClass(e);
                } else if (!e.nameIs("figcaption") && Names.contains(e, "caption")
                        && !inFigure(e) && e.text().length() < 600) {
                    caption = e;
                }
                if (caption == null || seen.containsKey(caption) || hasSeenAncestor(caption, seen)) continue;
                seen.put(caption, true);
                Image img = image(caption);
                if (img != null) out.add(img);
            }
        }
        return out;
    }

    private static boolean inFigure(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.nameIs("figure")) return true;
        return false;
    }

    private static boolean hasSeenAncestor(Element e, Map<Element, Boolean> seen) {
        int hops = 0;
        for (Element p = e.parent(); p != null && hops < 8; p = p.parent(), hops++) if (seen.containsKey(p)) return true;
        return false;
    }

    private static Element firstByClass(Element figure) {
        for (Element d : figure.getAllElements()) {
            if (d != figure && Names.contains(d, "caption")) return d;
        }
        return null;
    }

    /** One caption element to an image: the credit from credit markup, else from the caption's wording. */
    static Image image(Element caption) {
        String credit = null;
        String text;
        Element creditEl = null;
        for (Element d : caption.getAllElements()) {
            if (d != caption && CREDIT_CLASS.matcher(Names.of(d)).find()) {
                creditEl = d;
                break;
            }
        }
        if (creditEl != null) {
            credit = norm(creditEl.text());
            Element copy = caption.clone();
            for (Element d : copy.getAllElements()) {
                if (d != copy && CREDIT_CLASS.matcher(Names.of(d)).find()) {
                    d.remove();
                    break;
                }
            }
            text = norm(copy.text());
        } else {
            text = norm(caption.text());
        }
        if (text.isEmpty() && (credit == null || credit.isEmpty())) return null;
        if (credit == null) {
            String[] split = splitCredit(text);
            text = split[0];
            credit = split[1];
        }
        if (credit != null) credit = CLOSING_BRACKET.matcher(OPENING_BRACKET.matcher(credit).replaceFirst("")).replaceFirst("").strip();
        boolean file = text.startsWith("FILE") || text.startsWith("File photo") || text.startsWith("Archive");
        return new Image(text, credit == null || credit.isEmpty() ? null : credit, photographer(credit),
                date(text), file);
    }

    /** [caption, credit or null]. */
    public static String[] splitCredit(String caption) {
        for (Pattern p : new Pattern[] {PAREN_CREDIT, AGENCY_CREDIT, LABEL_CREDIT}) {
            if (p == AGENCY_CREDIT && !mayNameAgency(caption)) continue;
            if (p == PAREN_CREDIT && caption.indexOf('(') < 0 && caption.indexOf('[') < 0) continue;
            if (p == LABEL_CREDIT && caption.indexOf(':') < 0 && caption.indexOf('|') < 0) continue;
            Matcher m = p.matcher(caption);
            if (m.matches() && !m.group(1).isBlank()) return new String[] {m.group(1).strip(), m.group(2).strip()};
        }
        // The shapes dumps print ("(EPA)", "Name / The Outlet", "Courtesy Name"), when the form alone says credit.
        return PhotoCredit.in(caption).filter(c -> c.sure() && c.start() > 0)
                .map(c -> new String[] {caption.substring(0, c.start()).strip(), c.text()})
                .orElse(new String[] {caption, null});
    }

    private static boolean mayNameAgency(String caption) {
        return caption.indexOf('/') >= 0 || caption.contains("AP") || caption.contains("AFP")
                || caption.contains("Reuters") || caption.contains("EPA") || caption.contains("Getty")
                || caption.contains("Shutterstock");
    }

    /** The person a credit names ("AP Photo/Jane Doe", "Jane Doe/Getty Images", "Photo: Jane Doe"), or null. */
    public static String photographer(String credit) {
        if (credit == null) return null;
        String c = CREDIT_LABEL.matcher(credit).replaceFirst("");
        c = AP_PHOTO.matcher(c).replaceFirst("");
        c = AFTER_SLASH.matcher(c).replaceFirst("");
        c = AFTER_COMMA.matcher(AFTER_FOR.matcher(c).replaceFirst("")).replaceFirst("").strip();
        Matcher m = PHOTOGRAPHER.matcher(c);
        if (!m.find()) return null;
        String name = m.group(1).strip();
        if (AGENCY_NAME.matcher(name).matches()) {
            return null;
        }
        return name;
    }

    /** The first date written in the caption, as ISO 8601, or null. */
    public static String date(String caption) {
        if (!caption.contains("19") && !caption.contains("20")) return null;
        Matcher iso = ISO_DATE.matcher(caption);
        if (iso.find()) return iso.group(1);
        Matcher m = NAMED_DATE.matcher(caption);
        if (!m.find()) return null;
        String month = m.group(1) != null ? m.group(1) : m.group(5);
        String day = m.group(1) != null ? m.group(2) : m.group(4);
        String year = m.group(1) != null ? m.group(3) : m.group(6);
        try {
            String mon = month.substring(0, 3);
            LocalDate d = LocalDate.parse(day + " " + mon + " " + year,
                    DAY_MONTH_YEAR);
            return d.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String norm(String s) {
        return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }
}
