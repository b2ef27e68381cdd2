package org.newsgraph.extract.figure;

import java.util.regex.Pattern;
import org.newsgraph.model.Quote;

/**
 * Who claims a figure: the speaker of the innermost quote (direct or reported speech, from the quotes stage)
 * whose content covers it. A figure that sits in the same clause as a quoted fragment belongs to that quote's
 * speaker too ("Israel's military said it had "eliminated" more than 17,000 fighters"): nothing but words
 * without a clause break may separate them. Otherwise the article states it in its own voice: null.
 *
 * <p>This stage finds no speech itself; it relies on quotes() and gives null claimants until quotes exist.
 */
public final class ClaimantOf {

    /** What ends a clause between a fragment and a figure. */
    private static final Pattern BREAK = Pattern.compile(
            "[,;:.!?()]|\\b(?:after|before|when|while|because|as|but|and|since|although|though|whereas|if)\\b",
            Pattern.CASE_INSENSITIVE);

    private ClaimantOf() {}

    public static String find(Passage p, int start, int end) {
        Quote inner = null;
        for (Quote q : p.article().quotes()) {
            if (q.start() <= start && end <= q.end() && (inner == null || q.end() - q.start() < inner.end() - inner.start()))
                inner = q;
        }
        if (inner != null) return speaker(inner);
        for (Quote q : p.article().quotes()) {
            if (q.end() <= p.sentence().start() || q.start() >= p.sentence().end()) continue;
            String gap = q.end() <= start ? p.text().substring(q.end(), start)
                    : end <= q.start() ? p.text().substring(end, q.start()) : null;
            if (gap == null || gap.length() > 40) continue;
            String words = gap.replaceAll("[\"\u201C\u201D\u2018\u2019]", " ").strip();
            if (!BREAK.matcher(words).find()) return speaker(q);
        }
        return null;
    }

    private static String speaker(Quote q) {
        return q.speaker() != null ? q.speaker() : q.speakerMention();
    }
}
