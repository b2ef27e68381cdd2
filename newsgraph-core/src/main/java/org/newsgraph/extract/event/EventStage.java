package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.place.Gazetteer;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.pipeline.Stage;

/**
 * Actor-action-target events, one per real-world act in an article however often it is told. Each sentence's acts
 * come from cue words the parts of speech bear out ({@link SentenceActs}); their source and target are the actors
 * around the cue ({@link Subjects}, {@link VerbObjects}, {@link NounRoles}), under the canonical names the NLP stage resolved, with pronouns, acts pointed
 * back to ("Those strikes"), reciprocal responses, negotiating sides and a group's several names resolved across
 * the article. The date is the sentence's time expression, else the article's; the place where the sentence puts
 * the act ({@link ActPlace}). Precision first: an act without both a source and a target that are actors, or
 * inside a direct quotation, is not coded.
 */
public final class EventStage implements Stage {

    private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");

    private final Parties parties;
    private final NlpEngine engine;

    public EventStage(Gazetteer gazetteer, NlpEngine engine) {
        this.parties = new Parties(gazetteer);
        this.engine = engine;
    }

    public static EventStage standard() {
        return new EventStage(Gazetteer.get(), NlpEngine.news());
    }

    @Override
    public ExtractedArticle apply(ExtractedArticle x) {
        if (CueLexicon.find(x.article().text()).isEmpty()) return x.withEvents(List.of());
        return x.withEvents(events(x, engine.tag(x.article().text())));
    }

    /** Every act of the article in text order, its pronouns resolved; actors may be missing. */
    public List<Act> acts(ExtractedArticle x) {
        return read(x, engine.tag(x.article().text())).acts;
    }

    /** The surface words of an act's actor, as the text gives them (for benchmarks that score words). */
    public static String words(Party p) {
        return p == null ? null : p.surface();
    }

    private record Reading(List<TaggedSentence> sentences, List<List<Party>> parties, List<Act> acts) {}

    private Reading read(ExtractedArticle x, Analysis syntax) {
        String text = x.article().text();
        List<TaggedSentence> sentences = new ArrayList<>();
        List<List<Party>> found = new ArrayList<>();
        List<Act> acts = new ArrayList<>();
        Pronouns pronouns = new Pronouns();
        for (Sentence sn : syntax.sentences()) {
            TaggedSentence s = new TaggedSentence(text, syntax.tokens().subList(sn.firstToken(), sn.endToken()),
                    sentences.size(), x.entities(), x.calendarDates());
            List<Chunk> chunks = Chunks.of(s);
            List<Party> ps = parties.of(s, chunks);
            for (Act a : SentenceActs.of(s, chunks, ps)) {
                acts.add(a.withActors(pronouns.resolve(s, ps, a.source()), pronouns.resolve(s, ps, a.target()))
                        .asAnaphoric(a.anaphoric()));
            }
            pronouns.read(s, ps);
            sentences.add(s);
            found.add(ps);
        }
        return new Reading(sentences, found, acts);
    }

    private List<Event> events(ExtractedArticle x, Analysis syntax) {
        String text = x.article().text();
        Reading r = read(x, syntax);
        List<Party> all = r.parties.stream().flatMap(List::stream).toList();
        GroupNames names = GroupNames.of(all, text);
        Sides sides = Sides.of(all);
        List<Event> events = new ArrayList<>();
        List<Act> told = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TaggedSentence s : r.sentences) {
            List<Act> acts = new ArrayList<>();
            for (Act a : r.acts) {
                if (a.sentence() != s.index) continue;
                // "Those strikes": the act told just before, not a new one
                if (a.anaphoric()) a = antecedent(told, a);
                acts.add(a);
            }
            for (Act a : Responses.fill(s, acts)) {
                int at = s.tokens.get(a.cueFirst()).start();
                if (insideQuote(text, s.start(), at)) continue;
                String source = names.name(a.source()), target = names.name(a.target());
                if (a.type().equals("CONSULT") && Sides.unnamed(a.source()) && a.target() == null && sides.known()) {
                    source = sides.first();
                    target = sides.second();
                }
                if (source == null || target == null || source.equals(target)) continue;
                if (a.source().kind() == Party.Kind.PLACE) continue;   // a town or a sea does not act
                told.add(a);
                String key = a.type().equals("CONSULT") && source.compareTo(target) > 0
                        ? target + "|CONSULT|" + source : source + "|" + a.type() + "|" + target;
                if (!seen.add(key)) continue;
                String[] date = date(x, s, at);
                String mode = a.mode() != null ? a.mode() : historical(x, s.text.substring(s.start(), s.end()));
                events.add(new Event(source, a.type(), target, date[0], ActPlace.of(x, s, a), s.start(), s.end(), mode,
                        date[1], text.substring(s.start(), s.end())));
            }
        }
        return events;
    }

    /** The act an anaphoric noun points back to: the last one of its type told in the two sentences before. */
    private static Act antecedent(List<Act> told, Act a) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Act t = told.get(i);
            if (t.sentence() < a.sentence() - 2) break;
            if (t.type().equals(a.type()) && t.sentence() < a.sentence()) return a.withActors(t.source(), t.target());
        }
        return a;
    }

    /** Whether the cue sits inside quotation marks opened earlier in its sentence. */
    private static boolean insideQuote(String text, int from, int at) {
        int quotes = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') quotes++;
        }
        return quotes % 2 == 1;
    }

    /**
     * The date of the time expression nearest the cue in its sentence, when it names a day, month or year; not one
     * of an opening "With ..." phrase, which dates its own circumstance ("With elections looming on Nov. 5, X said").
     */
    private static String[] date(ExtractedArticle x, TaggedSentence s, int cue) {
        int opening = -1;
        if (s.word(0).equals("with")) {
            for (int k = 1; k < s.size(); k++) if (s.word(k).equals(",")) { opening = s.tokens.get(k).start(); break; }
        }
        DateMention best = null;
        for (DateMention d : x.calendarDates()) {
            if (d.start() < s.start() || d.end() > s.end() || d.value() == null || !ISO.matcher(d.value()).matches()) continue;
            if (d.end() <= opening && cue > opening) continue;
            if (best == null || Math.abs(d.start() - cue) < Math.abs(best.start() - cue)) best = d;
        }
        if (best != null) return new String[] {best.value(), "sentence"};
        String published = x.article().published() == null ? null : x.article().published().date();
        return published != null ? new String[] {published, "published"} : new String[] {null, "none"};
    }

    /** A year before the article's in the sentence: the act is history ("invaded Iraq in 2003"). */
    private static String historical(ExtractedArticle x, String sentence) {
        String published = x.article().published() == null ? null : x.article().published().notBefore();
        if (published == null || published.length() < 4) return null;
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) if (Integer.parseInt(m.group(1)) < Integer.parseInt(published.substring(0, 4))) return "historical";
        return null;
    }
}
