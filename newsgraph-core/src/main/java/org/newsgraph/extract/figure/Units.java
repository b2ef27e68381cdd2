package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Map;

/**
 * Attaches a unit to a quantity: a currency before or after it ("$5 million", "US$ 20", "500 million euros",
 * "USD 3bn") or a percent sign or word after it ("40%", "12 percent", "3 per cent"). Money is counted as money
 * with its ISO currency code; percentages become rates, kept apart from counts.
 */
public final class Units {

    private static final Map<String, String> SYMBOLS = Map.of(
            "$", "USD", "\u20ac", "EUR", "\u00a3", "GBP", "\u00a5", "JPY", "\u20aa", "ILS", "\u20bd", "RUB",
            "\u20b9", "INR", "\u20ba", "TRY");

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("jpy", "JPY"),
            Map.entry("ils", "ILS"), Map.entry("nis", "ILS"), Map.entry("rub", "RUB"), Map.entry("cny", "CNY"),
            Map.entry("inr", "INR"), Map.entry("chf", "CHF"), Map.entry("sar", "SAR"), Map.entry("aed", "AED"),
            Map.entry("iqd", "IQD"), Map.entry("egp", "EGP"), Map.entry("try", "TRY"), Map.entry("uah", "UAH"));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("shekels", "ILS"), Map.entry("shekel", "ILS"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("rupees", "INR"), Map.entry("francs", "CHF"),
            Map.entry("riyals", "SAR"), Map.entry("dirhams", "AED"), Map.entry("dinars", "IQD"),
            Map.entry("lira", "TRY"), Map.entry("liras", "TRY"), Map.entry("hryvnias", "UAH"));

    private static final Map<String, String> DOLLAR_COUNTRIES = Map.of(
            "US", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD", "NZ", "NZD", "HK", "HKD", "S", "SGD");

    private Units() {}

    public static Quantity attach(List<Word> words, Quantity q) {
        int after = q.last() + 1;
        if (after < words.size()) {
            Word next = words.get(after);
            if (next.is("%", "percent", "pct")) return q.widen(q.first(), after, "percent");
            if (next.is("per") && after + 1 < words.size() && words.get(after + 1).is("cent"))
                return q.widen(q.first(), after + 1, "percent");
            String named = NAMES.get(next.lower());
            if (named == null && next.text().length() == 3 && next.text().equals(next.text().toUpperCase()))
                named = CODES.get(next.lower());
            if (named != null) return q.widen(q.first(), after, named);
        }
        int before = q.first() - 1;
        if (before >= 0) {
            Word prev = words.get(before);
            String symbol = SYMBOLS.get(prev.text());
            if (symbol != null) {
                // "US$", "A$", "C$": the country letters touch the dollar sign
                if (before >= 1 && words.get(before - 1).touches(prev) && words.get(before - 1).letters()) {
                    String code = DOLLAR_COUNTRIES.get(words.get(before - 1).text());
                    if (code != null) return q.widen(before - 1, q.last(), code);
                }
                return q.widen(before, q.last(), symbol);
            }
            String code = prev.text().length() == 3 && prev.text().equals(prev.text().toUpperCase())
                    ? CODES.get(prev.lower()) : null;
            if (code != null) return q.widen(before, q.last(), code);
        }
        return q;
    }
}
