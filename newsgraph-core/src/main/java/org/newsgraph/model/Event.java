package org.newsgraph.model;

/**
 * An actor-action-target event; action is a PLOVER type.
 *
 * @param source    canonical name of the actor who acts, or null when the text gives none
 * @param target    canonical name of the actor acted upon, or null
 * @param date      ISO 8601 date of the act
 * @param place     name of the place nearest the action in its sentence, or null
 * @param start     start of the evidence span (the sentence that reports the act)
 * @param mode      null for a plain report, else negated | hypothetical | future | historical
 * @param dateBasis where the date came from: sentence (a time expression in it) | published | none
 * @param evidence  the evidence span's text
 */
public record Event(String source, String action, String target, String date, String place, int start, int end,
                    String mode, String dateBasis, String evidence) {

    /** The contract's first fields only, for readers of older output. */
    public Event(String source, String action, String target, String date, String place, int start, int end) {
        this(source, action, target, date, place, start, end, null, null, null);
    }
}
