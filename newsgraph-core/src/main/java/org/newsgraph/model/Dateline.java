package org.newsgraph.model;

/**
 * The dateline opening a story: where it was filed from, and the agency that filed it ("BEIRUT (Reuters) -",
 * "DUBAI, United Arab Emirates (AP) —", "RIYADH:", "Beirut —"). It stays in the text; these are its spans.
 *
 * @param text       the dateline as printed, separator included
 * @param place      the place as written ("BEIRUT", "DUBAI, United Arab Emirates")
 * @param agency     the agency in brackets ("Reuters"), or null
 * @param start      where the dateline starts in the article text
 * @param end        where it ends (after the separator and its space)
 * @param placeStart where the place starts in the article text
 * @param placeEnd   where the place ends
 */
public record Dateline(String text, String place, String agency, int start, int end, int placeStart, int placeEnd) {}
