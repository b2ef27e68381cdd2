package org.newsgraph.extract.figure;

import java.util.regex.Pattern;

/**
 * Ages: "Aya, 30, sheltering", "aged 30", "age 30", "a 30-year-old", "30 years old", "(30)" after a name.
 * A number set off by commas right after a capitalised name is the person's age.
 */
final class Ages implements Exclusion {

    private static final Pattern AFTER = Pattern.compile("^(?:[-\\s]years?[-\\s]old\\b|-year-old\\b|\\s?yo\\b)");
    private static final Pattern BEFORE = Pattern.compile("(?:\\baged?|\\bage of)\\s$");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (!Exclusions.plainDigits(p, q) && !(q.first() == q.last() && q.unit() == null)) return false;
        if (q.value() == null || q.value() > 130 || q.value() % 1 != 0) return false;
        if (AFTER.matcher(p.after(q, 12)).find() || BEFORE.matcher(p.before(q, 8)).find()) return true;
        Word before = p.word(q.first() - 1);
        Word after = p.word(q.last() + 1);
        Word name = p.word(q.first() - 2);
        boolean setOff = before != null && before.is(",") && (after == null || after.is(",", ";", ".", ")"));
        boolean bracketed = before != null && before.is("(") && after != null && after.is(")");
        return (setOff || bracketed) && name != null && name.letters() && name.capitalised();
    }
}
