-- V4: stories. Each article's MinHash signature over its word shingles (org.newsgraph.cluster), and the
-- band keys that find its reprints without comparing every pair. articles.story (since V1) holds the id
-- of the story's first stored article; Store fills it on put, and for older articles when it opens.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

-- No foreign keys here: an article's text never changes under its id, so its signature and band keys
-- outlive a re-extraction (which deletes and re-inserts the articles row).
CREATE TABLE signatures (
  article_id TEXT PRIMARY KEY,
  minhash    BLOB NOT NULL
);

CREATE TABLE story_bands (
  band       INTEGER NOT NULL,
  key        INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE INDEX articles_story ON articles (story);
