-- V2: indexes for the queries of org.newsgraph.store.query (the server's API): facts looked up by
-- who said or claimed them, what a figure counts, where, and articles by source.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

CREATE INDEX figures_counts ON figures (counts);
CREATE INDEX figures_claimant ON figures (claimant);
CREATE INDEX places_name ON places (name);
CREATE INDEX entities_actor ON entities (actor);
CREATE INDEX events_date ON events (date);
CREATE INDEX articles_source ON articles (source_path);

-- Facets of a search count months and sources among a set of article ids: covered by this index,
-- without reading the wide article rows (text and JSON).
CREATE INDEX articles_facets ON articles (id, published_date, source_path);
-- Listing newest first (published_date DESC, ingested DESC; NULL dates sort last) reads this index
-- backwards and stops after one page.
CREATE INDEX articles_newest ON articles (published_date, ingested);
