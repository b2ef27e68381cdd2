package org.newsgraph.extract.time;

/**
 * A count written in words or digits at the start of a time phrase ("two", "twenty-four", "18", "a", "a few",
 * "several", "5 1/2"), with the word after it. A vague count ("several", "a few") has a null value.
 */
record Amount(Double value, int end) {

    static Amount read(Words w, int i) {
        Word x = w.get(i);
        String b = x.bare();
        if (b.equals("a") || b.equals("an")) {
            if (w.is(i + 1, "few", "couple")) return new Amount(w.is(i + 1, "couple") ? 2.0 : null, skipOf(w, i + 2));
            if (w.is(i + 1, "half")) return new Amount(0.5, i + 2);
            if (w.is(i + 1, "dozen")) return new Amount(12.0, i + 2);
            return new Amount(1.0, i + 1);
        }
        if (TimeWords.VAGUE.contains(b)) return new Amount(b.equals("couple") ? 2.0 : null, skipOf(w, i + 1));
        if (b.equals("half")) return new Amount(0.5, w.is(i + 1, "a", "an") ? i + 2 : i + 1);
        // the tagger keeps "5 1/2" as one token, its parts joined by a (no-break) space
        int half = Math.max(b.indexOf(" 1/2"), b.indexOf("\u00a01/2"));
        if (half > 0 && number(b.substring(0, half)) != null) return new Amount(number(b.substring(0, half)) + 0.5, i + 1);
        if (x.digits() || isDecimal(b)) {
            Double v = number(b);
            if (v == null) return null;
            if (w.get(i + 1).bare().equals("1/2")) return new Amount(v + 0.5, i + 2);
            return andAHalf(w, new Amount(v, i + 1));
        }
        Integer n = TimeWords.NUMBERS.get(b);
        if (n == null) return null;
        int end = i + 1;
        double v = n;
        // "twenty four", "twenty-four", "one hundred"
        if (n >= 20 && n < 100 && n % 10 == 0) {
            Integer unit = TimeWords.NUMBERS.get(w.bare(end));
            if (unit != null && unit < 10) {
                v += unit;
                end++;
            }
        }
        if (w.is(end, "hundred")) {
            v *= 100;
            end++;
        }
        return andAHalf(w, new Amount(v, end));
    }

    /** "five and a half (hours)". */
    private static Amount andAHalf(Words w, Amount a) {
        int k = a.end;
        if (w.is(k, "and") && w.is(k + 1, "a") && w.is(k + 2, "half") && TimeWords.UNITS.containsKey(w.bare(k + 3))) {
            return new Amount(a.value + 0.5, k + 3);
        }
        return a;
    }

    /** "1,000", "2.5"; null for what only looks like a number ("1.000.000", "3.5.2"). */
    private static Double number(String b) {
        String plain = b.replace(",", "");
        if (plain.indexOf('.') != plain.lastIndexOf('.')) return null;
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int skipOf(Words w, int i) {
        return w.is(i, "of") ? i + 1 : i;
    }

    private static boolean isDecimal(String b) {
        if (b.isEmpty() || !Character.isDigit(b.charAt(0))) return false;
        int dots = 0;
        for (int k = 0; k < b.length(); k++) {
            char c = b.charAt(k);
            if (c == '.' || c == ',') {
                dots++;
                if (k == b.length() - 1) return false;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return dots > 0;
    }

    boolean vague() {
        return value == null;
    }

    /** The TimeML count: digits, or X when vague. */
    String count() {
        if (value == null) return "X";
        if (value == Math.rint(value)) return String.valueOf(value.longValue());
        return String.valueOf(value);
    }
}
