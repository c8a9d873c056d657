-- Every stored version of a document gets a revision, a project-wide
-- counter, so that a suggester (the rules, the learned model) codes only
-- the documents whose text changed since it last ran.
ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

CREATE TABLE suggester_docs (
	suggester TEXT NOT NULL,    -- auto, learned
	doc_id    TEXT NOT NULL,
	revision  INTEGER NOT NULL, -- the document's revision it last coded
	PRIMARY KEY (suggester, doc_id)
);

-- A project coded before revisions existed: its documents count as coded
-- by the rules (those replaced since are not known; `code auto --all`).
INSERT INTO suggester_docs (suggester, doc_id, revision)
	SELECT 'auto', id, 0 FROM documents WHERE EXISTS (SELECT 1 FROM rule_state);
