-- V5: the TIMEX3 type of each time expression (DATE, TIME, DURATION, SET), since the dates hold every time
-- expression the text has, not only calendar dates. Rows stored before it were all dates: their type is DATE.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

ALTER TABLE dates ADD COLUMN type TEXT NOT NULL DEFAULT 'DATE';
UPDATE dates SET
  type = coalesce(json_extract(a.json, '$.dates[' || dates.ord || '].type'), 'DATE')
FROM articles a WHERE a.id = dates.article_id;
CREATE INDEX dates_type ON dates (type);
