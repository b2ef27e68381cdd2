package org.newsgraph.model;

/** An assertion with its claimant and, when the text says so, who disputes it. */
public record Claim(String text, String claimant, String disputedBy, int start, int end) {}
