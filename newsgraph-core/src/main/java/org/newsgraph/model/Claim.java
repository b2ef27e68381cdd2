package org.newsgraph.model;

/**
 * An assertion with its claimant and, when the text says so, who disputes it.
 *
 * @param status disputed | denied | unverified, as the text puts it; null when it gives none
 */
public record Claim(String text, String claimant, String disputedBy, int start, int end, String status) {

    /** The contract's five components only (readers of older stores); no status. */
    public Claim(String text, String claimant, String disputedBy, int start, int end) {
        this(text, claimant, disputedBy, start, end, null);
    }
}
