package org.newsgraph.segment;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

/**
 * Invented scrape dumps with their answers: k articles of varied shapes (captions single or
 * doubled, with or without credit and date in their several printed forms, FILE photos, site
 * markers and counters, the headline repeated or not, a standfirst before the repetition,
 * subheads, extra blank lines, trailing spaces) and the {@link DumpArticle}s a correct segmenter
 * returns for them. Every word comes from the invented lists below; the same seed gives the same
 * dump. Used by the tests and the benchmark.
 *
 * <p>The dumps stay inside what a reader can tell apart: a caption says it is one (a credit,
 * "FILE -", its own copy, a marker or the headline after it), and an article whose header has
 * none of these starts with a title-cased headline after at least two blank lines. No article
 * takes the headline of the one before it: a paragraph between two copies of one headline reads as
 * that story's standfirst, not as a story of its own.
 */
public final class DumpGenerator {

    /** A generated dump and the articles it holds, in order. */
    public record GeneratedDump(String text, List<DumpArticle> articles) {}

    private static final String[] FIRST = {"Maren", "Tovik", "Ilsabet", "Oren", "Kasimir", "Liora", "Dagny",
        "Teodor", "Amara", "Bertil", "Sefa", "Joren", "Nelka", "Pavo", "Rhosyn", "Ulla"};
    private static final String[] LAST = {"Valdane", "Okoru", "Brisk", "Mellory", "Quorrin", "Tessaly",
        "Ambrel", "Dunmore", "Fenwicke", "Rastova", "Ilvane", "Korrigan", "Sallow", "Petrakis"};
    private static final String[] PLACES = {"Velmora", "Karsk", "Dunhollow", "Pellin Bay", "Ostreva",
        "Marrowgate", "Tarnwick", "Sol Avery", "Brennock", "Isle of Quill"};
    private static final String[] COUNTRIES = {"Norland", "Varesh", "Kelmar", "the Ashen Isles", "Duvany"};
    private static final String[] BODIES = {"council", "ferry union", "grain board", "harbour authority",
        "river commission", "miners' guild", "assembly", "water trust", "rail company", "court"};
    private static final String[] NOUNS = {"Council", "Harbour", "Grain", "Ferry", "Budget", "Talks", "Bridge",
        "Union", "Festival", "Drought", "Rail", "Election", "Court", "Mine", "Canal", "Tariff"};
    private static final String[] VERBS = {"Delays", "Backs", "Rejects", "Extends", "Weighs", "Opens", "Halts",
        "Approves", "Seeks", "Doubles", "Revives", "Questions"};
    private static final String[] ADJECTIVES = {"New", "Early", "Second", "Quiet", "Long", "Rival", "Costly",
        "Fragile", "Northern"};
    private static final String[] PAST = {"postponed", "approved", "rejected", "questioned", "extended",
        "reviewed", "announced", "suspended", "welcomed"};
    private static final String[] THINGS = {"the harbour levy", "a new ferry timetable", "the grain quota",
        "the canal repairs", "an early vote", "the bridge contract", "the festival budget", "a water ration"};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "late on Thursday", "this week",
        "after a long session", "before the winter", "last month"};
    private static final String[] DOING = {"walks past", "repairs", "waits beside", "inspects", "photographs",
        "carries supplies to", "gathers outside"};
    private static final String[] SITES = {"a flooded quay", "the old grain store", "a closed ferry terminal",
        "the council hall", "a market stall", "the canal lock"};
    private static final String[] CAPS = {"WHAT COMES NEXT", "A LONG WINTER", "HARBOUR FEARS", "THE VOTE AHEAD",
        "MONEY TROUBLES", "OLD RIVALRIES", "ON THE QUAY"};
    private static final String[] MARKERS = {"TT", "NW", "KP", "VX"};
    private static final String[] WIRES = {"Kelmar Press", "Northwire", "Ostreva Daily"};

    private DumpGenerator() {}

    public static GeneratedDump generate(long seed, int count) {
        return generate(new Random(seed), count);
    }

    public static GeneratedDump generate(Random random, int count) {
        StringBuilder out = new StringBuilder();
        List<DumpArticle> articles = new ArrayList<>(count);
        blanks(out, random.nextInt(3));
        boolean cut = false;
        for (int k = 0; k < count; k++) {
            String previous = k == 0 ? null : articles.get(k - 1).headline();
            Writer writer = new Writer(random, out, cut);
            articles.add(writer.article(previous));
            cut = writer.cut;
        }
        blanks(out, random.nextInt(4));
        return new GeneratedDump(out.toString(), articles);
    }

    private static void blanks(StringBuilder out, int n) {
        out.append("\n".repeat(n));
    }

    /** Writes one article at the end of the dump and returns what a reader should find in it. */
    private static final class Writer {
        private final Random random;
        private final StringBuilder out;
        /** The article before was cut off mid-sentence, with the blank lines that ended it. */
        private final boolean afterCut;
        /** This article's last paragraph is cut off mid-sentence, as truncated scrapes end. */
        boolean cut;

        Writer(Random random, StringBuilder out, boolean afterCut) {
            this.random = random;
            this.out = out;
            this.afterCut = afterCut;
        }

        /** @param previous the headline of the article before, null for the dump's first */
        DumpArticle article(String previous) {
            boolean first = previous == null;
            boolean caption = random.nextInt(10) < 6;
            boolean marker = random.nextBoolean();
            boolean counter = marker && random.nextInt(3) == 0;
            boolean repeat = random.nextInt(10) < 3;
            // A standfirst sits below the marker, where no uncredited caption can be.
            boolean standfirst = repeat && marker && random.nextInt(3) == 0;
            String[] photo = caption ? caption() : null;
            boolean doubled = caption && random.nextBoolean();
            if (caption && photo[1] == null && !photo[0].startsWith("FILE") && !marker && !repeat) doubled = true;
            boolean header = caption || marker || repeat;

            // An article with no header needs a title-cased headline and a clear gap before it.
            // A page cut off mid-sentence loses the blank lines after it too: the next headline may follow at once.
            if (!first) blanks(out, header ? (afterCut ? random.nextInt(3) : 1 + random.nextInt(4)) : 2 + random.nextInt(3));
            String headline;
            do {
                headline = header && random.nextInt(4) == 0 ? sentenceCaseHeadline() : headline();
            } while (headline.equals(previous));
            List<Block> blocks = new ArrayList<>();
            Set<String> used = new HashSet<>();
            int offset = out.length();
            line(headline);
            blanks(out, random.nextInt(2));
            if (caption) captionLines(photo[2], doubled);
            if (marker) line(pick(MARKERS));
            if (counter) line(Integer.toString(1 + random.nextInt(300)));
            if (standfirst) {
                String text = paragraph();
                blanks(out, random.nextInt(2));
                line(text);
                used.add(text);
                blocks.add(Block.paragraph(text));
            }
            if (repeat) {
                blanks(out, 1);
                line(headline);
                blanks(out, 1);
                if (caption) captionLines(photo[2], doubled);
            }
            blanks(out, random.nextInt(3));

            int paragraphs = 1 + random.nextInt(8);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    int gap = random.nextInt(20);
                    blanks(out, gap < 14 ? 0 : gap < 18 ? 1 : 2 + random.nextInt(2));
                    if (random.nextInt(6) == 0) {
                        String sub = pick(CAPS);
                        if (used.add(sub)) {
                            line(sub);
                            blocks.add(Block.subhead(sub));
                        }
                    }
                }
                String text = paragraph();
                while (!used.add(text)) text = paragraph();
                if (p == paragraphs - 1 && random.nextInt(4) == 0) {
                    text = truncated(text);
                    cut = true;
                }
                line(text);
                blocks.add(Block.paragraph(text));
            }
            List<Image> images = caption
                    ? List.of(new Image(photo[0], photo[1], photo[3], photo[4], photo[0].startsWith("FILE") || photo[5] != null))
                    : List.of();
            return new DumpArticle(offset, headline, images, blocks);
        }

        /** The line as printed, sometimes with the trailing spaces scrapers leave. */
        private void line(String text) {
            out.append(text);
            if (random.nextInt(8) == 0) out.append(" ".repeat(1 + random.nextInt(3)));
            out.append('\n');
        }

        private void captionLines(String printed, boolean doubled) {
            line(printed);
            if (doubled) line(printed);
        }

        /**
         * The paragraph cut after a random word, with no sentence-final mark left at its end. At least six words stay:
         * a shorter fragment can read as a title-cased headline ("Officials in Karsk"), and above a headline printed
         * twice it cannot be told from a headline above its name-only caption printed twice; the segmenter takes the
         * second reading.
         */
        private String truncated(String text) {
            String[] words = text.split(" ");
            int keep = 6 + random.nextInt(Math.max(1, words.length - 6));
            StringBuilder cutText = new StringBuilder();
            for (int w = 0; w < Math.min(keep, words.length); w++) {
                if (w > 0) cutText.append(' ');
                cutText.append(words[w]);
            }
            String t = cutText.toString();
            while (!t.isEmpty() && ".,;:!?\"".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
            return t.isEmpty() || t.equals(text) ? text.substring(0, text.length() - 1) : t;
        }

        private String headline() {
            return switch (random.nextInt(4)) {
                case 0 -> pick(PLACES) + " " + pick(NOUNS) + " " + pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS) + " Plan";
                case 1 -> pick(PLACES) + ": " + pick(NOUNS) + " " + pick(VERBS) + " " + pick(NOUNS) + " but No Deal Yet";
                case 2 -> pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(VERBS) + " " + pick(NOUNS) + " in " + pick(PLACES);
                default -> "Will " + pick(PLACES) + " Save Its " + pick(NOUNS) + "?";
            };
        }

        private String sentenceCaseHeadline() {
            return pick(PLACES) + " " + pick(BODIES) + " " + pick(PAST) + " " + pick(THINGS) + ", " + pick(LAST) + " says";
        }

        private String name() {
            return pick(FIRST) + " " + pick(LAST);
        }

        private String sentence() {
            return switch (random.nextInt(4)) {
                case 0 -> "The " + pick(BODIES) + " in " + pick(PLACES) + " " + pick(PAST) + " " + pick(THINGS) + " " + pick(WHEN) + ".";
                case 1 -> "\"We have " + pick(PAST) + " " + pick(THINGS) + " and we will not stop there,\" " + name() + " said.";
                case 2 -> name() + ", who leads the " + pick(BODIES) + ", said " + pick(THINGS) + " had been " + pick(PAST) + ".";
                default -> "Officials in " + pick(COUNTRIES) + " " + pick(PAST) + " " + pick(THINGS) + " " + pick(WHEN) + ", according to " + name() + ".";
            };
        }

        private String paragraph() {
            StringBuilder p = new StringBuilder(sentence());
            for (int s = random.nextInt(3); s > 0; s--) p.append(' ').append(sentence());
            return p.toString();
        }

        /** caption text, credit, printed line, photographer, ISO date, file mark (non-null when the credit says File). */
        private String[] caption() {
            boolean file = random.nextInt(4) == 0;
            String text = (file ? "FILE - " : "") + name() + " " + pick(DOING) + " " + pick(SITES) + " in " + pick(PLACES) + ", " + pick(COUNTRIES);
            LocalDate day = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean dated = random.nextInt(5) != 0;
            text += (dated ? ", " + printedDate(day) : "") + ".";
            String first = pick(FIRST);
            String last = pick(LAST);
            String credit = null;
            String photographer = null;
            String fileMark = null;
            String printed;
            switch (random.nextInt(8)) {
                case 0 -> { credit = pick(new String[] {"EPA", "Reuters", "AFP"}); printed = text + " (" + credit + ")"; }
                case 1 -> {
                    photographer = first + " " + last;
                    fileMark = file && random.nextBoolean() ? ", File" : null;
                    credit = "AP Photo/" + photographer + (fileMark == null ? "" : fileMark);
                    printed = text + " (" + credit + ")";
                }
                case 2 -> {
                    photographer = (first + " " + last).toUpperCase(Locale.ROOT);
                    credit = "EPA-EFE/" + photographer;
                    printed = text + " (" + credit + ")";
                }
                case 3 -> { photographer = first + " " + last; credit = "REUTERS/" + photographer; printed = text + " " + credit; }
                case 4 -> {
                    photographer = first + " " + last;
                    credit = "Photo: " + photographer + "/" + pick(WIRES) + " via Wire";
                    printed = text + " " + credit;
                }
                default -> printed = text;
            }
            return new String[] {text, credit, printed, photographer, dated ? day.toString() : null, fileMark};
        }

        private String printedDate(LocalDate d) {
            String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortMonth = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return switch (random.nextInt(5)) {
                case 0 -> String.format(Locale.ROOT, "%02d %s %d", d.getDayOfMonth(), month, d.getYear());
                case 1 -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                        + (month.length() <= 5 ? month : shortMonth + ".") + " " + d.getDayOfMonth() + ", " + d.getYear();
                case 2 -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
                case 3 -> shortMonth + " " + d.getDayOfMonth() + ", " + d.getYear();
                default -> d.toString();
            };
        }

        private String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }
    }
}
