package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into words, numbers and punctuation with offsets. Numbers keep their thousands separators and
 * decimals ("1,200", "2.3") and a trailing comma stays outside them; a possessive "'s" is its own word, so
 * "Israel's" reads as the name and its possessive mark; hyphenated words stay whole ("twenty-five", "US-led").
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile(
            "\\d+(?:st|nd|rd|th)\\b"                                   // ordinals in digits: 103rd
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,]*\\d)"        // 1,200 and 2,500.5
            + "|\\d+(?:\\.\\d+)?"                                      // 2003, 2.3
            + "|['\u2019]s\\b"                                         // possessive
            + "|[\\p{L}\\p{M}]+(?:['\u2019][\\p{L}]+(?<!['\u2019]s))*(?:-[\\p{L}\\p{M}]+)*"
            + "|\\S");

    private Words() {}

    /** The words of text[from, to), with offsets into text. */
    public static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }
}
