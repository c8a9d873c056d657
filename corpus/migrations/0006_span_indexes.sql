-- Searching by code (code:X, --code X) finds the segments that a code's
-- live codings overlap. Both sides are answered from indexes alone: a
-- coding's code, status, place and span, and a segment's span, without
-- reading rows that carry quotes and text (at 10,000 interviews this took
-- the join from about 270 ms to 60-90 ms for a code on 25,000 segments).
DROP INDEX codings_code;
CREATE INDEX codings_code ON codings (code, coder, status, orphan, doc_id, start, end);
CREATE INDEX segments_span ON segments (doc_id, start, end, seq);
