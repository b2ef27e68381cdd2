package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * A benchmark's plain text as one Article: each non-empty line a paragraph, laid out the way every article is
 * (paragraphs joined by a blank line), with the map from article offsets back to the file's offsets, so that
 * predictions are written in the benchmark's coordinates.
 */
public record PlainTextArticle(Article article, int[] blockStartsInFile) {

    public static PlainTextArticle of(String name, String fileText) {
        List<Block> blocks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < fileText.length()) {
            int nl = fileText.indexOf('\n', i);
            int end = nl < 0 ? fileText.length() : nl;
            int s = i, e = end;
            while (s < e && Character.isWhitespace(fileText.charAt(s))) s++;
            while (e > s && Character.isWhitespace(fileText.charAt(e - 1))) e--;
            if (e > s) {
                blocks.add(Block.paragraph(fileText.substring(s, e)));
                starts.add(s);
            }
            i = end + 1;
        }
        Article a = Article.assemble(new Source(name, null, "text", 0), "", new Published(null, null, null, "none"),
                List.of(), blocks);
        return new PlainTextArticle(a, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The file offset of an article offset; an end offset just past a paragraph stays at that paragraph's end. */
    public int toFile(int offset, boolean isEnd) {
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block x = blocks.get(b);
            if (offset >= x.start() && (offset < x.end() || isEnd && offset == x.end())) {
                return blockStartsInFile[b] + offset - x.start();
            }
        }
        for (int b = 0; b < blocks.size(); b++) if (offset < blocks.get(b).start()) return blockStartsInFile[b];
        return blocks.isEmpty() ? 0 : blockStartsInFile[blocks.size() - 1] + blocks.get(blocks.size() - 1).text().length();
    }

    /** The article offset of a file offset (the nearest paragraph start when it falls between paragraphs). */
    public int toArticle(int fileOffset) {
        List<Block> blocks = article.blocks();
        for (int b = blocks.size() - 1; b >= 0; b--) {
            if (fileOffset >= blockStartsInFile[b]) {
                return blocks.get(b).start() + Math.min(fileOffset - blockStartsInFile[b], blocks.get(b).text().length());
            }
        }
        return 0;
    }
}
