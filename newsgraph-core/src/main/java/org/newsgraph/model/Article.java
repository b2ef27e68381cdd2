package org.newsgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A clean article: headline, images, and a body whose text every annotation points into.
 *
 * <p>{@code text} is the subheads and paragraphs, in order, joined by a blank line; each
 * {@link Block} carries its span in it.
 */
public record Article(String id, Source source, String headline, Published published,
                      List<Image> images, List<Block> blocks, String text, Metadata metadata) {

    public Article {
        images = List.copyOf(images);
        blocks = List.copyOf(blocks);
        metadata = metadata == null ? Metadata.NONE : metadata;
    }

    /** An article whose input said nothing about it beyond headline and date. */
    public Article(String id, Source source, String headline, Published published,
                   List<Image> images, List<Block> blocks, String text) {
        this(id, source, headline, published, images, blocks, text, Metadata.NONE);
    }

    /**
     * Lays the blocks out into one text and derives the content id.
     * The id depends on headline and body only, so the same article read twice, from any file, is one article.
     */
    public static Article assemble(Source source, String headline, Published published,
                                   List<Image> images, List<Block> blocks) {
        return assemble(source, headline, published, images, blocks, Metadata.NONE);
    }

    /** As {@link #assemble(Source, String, Published, List, List)}, with what the publisher says about it. */
    public static Article assemble(Source source, String headline, Published published,
                                   List<Image> images, List<Block> blocks, Metadata metadata) {
        StringBuilder text = new StringBuilder();
        List<Block> placed = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(b.text());
            placed.add(new Block(b.kind(), b.text(), start, text.length()));
        }
        String body = text.toString();
        return new Article(contentId(headline, body), source, headline, published, images, placed, body, metadata);
    }

    public List<String> subheads() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.SUBHEAD).map(Block::text).toList();
    }

    public List<String> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    }

    public Article withPublished(Published p) {
        return new Article(id, source, headline, p, images, blocks, text, metadata);
    }

    public Article withMetadata(Metadata m) {
        return new Article(id, source, headline, published, images, blocks, text, m);
    }

    /** SHA-256 over whitespace-normalised headline and body; the first 16 bytes in hex. */
    public static String contentId(String headline, String body) {
        String normal = normalise(headline == null ? "" : headline) + "\n" + normalise(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Runs of whitespace become one space; ends are trimmed. A loop, not a regex: this runs once per article. */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
