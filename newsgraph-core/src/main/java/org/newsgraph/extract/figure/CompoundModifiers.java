package org.newsgraph.extract.figure;

/**
 * A number hyphenated into an adjective: "a 10-month war", "a 3-day truce", "two-state solution" (number words
 * glued by a hyphen are never read as numbers). "-strong" is the exception: "a 2,500-strong force" counts.
 */
final class CompoundModifiers implements Exclusion {

    @Override
    public boolean excludes(Passage p, Quantity q) {
        Word dash = p.word(q.last() + 1);
        Word next = p.word(q.last() + 2);
        return dash != null && dash.is("-") && p.words().get(q.last()).touches(dash) && dash.touches(next)
                && next.letters() && !next.is("strong", "plus");
    }
}
