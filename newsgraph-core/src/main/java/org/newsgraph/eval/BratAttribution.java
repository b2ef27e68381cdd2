package org.newsgraph.eval;

/** One attribution relation of a brat file: its source (may be null), cue and content. */
public record BratAttribution(BratSpan source, BratSpan cue, BratSpan content) {}
