package corpus

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestMigrationMergesAcceptedDoubles: a project where accepting a
// suggestion recorded two codings (the auto row marked accepted and the
// reviewer's copy) keeps one, the reviewer's, with the suggestion's
// provenance; other codings are unchanged.
func TestMigrationMergesAcceptedDoubles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), DataDir, "project.db")
	if err := privateFiles(path); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	old := &Store{db: db, rd: db, path: path, writeSem: make(chan struct{}, 1)}
	if err := old.migrateTo(ctx, 3); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, evidence, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'isolation', 'auto', 'rule', 'accepted', 'isolation/r', 'lonely', 'q', 't', 't')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, evidence, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'isolation', 'alice', 'rule', 'accepted', 'isolation/r', 'lonely', 'q', 't', 't')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, evidence, quote, created_at, updated_at)
			VALUES ('d', 9, 12, 'matching', 'auto', 'rule', 'rejected', 'matching/r', 'match', 'q', 't', 't')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, quote, created_at, updated_at)
			VALUES ('d', 9, 12, 'boundaries', 'alice', 'manual', 'accepted', 'q', 't', 't')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	st, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cs, err := st.Codings(ctx, CodingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*Coding{}
	for _, c := range cs {
		got[c.Code+"/"+c.Coder+"/"+c.Status] = c
	}
	if len(cs) != 3 {
		t.Errorf("%d codings after the migration, want 3: %v", len(cs), got)
	}
	if c := got["isolation/alice/accepted"]; c == nil || c.SuggestedBy != "auto" || c.Rule != "isolation/r" {
		t.Errorf("the accepted suggestion: %+v, want alice's with its provenance", c)
	}
	if got["isolation/auto/accepted"] != nil {
		t.Error("the auto row of the accepted suggestion is still there")
	}
	if got["matching/auto/rejected"] == nil || got["boundaries/alice/accepted"] == nil {
		t.Error("a rejection or a person's own coding was lost")
	}
}
