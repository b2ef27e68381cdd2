package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Token;

/**
 * One sentence as the event rules read it: its tokens with their parts of speech, the named entity over each
 * token (or null) and whether a time expression covers it. Token indexes are the sentence's own, from 0.
 */
final class TaggedSentence {

    final String text;
    final List<Token> tokens;
    final int index;
    private final Entity[] entity;
    private final boolean[] date;

    TaggedSentence(String text, List<Token> tokens, int index, List<Entity> entities, List<DateMention> dates) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.index = index;
        this.entity = new Entity[tokens.size()];
        this.date = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (Entity e : entities) {
                if (e.start() <= t.start() && t.end() <= e.end() && !"O".equals(e.type())) { entity[i] = e; break; }
            }
            for (DateMention d : dates) {
                if (d.start() < t.end() && t.start() < d.end()) { date[i] = true; break; }
            }
        }
    }

    int size() { return tokens.size(); }

    int start() { return tokens.isEmpty() ? 0 : tokens.get(0).start(); }

    int end() { return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end(); }

    String pos(int i) { return i < 0 || i >= tokens.size() ? "" : tokens.get(i).pos(); }

    /** The token as written, lower-cased; "" outside the sentence. */
    String word(int i) { return i < 0 || i >= tokens.size() ? "" : tokens.get(i).text().toLowerCase(Locale.ROOT); }

    String lemma(int i) {
        if (i < 0 || i >= tokens.size()) return "";
        String l = tokens.get(i).lemma();
        return (l == null ? tokens.get(i).text() : l).toLowerCase(Locale.ROOT);
    }

    Entity entity(int i) { return i < 0 || i >= entity.length ? null : entity[i]; }

    /** Whether a time expression covers the token; "today" and its kin always are one, resolved or not. */
    boolean isDate(int i) {
        if (i < 0 || i >= date.length) return false;
        if (date[i] || DEICTIC.contains(word(i))) return true;
        // "last month", "next week": a time, resolved or not
        if (RELATIVE.contains(word(i)) && PERIODS.contains(word(i + 1))) return true;
        return PERIODS.contains(word(i)) && RELATIVE.contains(word(i - 1));
    }

    private static final java.util.Set<String> RELATIVE = java.util.Set.of("last", "next", "this", "past", "coming");
    private static final java.util.Set<String> PERIODS = java.util.Set.of("week", "month", "year", "weekend",
            "night", "morning", "afternoon", "evening", "spring", "summer", "autumn", "fall", "winter");

    private static final java.util.Set<String> DEICTIC = java.util.Set.of("today", "yesterday", "tomorrow", "tonight");

    boolean isNoun(int i) { return pos(i).startsWith("NN"); }

    boolean isVerb(int i) { return pos(i).startsWith("VB") || pos(i).equals("MD"); }

    /** Text of tokens [first, end). */
    String span(int first, int end) {
        return text.substring(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /** The sentence's text before token {@code i}. */
    String before(int i) {
        return text.substring(start(), i < tokens.size() ? tokens.get(i).start() : end());
    }

    /** The index of the token holding character {@code offset}, or of the first token after it. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() > offset) return i;
        return tokens.size();
    }
}
