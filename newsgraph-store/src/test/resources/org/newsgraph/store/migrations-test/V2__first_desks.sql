INSERT INTO desks (name) VALUES ('metro');
INSERT INTO desks (name) VALUES ('foreign');
