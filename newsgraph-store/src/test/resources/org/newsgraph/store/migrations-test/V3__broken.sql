-- The first statement is fine, the second is not: the whole script must roll back.
CREATE TABLE beats (name TEXT);
INSERT INTO no_such_table VALUES (1);
