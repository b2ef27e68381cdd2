-- V2: indexes for the queries of org.newsgraph.store.query (the server's API): facts looked up by
-- who said or claimed them, what a figure counts, where, and articles by source.
-- Statements end with a semicolon at the end of a line: Migrations splits on that.

CREATE INDEX figures_counts ON figures (counts);
CREATE INDEX figures_claimant ON figures (claimant);
CREATE INDEX places_name ON places (name);
CREATE INDEX entities_actor ON entities (actor);
CREATE INDEX events_date ON events (date);
CREATE INDEX articles_source ON articles (source_path);
