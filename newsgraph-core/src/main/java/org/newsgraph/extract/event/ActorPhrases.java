package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor phrases without a tagger: a run of capitalised words ("Serbian President Vojislav Kostunica",
 * "Iran-linked"), with the group noun that follows it ("Moroccan diplomats", "Iran-linked militant groups").
 * The source is the phrase nearest before the act's cue, the target the first one after it.
 */
public final class ActorPhrases {

    public record Phrase(String text, int start, int end) {}

    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.&-]*(?:[ ](?:(?:of|and|de|al|bin|for|the)[ ])?\\p{Lu}[\\p{L}'\u2019.&-]*)*");
    private static final Pattern GROUP_NOUN = Pattern.compile(
            "^(?:[ ](?:[a-z-]+))?[ ](officials?|diplomats?|leaders?|government|governments|forces|troops|soldiers|police|"
                    + "policemen|workers|parliament|authorities|rebels|militants?|groups?|fighters|guerrillas|protesters|"
                    + "demonstrators|students|civilians|army|military|president|ministers?|ministry|delegation|"
                    + "negotiators|businessman|businessmen|opposition|judges?|court|party|navy|police|citizens|"
                    + "nationals|refugees|settlers|villagers|farmers|side|sides|team|coalition|regime|administration|"
                    + "militia|militias|commanders?|envoys?|embassy|company|companies|firms?|unions?|people)\\b");
    /** Capitalised words that are not actors: days, months, openers. */
    private static final Set<String> NOT_ACTORS = Set.of("The", "A", "An", "On", "In", "At", "But", "And", "When",
            "With", "After", "Before", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Senior", "Recent",
            "Angry", "Some", "Several", "Many", "Thousands", "Hundreds", "Dozens", "Two", "Three", "It", "He", "She",
            "They", "We", "I", "This", "That", "These", "Those", "Mr.", "Mrs.", "Ms.", "Dr.", "Meanwhile", "Also",
            "Separately", "However", "Earlier", "Later", "Today", "Yesterday", "Last", "Next");

    private ActorPhrases() {}

    /** Actor phrases of {@code text} between {@code from} and {@code to}, in order. */
    public static List<Phrase> in(String text, int from, int to) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = RUN.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start(), e = m.end();
            String run = text.substring(s, e);
            // drop leading openers: "The Pentagon" -> "Pentagon"; "Senior Hungarian" -> "Hungarian"
            while (true) {
                int sp = run.indexOf(' ');
                String head = sp < 0 ? run : run.substring(0, sp);
                if (!NOT_ACTORS.contains(head)) break;
                if (sp < 0) { run = ""; break; }
                run = run.substring(sp + 1);
                s += sp + 1;
            }
            if (run.isEmpty()) continue;
            if (run.endsWith(".") && run.indexOf('.') == run.length() - 1) { run = run.substring(0, run.length() - 1); e--; }
            if (run.endsWith("'s") || run.endsWith("\u2019s")) { run = run.substring(0, run.length() - 2); e -= 2; }
            Matcher g = GROUP_NOUN.matcher(text.substring(e, Math.min(to, e + 40)));
            if (g.find()) e += g.end();
            out.add(new Phrase(text.substring(s, e), s, e));
        }
        return out;
    }

    /** The phrase nearest before {@code cue} in the sentence, or null. */
    public static Phrase before(String text, int sentenceStart, int cue) {
        List<Phrase> ps = in(text, sentenceStart, cue);
        return ps.isEmpty() ? null : ps.get(ps.size() - 1);
    }

    /** The first phrase after {@code cueEnd} in the sentence, or null. */
    public static Phrase after(String text, int cueEnd, int sentenceEnd) {
        List<Phrase> ps = in(text, cueEnd, sentenceEnd);
        return ps.isEmpty() ? null : ps.get(0);
    }
}
