package org.newsgraph.extract.figure;

/**
 * The hedge on a number, as written ("more than", "some", "surpassed"), where it begins and ends in the words,
 * and which way it bends the number: lower (at least this), upper (at most this) or approximate.
 */
public record Qualifier(String text, int first, int last, String bound) {}
