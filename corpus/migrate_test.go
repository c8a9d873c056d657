package corpus

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// migratedFrom makes a store at schema version, runs rows (SQL) on it, and
// opens it as groundwork does, which applies the later migrations.
func migratedFrom(t *testing.T, version int, rows ...string) *Store {
	t.Helper()
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
	if err := old.migrateTo(ctx, version); err != nil {
		t.Fatal(err)
	}
	for _, q := range rows {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	st, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestMigrationMergesAcceptedDoubles: a project where accepting a
// suggestion recorded two codings (the auto row marked accepted and the
// reviewer's copy) keeps one, the reviewer's, with the suggestion's
// provenance; other codings are unchanged.
func TestMigrationMergesAcceptedDoubles(t *testing.T) {
	ctx := context.Background()
	st := migratedFrom(t, 3,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, evidence, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'isolation', 'auto', 'rule', 'accepted', 'isolation/r', 'lonely', 'q', 't', 't')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, evidence, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'isolation', 'alice', 'rule', 'accepted', 'isolation/r', 'lonely', 'q', 't', 't')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, evidence, quote, created_at, updated_at)
			VALUES ('d', 9, 12, 'matching', 'auto', 'rule', 'rejected', 'matching/r', 'match', 'q', 't', 't')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, quote, created_at, updated_at)
			VALUES ('d', 9, 12, 'boundaries', 'alice', 'manual', 'accepted', 'q', 't', 't')`,
	)
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

// TestMigrationGivesRecodesTheirSuggester: a recode made before recodes
// kept the suggester (a person's manual coding made as a suggestion on
// the same span was rejected) gets it; a person's coding of the same span
// made at another time, or of another span, keeps none.
func TestMigrationGivesRecodesTheirSuggester(t *testing.T) {
	ctx := context.Background()
	st := migratedFrom(t, 9,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, rule, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'isolation', 'learned', 'learned', 'rejected', 'learned/isolation', 'q', 't1', 't2')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'navigation', 'alice', 'manual', 'accepted', 'q', 't2', 't2')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, quote, created_at, updated_at)
			VALUES ('d', 0, 5, 'matching', 'bob', 'manual', 'accepted', 'q', 't3', 't3')`,
		`INSERT INTO codings (doc_id, start, end, code, coder, origin, status, quote, created_at, updated_at)
			VALUES ('d', 6, 9, 'matching', 'alice', 'manual', 'accepted', 'q', 't2', 't2')`,
	)
	cs, err := st.Codings(ctx, CodingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		want := ""
		if c.Code == "navigation" {
			want = LearnedCoder
		}
		if c.Status == StatusAccepted && c.SuggestedBy != want {
			t.Errorf("%s's %s coding at %d has suggester %q, want %q", c.Coder, c.Code, c.Start, c.SuggestedBy, want)
		}
	}
	coded, err := st.DocumentsCodedByPeople(ctx, []string{"alice"})
	if err != nil {
		t.Fatal(err)
	}
	if !coded["d"] {
		t.Error("alice's own coding of another span no longer makes d hers")
	}
}
