package org.newsgraph.nlp;

/** One sentence: its character span and its tokens {@code [firstToken, endToken)} in the document's list. */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {}
