-- A test schema: a newsroom's desks.
CREATE TABLE desks (name TEXT PRIMARY KEY);
