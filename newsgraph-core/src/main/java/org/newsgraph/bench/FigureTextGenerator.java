package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * Invented news paragraphs dense with figures (counts, hedges, vague ranges, money, rates, years, ages, dates)
 * and the odd denial, for timing the figure and claim stages on more text than the seed. Names are made up.
 */
public final class FigureTextGenerator {

    private static final String[] PLACES = {"Valdoria", "Port Emery", "Kestria", "the Tessin valley", "northern Marlow"};
    private static final String[] ACTORS = {"The Crimson Front", "Kestria's army", "Vesta officials", "The ministry",
        "Rebels"};
    private static final String[] HEDGES = {"", "more than ", "at least ", "some ", "about ", "nearly ", "up to "};
    private static final String[] NOUNS = {"people", "soldiers", "hostages", "refugees", "fighters", "protesters",
        "drone attacks", "civilians"};
    private static final String[] TEMPLATES = {
        "%ACTOR% said %HEDGE%%N% %NOUN% were killed in %PLACE% on March %DAY%.",
        "In %YEAR%, %HEDGE%%N% %NOUN% fled %PLACE%, and dozens more were wounded.",
        "Mira Holt, %AGE%, said the convoy carried %N% %NOUN% and $%M% million in aid.",
        "Turnout fell to %PCT% percent, while tens of thousands of %NOUN% marched in %PLACE%.",
        "%ACTOR% accused the guards of torture, a claim the council denied.",
        "The toll rose to %HEDGE%%N% after %WORDS% %NOUN% were found, a figure that could not be independently verified.",
        "The navy's %AGE% anniversary parade drew %N% %NOUN% to %PLACE% at 10 a.m. on page %DAY% of the report.",
    };
    private static final String[] WORDS = {"six", "twenty-five", "a dozen", "two hundred", "three million", "forty"};

    private FigureTextGenerator() {}

    public static List<Article> generate(long seed, int count) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Block> blocks = new ArrayList<>();
            int paragraphs = 6 + r.nextInt(10);
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < 1 + r.nextInt(3); k++) {
                    if (k > 0) s.append(' ');
                    s.append(sentence(r));
                }
                blocks.add(Block.paragraph(s.toString()));
            }
            out.add(Article.assemble(new Source("generated", null, "generated", i), "Generated " + i,
                    Published.unknown(), List.of(), blocks));
        }
        return out;
    }

    private static String sentence(Random r) {
        String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
        return t.replace("%ACTOR%", pick(r, ACTORS)).replace("%HEDGE%", pick(r, HEDGES))
                .replace("%N%", String.format(java.util.Locale.ROOT, "%,d", 2 + r.nextInt(90_000)))
                .replace("%NOUN%", pick(r, NOUNS)).replace("%PLACE%", pick(r, PLACES))
                .replace("%DAY%", Integer.toString(1 + r.nextInt(28))).replace("%YEAR%", Integer.toString(1990 + r.nextInt(35)))
                .replace("%AGE%", Integer.toString(18 + r.nextInt(70))).replace("%M%", Integer.toString(1 + r.nextInt(900)))
                .replace("%PCT%", Integer.toString(1 + r.nextInt(99))).replace("%WORDS%", pick(r, WORDS));
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
