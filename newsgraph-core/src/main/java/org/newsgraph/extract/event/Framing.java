package org.newsgraph.extract.event;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the words before an act's cue frame it, and what that does to its PLOVER type and mode.
 *
 * <ul>
 *   <li>negated cooperation is a rejection ("will not accept", "failed to reach agreement"): REJECT, negated;
 *   <li>an intent to cooperate is an agreement ("will release", "is willing to forgive"): AGREE, future;
 *   <li>an intent to do harm is a threat ("would boycott", "will withdraw ... unless"): THREATEN, future;
 *   <li>an obligation laid on someone is a demand ("said Sudan must return"): REQUEST;
 *   <li>a scheduled act keeps its type ("were to meet"): future;
 *   <li>a conditional ("if", "could") is hypothetical.
 * </ul>
 */
final class Framing {

    record Framed(String type, String mode) {}

    static final Set<String> COOPERATION = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");
    static final Set<String> MATERIAL_CONFLICT = Set.of("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|n't|never|no longer|no plans? to|failed to|fail to|unable to|refus\\w* to)\\s+(?:\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTENT = Pattern.compile(
            "\\b(?:will|would|'ll|plans? to|planned to|intends? to|intended to|ready to|willing to|prepared to|"
                    + "decided to|going to|wants? to|hopes? to|seeks? to)\\s+(?:\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEDULE = Pattern.compile(
            "\\b(?:is|are|was|were) (?:due |set |scheduled |expected )?to\\s+(?:\\w+\\s+){0,1}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBLIGATION = Pattern.compile("\\b(?:must|has to|have to)\\b", Pattern.CASE_INSENSITIVE);
    /** Lower-case "may" only: "Theresa May" is no condition. */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:[Ii]f|[Cc]ould|[Mm]ight|may)\\b");

    private Framing() {}

    /** @param before the sentence's text before the cue */
    static Framed frame(String type, String before) {
        String near = before.length() > 60 ? before.substring(before.length() - 60) : before;
        if (NEGATION.matcher(near).find()) {
            return new Framed(COOPERATION.contains(type) ? "REJECT" : type, "negated");
        }
        if (OBLIGATION.matcher(near).find() && !type.equals("THREATEN")) return new Framed("REQUEST", null);
        if (SCHEDULE.matcher(near).find()) return new Framed(type, "future");
        if (INTENT.matcher(near).find()) {
            if (COOPERATION.contains(type)) return new Framed("AGREE", "future");
            if (MATERIAL_CONFLICT.contains(type)) return new Framed("THREATEN", "future");
            return new Framed(type, "future");
        }
        if (CONDITION.matcher(near).find()) return new Framed(type, "hypothetical");
        return new Framed(type, null);
    }
}
