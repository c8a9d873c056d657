-- A recode (rejecting a suggestion and giving its passage another code, in
-- one transaction) stores the suggester as the new coding's provenance
-- (suggested_by), as an acceptance does: a recode does not make its
-- interview one a person coded through. Recodes made before kept none.
-- They are told by their shape: a person's manual coding made at the same
-- second, on the same span, as a suggestion there was rejected.
UPDATE codings SET suggested_by = (
	SELECT r.coder FROM codings r
	WHERE r.doc_id = codings.doc_id AND r.start = codings.start AND r.end = codings.end
		AND r.status = 'rejected' AND r.coder IN ('auto', 'learned') AND r.updated_at = codings.created_at
	ORDER BY r.id LIMIT 1)
WHERE origin = 'manual' AND status = 'accepted' AND suggested_by = '' AND coder NOT IN ('auto', 'learned')
	AND EXISTS (
		SELECT 1 FROM codings r
		WHERE r.doc_id = codings.doc_id AND r.start = codings.start AND r.end = codings.end
			AND r.status = 'rejected' AND r.coder IN ('auto', 'learned') AND r.updated_at = codings.created_at);
