package org.newsgraph.extract.event;

/**
 * An actor named in a sentence: a person, organisation, country (or its government), place or group, or a pronoun
 * still to be resolved.
 *
 * @param name     canonical name ("United States" for "US forces", "Iran-linked militant groups"); for a pronoun,
 *                 the pronoun
 * @param surface  the words of the text that name it, without a leading article (what PLOVER's gold records give)
 * @param first    first token, in the sentence
 * @param end      token after the last
 * @param modifier true when it only modifies a phrase about something else ("US" in "US strikes")
 * @param plural   whether its head noun is plural
 * @param bare     a common noun without any modifier ("the coalition", "perpetrators")
 * @param head     the lemma of its head word
 */
public record Party(Kind kind, String name, String surface, int first, int end, boolean modifier, boolean plural,
                    boolean bare, String head) {

    public enum Kind { PERSON, ORGANISATION, COUNTRY, PLACE, GROUP, NAME, PRONOUN }

    Party named(Kind k, String n) {
        return new Party(k, n, surface, first, end, modifier, plural, false, head);
    }

    Party asModifier() {
        return new Party(kind, name, surface, first, end, true, plural, bare, head);
    }

    /** The same actor, under its own words, standing where {@code at} stands in the text (a pronoun resolved). */
    Party standingFor(Party at) {
        return new Party(kind, name, surface, at.first, at.end, at.modifier, plural, bare, head);
    }
}
