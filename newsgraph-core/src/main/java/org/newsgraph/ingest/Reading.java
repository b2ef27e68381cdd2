package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.model.Article;

/**
 * What a reader got out of one file: its articles; a one-line reason for each part it had to skip (a malformed
 * JSONL line, a corrupt WARC record), which makes the run's exit status 1; and notes on parts that by their nature
 * hold no article (a WARC request record, a feed entry that is only a link), which do not.
 */
public record Reading(List<Article> articles, List<String> skipped, List<String> notes) {

    public Reading {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public Reading(List<Article> articles, List<String> skipped) {
        this(articles, skipped, List.of());
    }

    public static Reading of(List<Article> articles) {
        return new Reading(articles, List.of());
    }
}
