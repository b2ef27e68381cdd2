package org.newsgraph.ingest.html;

import java.util.List;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

/** What the extractor takes from one page: the page's metadata, its headline, main text and captioned images. */
public record WebArticle(PageMetadata metadata, String headline, List<Block> blocks, List<Image> images) {

    public WebArticle {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
    }

    /** The main text: blocks joined by a blank line, as {@link org.newsgraph.model.Article#text()} lays it out. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(b.text());
        }
        return sb.toString();
    }
}
