-- The learned suggester's models, one per code: what it learned from
-- (a hash of its examples), how well it did in cross-validation, the
-- threshold it chose, and the model itself (to score documents stored
-- later without learning again).
CREATE TABLE learned_models (
	code          TEXT PRIMARY KEY,
	examples_hash TEXT NOT NULL,
	report        TEXT NOT NULL, -- JSON: examples, cross-validated figures, threshold
	model         BLOB NOT NULL,
	trained_at    TEXT NOT NULL
);
