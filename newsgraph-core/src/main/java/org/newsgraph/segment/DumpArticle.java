package org.newsgraph.segment;

import java.util.List;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

/**
 * One article found in a scrape dump, before it becomes an {@link org.newsgraph.model.Article}.
 *
 * @param offset   character offset of the article's first line (its headline) in the dump
 * @param headline the headline, once, however often the dump repeats it
 * @param images   the photos of its caption blocks, each once
 * @param blocks   subheads and paragraphs in order, without captions, credits, markers or repeated headlines
 * @param url      the link its front matter gives ({@link FrontMatter}), else null
 * @param date     the date its front matter gives, as written, else null
 * @param authors  the authors its front matter names
 * @param updated  the date the page prints as its last update (ISO 8601), else null
 * @param section  the section label printed above the headline ("Middle East"), else null
 */
public record DumpArticle(int offset, String headline, List<Image> images, List<Block> blocks, String url,
                          String date, List<String> authors, String updated, String section) {

    public DumpArticle {
        images = List.copyOf(images);
        blocks = List.copyOf(blocks);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public DumpArticle(int offset, String headline, List<Image> images, List<Block> blocks, String url,
                       String date, List<String> authors) {
        this(offset, headline, images, blocks, url, date, authors, null, null);
    }

    /** An article of a dump, which says nothing of its link, date or authors. */
    public DumpArticle(int offset, String headline, List<Image> images, List<Block> blocks) {
        this(offset, headline, images, blocks, null, null, List.of());
    }
}
