package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads numbers written in digits, with thousands separators and decimals ("1,200", "2.3"), and a scale word
 * after them ("2.3 million", "40 thousand", "1.2bn"). Ordinals in digits ("103rd") are not numbers.
 */
public final class DigitNumbers {

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.TEN.pow(3), "million", BigDecimal.TEN.pow(6), "billion", BigDecimal.TEN.pow(9),
            "trillion", BigDecimal.TEN.pow(12), "bn", BigDecimal.TEN.pow(9), "mn", BigDecimal.TEN.pow(6));

    private DigitNumbers() {}

    /** The number starting at words[i], or null when words[i] is not a cardinal in digits. */
    public static Quantity read(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.digits() || !Character.isDigit(w.text().charAt(w.text().length() - 1))) return null;
        BigDecimal number = new BigDecimal(w.text().replace(",", ""));
        if (i + 1 < words.size()) {
            // decimal arithmetic, so "527843.2 million" is exactly 527,843,200,000
            BigDecimal scale = SCALES.get(words.get(i + 1).lower());
            if (scale != null) return Quantity.point(i, i + 1, number.multiply(scale).doubleValue());
        }
        return Quantity.point(i, i, number.doubleValue());
    }
}
