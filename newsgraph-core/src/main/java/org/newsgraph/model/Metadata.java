package org.newsgraph.model;

import java.util.List;

/**
 * What the publisher says about an article besides its headline and date: web pages carry it in
 * {@code <meta>}, Open Graph and JSON-LD, feeds in their entries, JSONL in its fields. Dumps rarely have any.
 *
 * @param authors     the byline's names, as given ("Jane Doe"), empty when none
 * @param section     the publisher's section or desk ("World", "Middle East"), or null
 * @param language    the declared language tag ("en", "en-GB"), or null
 * @param modified    the last-modified date the publisher declares (ISO 8601), or null
 * @param site        the publication's name ("The Daily Example"), or null
 * @param description the publisher's summary of the article, or null
 * @param dateline    the dateline opening the story (read from the text, not given by the publisher), or null
 */
public record Metadata(List<String> authors, String section, String language, String modified, String site,
                       String description, Dateline dateline) {

    public static final Metadata NONE = new Metadata(List.of(), null, null, null, null, null);

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** What a publisher gives; the dateline is read from the text later. */
    public Metadata(List<String> authors, String section, String language, String modified, String site,
                    String description) {
        this(authors, section, language, modified, site, description, null);
    }

    public Metadata withDateline(Dateline d) {
        return new Metadata(authors, section, language, modified, site, description, d);
    }
}
