package org.newsgraph.model;

/**
 * A counted quantity: what it counts and who claims it. value is null for vague quantities without a point.
 *
 * <p>The first nine components are the output contract's; the rest were added by the figures stage
 * (docs/FIGURES.md describes the counts vocabulary).
 *
 * @param value       the number (1200.0 for "1,200", 2300000.0 for "2.3 million"), null when vague
 * @param qualifier   the hedge as written, lower case ("more than", "some", "surpassed"), or null
 * @param counts      what is counted: killed, wounded, missing, hostages, prisoners, arrested, displaced, troops,
 *                    fighters, attacks, strikes, protesters, population, money, rate (a percentage) or other
 * @param subject     whose the counted things are ("The US has 2,500 troops": United States), or null
 * @param where       the place the sentence gives, or null
 * @param when        the sentence's time expression (ISO 8601 when normalised), or null
 * @param claimant    who says so (canonical speaker of the attribution covering it), null in the article's own voice
 * @param text        the quantity as written, qualifier included ("some 1,200", "tens of thousands")
 * @param noun        the counted noun phrase as written ("Israeli and foreign hostages"), or null
 * @param low         lowest value the text allows (null when open below)
 * @param high        highest value the text allows (null when open above)
 * @param bound       lower | upper | approximate, from the qualifier; null for a plain number
 * @param vague       true for "dozens", "tens of thousands": a range, no point value
 * @param unit        currency code for money (USD, EUR ...), "percent" for rates, else null
 * @param perpetrator who did it when the sentence says ("Hamas killed some 1,200": Hamas), or null
 */
public record Figure(Double value, String qualifier, String counts, String subject, String where, String when,
                     String claimant, int start, int end,
                     String text, String noun, Double low, Double high, String bound, boolean vague,
                     String unit, String perpetrator) {

    /** The contract's nine components only (readers of older stores); the added ones are empty. */
    public Figure(Double value, String qualifier, String counts, String subject, String where, String when,
                  String claimant, int start, int end) {
        this(value, qualifier, counts, subject, where, when, claimant, start, end, null, null, null, null, null,
                false, null, null);
    }
}
