-- Indexes that keep ingest linear at scale: the next document sequence
-- number and the unchanged-file check look these up once per document.
CREATE INDEX documents_seq ON documents (seq);
CREATE INDEX documents_hash ON documents (hash);
