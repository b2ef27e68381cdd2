-- V4: stories. articles.story (since V1) holds the id of the story's first stored article: Store fills it on
-- put, and for older articles when it opens. What finds reprints (MinHash signatures and band keys,
-- org.newsgraph.cluster) lives in the search index, which is rebuilt from the articles' text.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

CREATE INDEX articles_story ON articles (story);
