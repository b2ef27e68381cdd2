package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Every quantity of a sentence, left to right, none overlapping: digits first (they may take a scale word:
 * "2.3 million"), then ranges ("tens of thousands" before "thousands"), then numbers in words; each with its
 * unit (currency or percent).
 */
public final class Quantities {

    private Quantities() {}

    public static List<Quantity> find(List<Word> words) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Quantity q = DigitNumbers.read(words, i);
            if (q == null) q = VagueNumbers.read(words, i);
            if (q == null) q = NumberWords.read(words, i);
            if (q == null) {
                i++;
                continue;
            }
            q = Units.attach(words, q);
            out.add(q);
            i = q.last() + 1;
        }
        return out;
    }
}
