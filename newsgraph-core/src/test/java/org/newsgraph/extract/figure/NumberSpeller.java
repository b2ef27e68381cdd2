package org.newsgraph.extract.figure;

import java.util.Random;

/** Writes numbers the ways newspapers do, for the round-trip tests: in words, and in digits with separators. */
final class NumberSpeller {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion"};

    private NumberSpeller() {}

    /** "two hundred and fifty thousand three hundred one"; random choices of "and" and hyphens. */
    static String words(long n, Random r) {
        if (n == 0) return "zero";
        StringBuilder out = new StringBuilder();
        long[] groups = new long[4];
        for (int g = 0; g < 4; g++) {
            groups[g] = n % 1000;
            n /= 1000;
        }
        for (int g = 3; g >= 0; g--) {
            if (groups[g] == 0) continue;
            if (out.length() > 0) out.append(' ');
            out.append(below1000((int) groups[g], r));
            if (g > 0) out.append(' ').append(SCALES[g]);
        }
        return out.toString();
    }

    private static String below1000(int n, Random r) {
        StringBuilder s = new StringBuilder();
        if (n >= 100) {
            s.append(SMALL[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) s.append(r.nextBoolean() ? " and " : " ");
        }
        if (n >= 20) {
            s.append(TENS[n / 10]);
            if (n % 10 > 0) s.append(r.nextInt(4) == 0 ? " " : "-").append(SMALL[n % 10]);
        } else if (n > 0) {
            s.append(SMALL[n]);
        }
        return s.toString();
    }

    /** "1,234,567" */
    static String digits(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
