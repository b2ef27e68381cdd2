package org.newsgraph.nlp;

/**
 * A time expression as the tagger normalised it (TimeML TIMEX3 type and value).
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value (2024-01-05, XXXX-01-05, P10M, ...), or null when the tagger gave none
 */
public record TimeExpression(String text, String type, String value, int start, int end,
                             int firstToken, int endToken) {}
