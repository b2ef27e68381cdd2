package org.newsgraph.extract.figure;

import java.util.List;

/** Every exclusion rule, in one list; the first that applies names the reason. */
public final class Exclusions {

    static final List<Exclusion> ALL = List.of(new Years(), new CalendarDates(), new ClockTimes(), new Ages(),
            new Ordinals(), new PhoneNumbers(), new PageNumbers(), new Scores(), new ProperNames(), new Measures(),
            new CompoundModifiers(), new PronounOne());

    private Exclusions() {}

    /** The simple name of the first rule that excludes the quantity, or null when it is a figure. */
    public static String reason(Passage p, Quantity q) {
        for (Exclusion e : ALL) if (e.excludes(p, q)) return e.getClass().getSimpleName();
        return null;
    }

    /** True when the word after the quantity names something counted, which overrides date-like readings. */
    static boolean countedNounAfter(Passage p, Quantity q) {
        Word next = p.word(q.last() + 1);
        return next != null && (CountVocabulary.noun(next.lower()) != null
                || next.is("people", "persons", "civilians", "children", "women", "men"));
    }

    /** A single token of plain digits (no unit, no scale word). */
    static boolean plainDigits(Passage p, Quantity q) {
        return q.first() == q.last() && q.unit() == null && p.words().get(q.first()).digits();
    }
}
