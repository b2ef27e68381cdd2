package org.newsgraph.segment;

/**
 * A site or agency marker alone on a line ("TT"): a short all-caps token that scrapers lift from
 * the page chrome between the photo and the story. It is never news, so it is dropped.
 */
final class SiteMarker {

    /** Longer tokens are more likely one-word subheads ("ANALYSIS") than page chrome. */
    static final int MAX_LENGTH = 4;

    private SiteMarker() {}

    static boolean is(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH) return false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }
}
