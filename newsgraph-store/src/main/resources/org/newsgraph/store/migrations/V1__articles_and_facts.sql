-- V1: articles and the facts extracted from them.
--
-- The articles row keeps the full output-contract JSON: it is what article(id) returns, so a
-- field added to the contract later is stored without a migration. The columns beside it and
-- the fact tables are there to be queried with SQL.
--
-- Every fact row is keyed by (article_id, ord): ord is the fact's position in its list of the
-- contract, so reading rows back in ord order gives the list again. Spans are [start_offset,
-- end_offset) in articles.text ("start" and "end" would collide with SQL keywords).
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

CREATE TABLE articles (
  id                   TEXT PRIMARY KEY,
  ingested             INTEGER NOT NULL UNIQUE,  -- 1, 2, 3... in the order articles were put
  headline             TEXT,
  published_date       TEXT,                     -- ISO 8601 or NULL
  published_not_before TEXT,
  published_not_after  TEXT,
  published_basis      TEXT,                     -- metadata | dateline | caption | text | none
  source_path          TEXT,
  source_url           TEXT,
  source_format        TEXT,
  source_offset        INTEGER,
  text                 TEXT NOT NULL,
  story                TEXT,
  json                 TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published_date);

-- Captions are never part of the body, so images carry no offsets.
CREATE TABLE images (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  caption      TEXT,
  credit       TEXT,
  photographer TEXT,
  date         TEXT,
  file_image   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE entities (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  text         TEXT,
  type         TEXT,                             -- PERSON | ORGANIZATION | LOCATION | MISC
  actor        TEXT,                             -- canonical actor name or NULL
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

-- One row per actor across all articles: the same canonical name and type is the same actor.
-- type is '' when the article gave none, so that the UNIQUE key still holds (NULLs never collide).
CREATE TABLE actors (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  UNIQUE (name, type)
);

-- What one article says about an actor. local_id is the actor's id within that article's JSON;
-- aliases and titles are JSON arrays of strings.
CREATE TABLE article_actors (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  actor_id   INTEGER NOT NULL REFERENCES actors (id),
  local_id   TEXT,
  aliases    TEXT NOT NULL,
  titles     TEXT NOT NULL,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_actors_actor ON article_actors (actor_id);

CREATE TABLE quotes (
  article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord             INTEGER NOT NULL,
  text            TEXT,
  direct          INTEGER NOT NULL,
  speaker         TEXT,
  speaker_mention TEXT,
  anonymous       INTEGER NOT NULL,
  cue             TEXT,
  medium          TEXT,
  start_offset    INTEGER NOT NULL,
  end_offset      INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

-- place and time hold the contract's "where" and "when", both SQL keywords.
CREATE TABLE figures (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  value        REAL,
  qualifier    TEXT,
  counts       TEXT,
  subject      TEXT,
  place        TEXT,
  time         TEXT,
  claimant     TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE claims (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  text         TEXT,
  claimant     TEXT,
  disputed_by  TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE dates (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  text         TEXT,
  value        TEXT,                             -- ISO 8601
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE places (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  name         TEXT,
  country      TEXT,
  lat          REAL,
  lon          REAL,
  geoname_id   INTEGER,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE events (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  source       TEXT,
  action       TEXT,                             -- PLOVER type
  target       TEXT,
  date         TEXT,
  place        TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
