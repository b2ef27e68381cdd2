package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Block;

/** Splits a scrape dump into its articles. (First cut: one article, first line headline; replaced by the rule chain.) */
public final class DumpSegmenter {

    private DumpSegmenter() {}

    public static List<DumpArticle> split(String text) {
        String[] lines = text.split("\n");
        List<Block> blocks = new ArrayList<>();
        String headline = null;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (headline == null) headline = l;
            else blocks.add(Block.paragraph(l));
        }
        if (headline == null) return List.of();
        return List.of(new DumpArticle(0, headline, List.of(), blocks));
    }
}
