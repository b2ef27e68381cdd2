-- V3: the fact fields the stages added after V1 (they were only in the articles' contract JSON until now),
-- and the article's focus places. Existing rows are filled from that JSON, so an old store loses nothing
-- and its tables answer the same queries as a new one.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

-- Where the speaker mention and the cue are ([start, end) in articles.text, -1 when the text has none),
-- the setting ("interview", "White House") and the ord of the enclosing attribution (-1 for none).
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER NOT NULL DEFAULT -1;
ALTER TABLE quotes ADD COLUMN cue_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE quotes ADD COLUMN cue_end INTEGER NOT NULL DEFAULT -1;
ALTER TABLE quotes ADD COLUMN setting TEXT;
ALTER TABLE quotes ADD COLUMN parent INTEGER NOT NULL DEFAULT -1;
UPDATE quotes SET
  speaker_start = coalesce(json_extract(a.json, '$.quotes[' || quotes.ord || '].speakerStart'), -1),
  speaker_end   = coalesce(json_extract(a.json, '$.quotes[' || quotes.ord || '].speakerEnd'), -1),
  cue_start     = coalesce(json_extract(a.json, '$.quotes[' || quotes.ord || '].cueStart'), -1),
  cue_end       = coalesce(json_extract(a.json, '$.quotes[' || quotes.ord || '].cueEnd'), -1),
  setting       = json_extract(a.json, '$.quotes[' || quotes.ord || '].setting'),
  parent        = coalesce(json_extract(a.json, '$.quotes[' || quotes.ord || '].parent'), -1)
FROM articles a WHERE a.id = quotes.article_id;
CREATE INDEX quotes_medium ON quotes (medium);

-- The quantity as written, the counted noun, the range the text allows ([low, high], NULL when open),
-- bound (lower | upper | approximate), vague (1 for "dozens"), unit (currency code, percent) and who did it.
ALTER TABLE figures ADD COLUMN text TEXT;
ALTER TABLE figures ADD COLUMN noun TEXT;
ALTER TABLE figures ADD COLUMN low REAL;
ALTER TABLE figures ADD COLUMN high REAL;
ALTER TABLE figures ADD COLUMN bound TEXT;
ALTER TABLE figures ADD COLUMN vague INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN unit TEXT;
ALTER TABLE figures ADD COLUMN perpetrator TEXT;
UPDATE figures SET
  text        = json_extract(a.json, '$.figures[' || figures.ord || '].text'),
  noun        = json_extract(a.json, '$.figures[' || figures.ord || '].noun'),
  low         = json_extract(a.json, '$.figures[' || figures.ord || '].low'),
  high        = json_extract(a.json, '$.figures[' || figures.ord || '].high'),
  bound       = json_extract(a.json, '$.figures[' || figures.ord || '].bound'),
  vague       = coalesce(json_extract(a.json, '$.figures[' || figures.ord || '].vague'), 0),
  unit        = json_extract(a.json, '$.figures[' || figures.ord || '].unit'),
  perpetrator = json_extract(a.json, '$.figures[' || figures.ord || '].perpetrator')
FROM articles a WHERE a.id = figures.article_id;

-- disputed | denied | unverified, or NULL when the text gives no status.
ALTER TABLE claims ADD COLUMN status TEXT;
UPDATE claims SET status = json_extract(a.json, '$.claims[' || claims.ord || '].status')
FROM articles a WHERE a.id = claims.article_id;
CREATE INDEX claims_status ON claims (status);

-- The GeoNames name of the entry, its first-level area and its feature class (A, P, L...).
ALTER TABLE places ADD COLUMN geoname TEXT;
ALTER TABLE places ADD COLUMN admin1 TEXT;
ALTER TABLE places ADD COLUMN feature_class TEXT;
UPDATE places SET
  geoname       = json_extract(a.json, '$.places[' || places.ord || '].geoname'),
  admin1        = json_extract(a.json, '$.places[' || places.ord || '].admin1'),
  feature_class = json_extract(a.json, '$.places[' || places.ord || '].featureClass')
FROM articles a WHERE a.id = places.article_id;

-- mode: negated | hypothetical | future | historical, NULL for a plain report; date_basis: sentence |
-- published | none. The evidence text is articles.text between the offsets, so it has no column.
ALTER TABLE events ADD COLUMN mode TEXT;
ALTER TABLE events ADD COLUMN date_basis TEXT;
UPDATE events SET
  mode       = json_extract(a.json, '$.events[' || events.ord || '].mode'),
  date_basis = json_extract(a.json, '$.events[' || events.ord || '].dateBasis')
FROM articles a WHERE a.id = events.article_id;
CREATE INDEX events_action ON events (action);

-- The places an article is about, most central first: the map shows these.
CREATE TABLE focus (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  name          TEXT,
  country       TEXT,
  lat           REAL,
  lon           REAL,
  geoname_id    INTEGER,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  geoname       TEXT,
  admin1        TEXT,
  feature_class TEXT,
  PRIMARY KEY (article_id, ord)
);
INSERT INTO focus (article_id, ord, name, country, lat, lon, geoname_id, start_offset, end_offset, geoname, admin1,
                   feature_class)
SELECT a.id, f.key, json_extract(f.value, '$.name'), json_extract(f.value, '$.country'),
       json_extract(f.value, '$.lat'), json_extract(f.value, '$.lon'), json_extract(f.value, '$.geonameId'),
       json_extract(f.value, '$.start'), json_extract(f.value, '$.end'), json_extract(f.value, '$.geoname'),
       json_extract(f.value, '$.admin1'), json_extract(f.value, '$.featureClass')
FROM articles a, json_each(a.json, '$.focus') f;
CREATE INDEX focus_name ON focus (name);
