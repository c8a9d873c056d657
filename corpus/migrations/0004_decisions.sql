-- One coding per decision, a history that can be undone, and room for
-- learned suggestions.
--
-- codings gains suggested_by (the suggester that proposed a coding a person
-- accepted: its provenance), confidence (a learned suggestion's), rev (bumped
-- on every change, so an undo can tell whether someone changed the coding
-- since), origin 'learned', and ids that are never reused (AUTOINCREMENT),
-- so that an undone deletion can put a coding back under its own id.
CREATE TABLE codings_v2 (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id       TEXT NOT NULL,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	code         TEXT NOT NULL,
	coder        TEXT NOT NULL,
	origin       TEXT NOT NULL CHECK (origin IN ('rule', 'manual', 'import', 'learned')),
	status       TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
	rule         TEXT NOT NULL DEFAULT '',
	evidence     TEXT NOT NULL DEFAULT '',
	quote        TEXT NOT NULL,
	orphan       INTEGER NOT NULL DEFAULT 0,
	created_at   TEXT NOT NULL,
	updated_at   TEXT NOT NULL,
	suggested_by TEXT NOT NULL DEFAULT '',
	confidence   REAL,
	rev          INTEGER NOT NULL DEFAULT 1
);
INSERT INTO codings_v2 (id, doc_id, start, end, code, coder, origin, status, rule, evidence, quote, orphan, created_at, updated_at)
	SELECT id, doc_id, start, end, code, coder, origin, status, rule, evidence, quote, orphan, created_at, updated_at FROM codings;

-- An accepted suggestion was recorded twice: the auto coding marked
-- accepted, and a copy for the reviewer. The copy is the decision; it keeps
-- the suggestion's provenance, and the auto row goes.
UPDATE codings_v2 SET suggested_by = 'auto'
	WHERE coder <> 'auto' AND status = 'accepted' AND origin = 'rule' AND EXISTS (
		SELECT 1 FROM codings_v2 a WHERE a.coder = 'auto' AND a.status = 'accepted'
			AND a.doc_id = codings_v2.doc_id AND a.start = codings_v2.start
			AND a.end = codings_v2.end AND a.code = codings_v2.code);
DELETE FROM codings_v2
	WHERE coder = 'auto' AND status = 'accepted' AND EXISTS (
		SELECT 1 FROM codings_v2 r WHERE r.suggested_by = 'auto' AND r.doc_id = codings_v2.doc_id
			AND r.start = codings_v2.start AND r.end = codings_v2.end AND r.code = codings_v2.code);

DROP TABLE codings;
ALTER TABLE codings_v2 RENAME TO codings;
CREATE INDEX codings_doc ON codings (doc_id, start);
CREATE INDEX codings_code ON codings (code, coder, status);
CREATE INDEX codings_suggested ON codings (suggested_by) WHERE suggested_by <> '';

CREATE TABLE memos_v2 (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'code', 'document', 'coding')),
	target      TEXT NOT NULL,
	text        TEXT NOT NULL,
	author      TEXT NOT NULL,
	created_at  TEXT NOT NULL
);
INSERT INTO memos_v2 SELECT id, target_kind, target, text, author, created_at FROM memos;
DROP TABLE memos;
ALTER TABLE memos_v2 RENAME TO memos;
CREATE INDEX memos_target ON memos (target_kind, target);

-- The history: every change people make to codings, their statuses, memos
-- and the codebook, with enough to reverse it.
CREATE TABLE events (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	at         TEXT NOT NULL,
	actor      TEXT NOT NULL,          -- the coder or person who made it
	action     TEXT NOT NULL,          -- code, accept, reject, codebook rename, ...
	summary    TEXT NOT NULL,          -- in words, for `groundwork history`
	codes      TEXT NOT NULL DEFAULT '', -- the codes it touched, space-separated
	changes    TEXT NOT NULL,          -- JSON: each row or file before and after
	undoable   INTEGER NOT NULL,
	undone_at  TEXT,
	undone_by  TEXT
);
CREATE INDEX events_actor ON events (actor, id);
