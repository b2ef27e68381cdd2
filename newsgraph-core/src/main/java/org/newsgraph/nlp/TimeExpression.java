package org.newsgraph.nlp;

/**
 * A time expression as the finder normalised it (TimeML TIMEX3 type and value).
 *
 * @param type     DATE, TIME, DURATION or SET
 * @param value    TIMEX3 value (2024-01-05, XXXX-01-05, P10M, ...), or null when the tagger gave none
 * @param anchored whether the value leans on the date the text was read against (the year of a bare "May 4", the
 *                 day of "Friday" or "yesterday"), rather than on the text alone ("May 4, 2020", "in 2019, ... on
 *                 May 4", "two weeks"): only values that do not are evidence of when the article was written
 */
public record TimeExpression(String text, String type, String value, int start, int end,
                             int firstToken, int endToken, boolean anchored) {

    /** An expression whose value the text alone gives. */
    public TimeExpression(String text, String type, String value, int start, int end, int firstToken, int endToken) {
        this(text, type, value, start, end, firstToken, endToken, false);
    }
}
