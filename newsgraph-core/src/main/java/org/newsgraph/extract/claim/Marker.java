package org.newsgraph.extract.claim;

/**
 * Words in a sentence that give an assertion its status: "claims Israel vehemently denies",
 * "could not be independently verified".
 *
 * @param status     denied | disputed | unverified
 * @param party      who denies or disputes, as written (null for unverified)
 * @param partyStart offset of the party's name in the article text, -1 when none
 * @param start      where the marker begins in the article text (the asserted content ends before it)
 * @param end        where it ends
 * @param refersBack true when the marker points at an assertion made before its own sentence
 *                   ("The ministry denied the reports.")
 */
public record Marker(String status, String party, int partyStart, int start, int end, boolean refersBack) {}
