-- What an event changed, one row per change, written as the change is
-- made: an event that settles a hundred thousand suggestions no longer
-- holds its rows in memory to write them as one JSON value at the end.
-- Events recorded before keep their changes in events.changes (JSON);
-- new events leave that '[]'.
CREATE TABLE event_changes (
	event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,            -- the order the changes were made
	kind     TEXT NOT NULL,               -- coding, memo, rule_state, file
	row_id   INTEGER NOT NULL DEFAULT 0,  -- the coding's or memo's id
	key      TEXT NOT NULL DEFAULT '',    -- a rule_state code, a file's path
	doc_id   TEXT NOT NULL DEFAULT '',    -- a coding's document (before or after), for sealing
	before   TEXT,                        -- JSON row or file (NULL: absent)
	after    TEXT,
	PRIMARY KEY (event_id, seq)
);
CREATE INDEX event_changes_row ON event_changes (kind, row_id, key, event_id);
CREATE INDEX event_changes_doc ON event_changes (doc_id);
