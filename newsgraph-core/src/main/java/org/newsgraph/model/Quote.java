package org.newsgraph.model;

/** Direct or reported speech with its resolved speaker. */
public record Quote(String text, boolean direct, String speaker, String speakerMention, boolean anonymous,
                    String cue, String medium, int start, int end) {}
