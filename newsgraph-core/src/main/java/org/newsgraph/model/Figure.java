package org.newsgraph.model;

/** A counted quantity: what it counts and who claims it. value is null for vague quantities without a point. */
public record Figure(Double value, String qualifier, String counts, String subject, String where, String when,
                     String claimant, int start, int end) {}
