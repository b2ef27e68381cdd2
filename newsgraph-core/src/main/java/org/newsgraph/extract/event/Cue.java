package org.newsgraph.extract.event;

/**
 * A word or phrase that reports an act of a PLOVER type, with its span in the text searched.
 *
 * @param mode null, or negated | hypothetical | future | historical, as the words around it frame the act
 */
public record Cue(String type, int start, int end, String mode) {

    public Cue(String type, int start, int end) {
        this(type, start, end, null);
    }
}
