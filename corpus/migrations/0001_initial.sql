-- The first schema: documents with their canonical text, attributes, turns,
-- segments (the coded and searched units), codings and memos.
-- Positions are rune offsets [start, end) into documents.text.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE documents (
	id          TEXT PRIMARY KEY,
	seq         INTEGER NOT NULL,           -- ingestion order
	path        TEXT NOT NULL,
	format      TEXT NOT NULL,
	hash        TEXT NOT NULL,              -- sha256 of the source file
	text        TEXT NOT NULL,              -- canonical text: NFC, LF, no BOM
	words       INTEGER NOT NULL,
	ingested_at TEXT NOT NULL
);

CREATE TABLE attributes (
	doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	name   TEXT NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (doc_id, name)
);

CREATE TABLE turns (
	doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	speaker     TEXT NOT NULL,
	interviewer INTEGER NOT NULL,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	words       INTEGER NOT NULL,
	t_start_ms  INTEGER,                    -- media time, where the source has it
	t_end_ms    INTEGER,
	PRIMARY KEY (doc_id, seq)
);

CREATE TABLE segments (
	id       INTEGER PRIMARY KEY,
	doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	turn_seq INTEGER NOT NULL,
	start    INTEGER NOT NULL,
	end      INTEGER NOT NULL,
	words    INTEGER NOT NULL,
	text     TEXT NOT NULL,
	UNIQUE (doc_id, seq)
);

-- Codings are not deleted with their document: a replaced transcript
-- re-anchors them, and those that cannot be placed become orphans.
CREATE TABLE codings (
	id         INTEGER PRIMARY KEY,
	doc_id     TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	code       TEXT NOT NULL,
	coder      TEXT NOT NULL,
	origin     TEXT NOT NULL CHECK (origin IN ('rule', 'manual', 'import')),
	status     TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
	rule       TEXT NOT NULL DEFAULT '',
	evidence   TEXT NOT NULL DEFAULT '',
	quote      TEXT NOT NULL,
	orphan     INTEGER NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE INDEX codings_doc ON codings (doc_id, start);
CREATE INDEX codings_code ON codings (code, coder, status);

CREATE TABLE memos (
	id          INTEGER PRIMARY KEY,
	target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'code', 'document', 'coding')),
	target      TEXT NOT NULL,
	text        TEXT NOT NULL,
	author      TEXT NOT NULL,
	created_at  TEXT NOT NULL
);

-- Which rules produced the current auto codings of each code, so that a
-- re-run after a codebook edit touches only the codes whose rules changed.
CREATE TABLE rule_state (
	code       TEXT PRIMARY KEY,
	rules_hash TEXT NOT NULL,
	applied_at TEXT NOT NULL
);
