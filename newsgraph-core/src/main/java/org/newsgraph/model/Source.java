package org.newsgraph.model;

/**
 * Where an article came from.
 *
 * @param path   the input file, as the user named it (relative paths stay relative)
 * @param url    the article's URL when the input gives one, else null
 * @param format the reader that read it: dump, jsonl, html, rss, warc
 * @param offset the article's character offset in the decoded file (line number for JSONL is not used: this is chars)
 */
public record Source(String path, String url, String format, long offset) {}
