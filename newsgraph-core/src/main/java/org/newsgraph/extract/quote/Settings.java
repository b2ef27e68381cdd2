package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Set;

/**
 * Recognises the phrases that tell how or when words were given, which sit between a cue and what was said
 * ("said in a statement on Telegram that ...", "said late on Thursday ..."): the content starts after them.
 */
final class Settings {

    static final Set<String> NOUNS = Set.of("statement", "interview", "speech", "post", "tweet", "message",
            "letter", "video", "conference", "briefing", "call", "meeting", "rally", "email", "e-mail", "chat",
            "app", "appearance", "hearing", "remarks", "address", "op-ed", "column", "blog", "broadcast",
            "podcast", "session", "debate", "event", "forum", "summit", "news", "press", "telephone", "phone",
            "radio", "television", "tv", "program", "programme", "show", "note", "memo", "report", "filing",
            "release", "text", "link", "videolink", "media", "platform", "channel", "reporters", "journalists",
            "audience", "crowd", "supporters", "parliament", "lawmakers", "senate", "house", "committee");
    static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "week", "month", "year", "night", "morning", "afternoon",
            "evening", "weekend", "late", "early", "earlier", "later", "last", "this", "next", "recently",
            "separately", "again", "also", "previously", "publicly", "privately", "repeatedly", "then", "on",
            "in", "at", "via", "during", "through", "over", "from", "a", "an", "the", "his", "her", "their", "its",
            "issued", "released", "posted", "published", "broadcast", "televised", "aired", "given", "made",
            "sent", "shared", "delivered", "of", "and", "to", "with", "by", "local", "state", "social",
            "national", "news", "joint", "brief", "written", "separate", "weekly", "daily", "press",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", ".");

    private Settings() {}

    /** Whether a word can be part of a setting phrase: a preposition, time word, setting noun or a name. */
    static boolean settingWord(Word x) {
        String l = x.lower();
        return NOUNS.contains(l) || TIMES.contains(l) || x.capitalised() && x.isLetters()
                || Character.isDigit(l.charAt(0)) || x.adverb();
    }

    /** The index of the first word after the setting phrases starting at {@code i}. */
    static int skip(List<Word> w, int i) {
        int j = i;
        while (j < w.size()) {
            Word x = w.get(j);
            String l = x.lower();
            if (Set.of("in", "on", "at", "via", "during", "through", "over").contains(l) && j + 1 < w.size()) {
                // the phrase ends at its last setting noun, time word or name within five words:
                // "via a messaging app", "in a televised interview", "on Telegram"
                int last = -1;
                for (int k = j + 1; k < w.size() && k - j <= 5 && w.get(k).isLetters() | Character.isDigit(w.get(k).text().charAt(0)); k++) {
                    Word y = w.get(k);
                    if (startsClause(w, k) || y.is("that")) break;
                    if (NOUNS.contains(y.lower()) || TIMES.contains(y.lower()) && !isFunction(y) || y.capitalised()
                            || Character.isDigit(y.text().charAt(0))) last = k;
                }
                if (last > j) { j = last + 1; continue; }
                break;
            }
            if (TIMES.contains(l) && !isFunction(x) || x.adverb()) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private static boolean isFunction(Word x) {
        return Set.of("a", "an", "the", "his", "her", "their", "its", "of", "and", "to", "with", "by", "on", "in",
                "at", "via", "during", "through", "over", "from", "this", "last", "next", ".").contains(x.lower());
    }

    /** A capitalised word followed by a verb-like word starts the content, not a setting ("on Monday Iran was"). */
    private static boolean startsClause(List<Word> w, int k) {
        return k + 1 < w.size() && Set.of("is", "was", "are", "were", "has", "have", "had", "will", "would")
                .contains(w.get(k + 1).lower());
    }
}
