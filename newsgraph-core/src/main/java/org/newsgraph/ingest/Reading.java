package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.model.Article;

/**
 * What a reader got out of one file: its articles, and a one-line reason for each part it had to skip
 * (a malformed JSONL line, a WARC record that is not HTML).
 */
public record Reading(List<Article> articles, List<String> skipped) {

    public Reading {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    public static Reading of(List<Article> articles) {
        return new Reading(articles, List.of());
    }
}
