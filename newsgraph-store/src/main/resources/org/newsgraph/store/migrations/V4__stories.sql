-- V4: stories. Each article's MinHash signature over its word shingles (org.newsgraph.cluster), and the
-- band keys that find its reprints without comparing every pair. articles.story (since V1) holds the id
-- of the story's first stored article; Store fills it on put, and for older articles when it opens.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

CREATE TABLE signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  minhash    BLOB NOT NULL
);

CREATE TABLE story_bands (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  band       INTEGER NOT NULL,
  key        INTEGER NOT NULL,
  PRIMARY KEY (band, key, article_id)
);
CREATE INDEX story_bands_article ON story_bands (article_id);

CREATE INDEX articles_story ON articles (story);
