package org.newsgraph.extract.figure;

/** One reason a number in a sentence is not a figure (a year, an age, a page). Each rule is one class. */
public interface Exclusion {

    boolean excludes(Passage p, Quantity q);
}
