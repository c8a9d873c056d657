-- Redaction seals the events that changed codings in the documents it
-- rewrites: their recorded rows (quotes in the old words) are forgotten and
-- they can no longer be undone; sealed says so in the history.
ALTER TABLE events ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
