package org.newsgraph.extract.figure;

/**
 * "in 2003", "the 2014 offensive", "the 1990s": four digits without a thousands separator between 1000 and 2100
 * are a year, unless a counted noun follows ("2000 troops", which house styles write "2,000").
 */
final class Years implements Exclusion {

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (!Exclusions.plainDigits(p, q)) return false;
        String t = p.words().get(q.first()).text();
        if (t.length() != 4 || t.contains(".")) return false;
        int v = Integer.parseInt(t);
        return v >= 1000 && v <= 2100 && !Exclusions.countedNounAfter(p, q);
    }
}
