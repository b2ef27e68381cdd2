package org.newsgraph.model;

/**
 * A photo that came with the article. Captions and credits are never part of the body text.
 *
 * @param caption      caption text without the credit
 * @param credit       the credit as printed ("EPA", "AP Photo/Jane Doe, File"), or null
 * @param photographer the person named in the credit, or null
 * @param date         the caption's date (ISO 8601), or null
 * @param fileImage    true for archive ("FILE -") photos, whose date never dates the article
 */
public record Image(String caption, String credit, String photographer, String date, boolean fileImage) {}
