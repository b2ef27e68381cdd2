package org.newsgraph.extract.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers named by layout rather than by a verb: a name and a colon opening a paragraph, as in transcripts and
 * headlines ("PENCE: Well, look ...", "Pat Caddell: Democrat Voters Worried ..."), and a name after a dash
 * that follows a quotation, as in collected reader quotes ('"... our greatest shame." ― Sonya Herridge').
 */
public final class Labels {

    // spaces within a line, the no-break ones included ("\u2015\u00A0Name")
    private static final Pattern SIGNATURE = Pattern.compile("\\A[ \\t\\p{Zs}]*(?:\u2015|\u2014|\u2013|--)[ \\t\\p{Zs}]*"
            + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \\t\\p{Zs}]+\\p{Lu}[\\p{L}.'\u2019-]*){0,4})");

    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("the", "a", "an", "of", "over", "and",
            "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "are", "correction", "clarification",
            "update", "updated", "note", "editor's", "latest", "watch", "read", "related", "photos", "video",
            "warning", "breaking", "exclusive", "analysis", "opinion", "transcript", "source", "sources", "q");

    private Labels() {}

    /** The colon label at the start of a paragraph, with the rest of the paragraph as content; or null. */
    public static Attribution colon(String text, List<Word> w, Span sentence, Span block) {
        int s = 0;
        if (s < w.size() && Sources.isMark(w.get(s))) s++;
        if (s >= w.size() || w.get(s).start() > block.start() + 2) return null;
        int c = s;
        while (c < w.size() && c - s <= 4 && w.get(c).isLetters() && w.get(c).capitalised()) c++;
        if (c == s || c >= w.size() - 1 || !w.get(c).is(":")) return null;
        boolean allCaps = true;
        for (int x = s; x < c; x++) allCaps &= w.get(x).text().equals(w.get(x).text().toUpperCase(java.util.Locale.ROOT));
        if (!allCaps || c - s > 2) {
            // mixed case: a name of at most three words with no function word ("Pat Caddell:"), not a
            // headline ("Stealth Over Health:") or a desk note ("Correction:", "The Latest:")
            if (c - s > 3) return null;
            for (int x = s; x < c; x++) if (NOT_NAMES.contains(w.get(x).lower())) return null;
        }
        if (c - s == 1 && NOT_NAMES.contains(w.get(s).lower())) return null;
        if (CueWords.INVERTIBLE.contains(w.get(s).lower())) return null;   // "Said Ellis:": the verb's, see Sources
        Span content = Contents.trim(text, w.get(c).end(), block.end());
        if (content == null) return null;
        Span source = new Span(w.get(s).start(), w.get(c - 1).end());
        Cue cue = new Cue(new Span(w.get(c).start(), w.get(c).end()), ":", Cue.Form.LABEL, c);
        return new Attribution(content, false, source, cue, sentence, null, null);
    }

    /** The dash signature after a quotation; or null. */
    public static Attribution signature(String text, Quoted q, Span sentence) {
        int from = q.marks().end();
        Matcher m = SIGNATURE.matcher(text).region(from, Math.min(text.length(), from + 80));
        if (!m.lookingAt()) return null;
        int ns = m.start(1);
        int ne = m.end(1);
        while (ne > ns && text.charAt(ne - 1) == '.') ne--;
        int dash = from;
        while (Words.isSpace(text.charAt(dash))) dash++;
        int dashEnd = text.startsWith("--", dash) ? dash + 2 : dash + 1;
        Cue cue = new Cue(new Span(dash, dashEnd), text.substring(dash, dashEnd), Cue.Form.LABEL, -1);
        return new Attribution(q.content(), true, new Span(ns, ne), cue, sentence, null, null);
    }
}
