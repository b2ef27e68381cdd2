package org.newsgraph.segment;

/**
 * A teaser printed above the story's own headline: "Headline / TT / One paragraph. / Headline /
 * captions / story". Pages print their standfirst (the description) there, so a scrape carries
 * one paragraph between the marker and the headline printed again. It is the story's first
 * paragraph, neither a caption nor an article of its own.
 *
 * <p>Below the site marker the photo block has ended, so a line there that does not say it is a
 * caption is story text. Above the marker the same line is an uncredited caption, which the
 * headline printed again confirms; only a line too long for any caption is story text there too.
 */
final class Standfirst {

    private Standfirst() {}

    /**
     * @param line        the line right before the headline printed again, not printed twice itself
     * @param afterMarker a site marker stands between the headline and this line
     */
    static boolean is(String line, boolean afterMarker) {
        if (line.length() > PhotoCaption.MAX_LENGTH) return true;
        return afterMarker && !PhotoCaption.vouchesForItself(line);
    }
}
