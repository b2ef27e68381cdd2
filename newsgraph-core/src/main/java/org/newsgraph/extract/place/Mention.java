package org.newsgraph.extract.place;

/** A toponym as the text gives it, with its span. */
public record Mention(String text, int start, int end) {}
