-- The learned suggester's reading of each document (the stems and stem
-- pairs of its segments, counted, and the rules that fire on them), kept so
-- that learning again after a few new codings does not read and stem the
-- whole corpus again. It is derived from the text: a document's row stands
-- only for the revision it was read at, and redaction deletes every row
-- (the stems may include names it replaced).
CREATE TABLE learned_terms (
	id   INTEGER PRIMARY KEY, -- dense from 0: a term's number in the readings
	term TEXT NOT NULL
);

CREATE TABLE learned_readings (
	doc_id   TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	revision INTEGER NOT NULL, -- the document's revision it was read at
	reader   TEXT NOT NULL,    -- how it was read: the reader's version and the rules'
	segments BLOB NOT NULL     -- encoded by the suggester
);
