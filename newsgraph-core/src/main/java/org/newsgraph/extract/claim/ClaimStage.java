package org.newsgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Sentences;
import org.newsgraph.extract.figure.Names;
import org.newsgraph.extract.figure.Passage;
import org.newsgraph.extract.figure.Word;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Stage;

/**
 * Claims: assertions whose status the text gives (denied, disputed, unverified), with their claimant. For each
 * marker (see {@link Denials}, {@link Unverified}) the asserted content is, in order: the quote (from the quotes
 * stage) that ends before the marker in its sentence; the clause opened by a verb of asserting ("describing ...
 * as genocide", "accusing ...", "saying ...") whose claimant is the sentence's subject; for a marker that points
 * back, the quote or the whole of the sentence before; else the sentence up to the marker, claimed by its
 * subject.
 */
public final class ClaimStage implements Stage {

    private static final Set<String> ASSERTING = Set.of("describing", "calling", "accusing", "saying", "alleging",
            "claiming", "branding", "labelling", "labeling", "terming", "insisting", "arguing", "asserting",
            "charging", "blaming");
    private static final Set<String> OPENERS = Set.of("But", "And", "However", "Meanwhile", "Separately", "The",
            "Yet", "Still", "Also", "In", "On", "Earlier", "Later");

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        return new ExtractedArticle(x.article(), x.entities(), x.actors(), x.quotes(), x.figures(), find(x),
                x.dates(), x.places(), x.events(), x.story());
    }

    public static List<Claim> find(ExtractedArticle x) {
        List<Claim> out = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : Sentences.of(x.article())) {
            List<Marker> markers = new ArrayList<>(Denials.find(s));
            markers.addAll(Unverified.find(s));
            for (Marker m : markers) {   // words are cut only for sentences with a marker: most have none
                Claim c = claim(Passage.of(x, s), previous == null ? null : Passage.of(x, previous), m);
                if (c != null && out.stream().noneMatch(o -> o.start() == c.start() && o.end() == c.end())) out.add(c);
            }
            previous = s;
        }
        return out;
    }

    static Claim claim(Passage p, Passage previous, Marker m) {
        String party = m.party() == null ? null : party(p, m);
        if (m.refersBack()) {
            if (previous == null) return null;
            Quote q = lastQuote(previous, previous.sentence().end() + 1);
            if (q != null) return new Claim(q.text(), speaker(q), party, q.start(), q.end(), m.status());
            Sentence s = previous.sentence();
            return new Claim(s.text(), subject(previous), party, s.start(), s.end(), m.status());
        }
        Quote q = lastQuote(p, m.start());
        if (q != null) return new Claim(q.text(), speaker(q), party, q.start(), q.end(), m.status());
        String text = p.text();
        int start = p.sentence().start();
        for (Word w : p.words()) {
            if (w.start() >= m.start()) break;
            if (ASSERTING.contains(w.lower())) start = w.start();
        }
        int end = m.start();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ','))
            end--;
        if (end <= start) return null;
        return new Claim(text.substring(start, end), subject(p), party, start, end, m.status());
    }

    /** The quote of the passage that ends last before offset, or null. */
    private static Quote lastQuote(Passage p, int before) {
        Quote best = null;
        for (Quote q : p.article().quotes()) {
            if (q.end() > before || q.end() <= p.sentence().start() || q.start() >= p.sentence().end()) continue;
            if (best == null || q.end() > best.end()) best = q;
        }
        return best;
    }

    /** The name the sentence opens with ("Iraq, the second-largest producer, ..."), skipping openers. */
    static String subject(Passage p) {
        for (int i = 0; i < Math.min(3, p.words().size()); i++) {
            Word w = p.word(i);
            if (w.punctuation() || OPENERS.contains(w.text())) continue;
            return Names.startingAt(p, i);
        }
        return null;
    }

    private static String party(Passage p, Marker m) {
        for (Entity e : p.entities()) if (e.start() <= m.partyStart() && m.partyStart() < e.end()) return Names.canonical(e);
        return m.party();
    }

    private static String speaker(Quote q) {
        return q.speaker() != null ? q.speaker() : q.speakerMention();
    }
}
