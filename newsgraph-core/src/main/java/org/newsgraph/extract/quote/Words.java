package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small tokenizer for the attribution rules: words (keeping "al-Sudani", "Israel's", "Mr.", "U.S." and
 * "2,500" whole, because the rules look at whole names and numbers), and every other non-space character
 * alone, so that commas and quote marks are tokens the rules can stop at. A no-break space (U+00A0, common in
 * text pasted from the web) separates words like any other space: as a token of its own it would end a subject.
 */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile(
            "''|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|St|Jr|Sr|Rev|Prof|Adm|Sheikh)\\.(?=[\\s\\p{Z}])"
                    + "|(?:\\p{L}\\.){2,}"
                    + "|\\p{N}[\\p{N},.]*\\p{N}"
                    + "|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'\u2019\\-]*[\\p{L}\\p{N}])?"
                    + "|[^\\s\\p{Z}]");

    private Words() {}

    public static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    /** Any space, the no-break ones included (Character.isWhitespace leaves those out). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public static List<Word> of(String text, Span span) {
        return of(text, span.start(), span.end());
    }
}
