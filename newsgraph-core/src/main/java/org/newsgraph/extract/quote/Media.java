package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Set;

/**
 * The medium and setting of an attribution, read from the words of its sentence outside the content:
 * the listener of "told" when it is a name ("told Reuters" gives Reuters) or a group ("told reporters"),
 * a platform after "on" ("on Telegram"), a channel after "via" ("via a chat app"), and the occasion after
 * "in" ("in an interview", "in a speech"), which is the medium when nothing more specific is said.
 * "at" after the listener gives the setting ("told reporters at the White House").
 */
public final class Media {

    /** Medium and setting; either may be null. */
    public record Found(String medium, String setting) {}

    private static final Set<String> OCCASIONS = Set.of("statement", "interview", "speech", "post", "tweet",
            "message", "letter", "video", "conference", "briefing", "call", "meeting", "rally", "email", "remarks",
            "address", "op-ed", "column", "broadcast", "podcast", "hearing", "appearance", "memo", "note");
    private static final Set<String> NOT_PLATFORMS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov",
            "dec");

    private Media() {}

    public static Found of(String text, List<Word> w, Cue cue, Span content) {
        String listener = null;
        String platform = null;
        String channel = null;
        String occasion = null;
        String place = null;
        for (int i = 0; i < w.size(); i++) {
            Word x = w.get(i);
            if (content != null && content.contains(x.start()) || Cues.inside(x, List.of())) continue;
            String l = x.lower();
            if (i == cue.word() && CueWords.TAKES_LISTENER.contains(l)) {
                int j = i + 1;
                if (j < w.size() && (w.get(j).is("the") || w.get(j).is("a"))) j++;
                int s = j;
                while (j < w.size() && w.get(j).capitalised() && w.get(j).isLetters()) j++;
                if (j > s) listener = join(w, s, j);
                else if (j < w.size() && Set.of("reporters", "journalists", "lawmakers", "supporters")
                        .contains(w.get(j).lower())) listener = w.get(j).text();
            } else if (l.equals("on") && i + 1 < w.size() && w.get(i + 1).capitalised()
                    && !NOT_PLATFORMS.contains(w.get(i + 1).lower()) && platform == null && near(w, i, cue)) {
                int j = i + 1;
                while (j < w.size() && w.get(j).capitalised() && w.get(j).isLetters()) j++;
                platform = join(w, i + 1, j);
            } else if (l.equals("via") && channel == null && near(w, i, cue)) {
                int j = i + 1;
                if (j < w.size() && Set.of("a", "an", "the", "his", "her", "their").contains(w.get(j).lower())) j++;
                int s = j;
                while (j < w.size() && j - s < 3 && w.get(j).isLetters()) j++;
                if (j > s) channel = join(w, s, j);
            } else if (l.equals("in") && occasion == null && near(w, i, cue)) {
                for (int j = i + 1; j < w.size() && j <= i + 4; j++) {
                    if (OCCASIONS.contains(w.get(j).lower())) { occasion = w.get(j).lower(); break; }
                    if (!w.get(j).isLetters()) break;
                }
            } else if (l.equals("at") && listener != null && place == null && i > cue.word()) {
                int j = i + 1;
                if (j < w.size() && w.get(j).is("the")) j++;
                int s = j;
                while (j < w.size() && w.get(j).capitalised() && w.get(j).isLetters()) j++;
                if (j > s) place = join(w, s, j);
            }
        }
        String medium = listener != null && !listener.isEmpty() ? listener
                : platform != null ? platform : channel != null ? channel : occasion;
        String setting = place != null ? place : occasion != null && !occasion.equals(medium) ? occasion : null;
        return new Found(medium, setting);
    }

    /** The phrase belongs to this cue when no other clause lies between them (within sixteen words). */
    private static boolean near(List<Word> w, int i, Cue cue) {
        return Math.abs(i - cue.word()) <= 16;
    }

    private static String join(List<Word> w, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append(' ');
            b.append(w.get(i).text());
        }
        return b.toString();
    }
}
