package org.newsgraph.ingest.html;

import java.util.List;

/**
 * What a page says about itself in {@code <meta>}, Open Graph and JSON-LD. Any field may be null
 * (authors: empty). Dates are ISO calendar dates.
 */
public record PageMetadata(String headline, String published, String modified, List<String> authors,
                           String canonicalUrl, String section, String language, String description,
                           String siteName) {

    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
