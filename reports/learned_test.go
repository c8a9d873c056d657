package reports

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// learnedStudy is basisDocs with a stored learned model of personal
// contact, and its suggestion on hm-03 accepted by alice (accepted true)
// or pending; it returns the report of scope.
func learnedStudy(t *testing.T, accepted bool, scope Scope) *Report {
	t.Helper()
	ctx := context.Background()
	st, cb := testStore(t, testCodebook)
	figures, _ := json.Marshal(analysis.CodeLearning{Code: "boundaries.personal_contact", Positives: 12, Negatives: 30, Status: "learned",
		CV: &analysis.Figures{Precision: 0.75, Recall: 0.5, F1: 0.6}, Threshold: 0.42})
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, d := range basisDocs {
			if err := putTestDoc(tx, d); err != nil {
				return err
			}
		}
		sug := codingOf(basisDocs[2], "boundaries.personal_contact", "He texted me at eleven once.", corpus.LearnedCoder, corpus.OriginLearned, corpus.StatusSuggested)
		if err := tx.InsertCoding(sug); err != nil {
			return err
		}
		if accepted {
			if _, err := tx.Accept(sug, "alice"); err != nil {
				return err
			}
		}
		return tx.SetLearnedModel(&corpus.LearnedModel{Code: "boundaries.personal_contact", ExamplesHash: "h", Report: figures, Model: []byte("[]")})
	})
	if err != nil {
		t.Fatal(err)
	}
	ds, leftOut, err := LoadDataset(ctx, st, cb, scope)
	if err != nil {
		t.Fatal(err)
	}
	return mustBuild(t, "Learned", ds, Options{LeftOut: leftOut, NoCharts: true})
}

// When a report counts learned suggestions (accepted, or pending and
// asked for), its methods give the models' cross-validated figures per
// code in every format; when it counts none, it does not.
func TestMethodsGiveLearnedModels(t *testing.T) {
	tests := []struct {
		name     string
		accepted bool
		scope    Scope
		want     bool
	}{
		{"accepted learned suggestion", true, Scope{}, true},
		{"pending, left out", false, Scope{}, false},
		{"pending, counted", false, Scope{Suggestions: true}, true},
	}
	for _, tt := range tests {
		r := learnedStudy(t, tt.accepted, tt.scope)
		if got := len(r.LearnedModels) == 1; got != tt.want {
			t.Errorf("%s: learned models %+v, want them: %v", tt.name, r.LearnedModels, tt.want)
			continue
		}
		methods := strings.Join(r.Methods, "\n")
		if strings.Contains(methods, "cross-validation with interviews as folds") != tt.want {
			t.Errorf("%s: the methods say of learned models: %v, want %v:\n%s", tt.name, !tt.want, tt.want, methods)
		}
		if !tt.want {
			continue
		}
		if m := r.LearnedModels[0]; m.Label != "Personal contact" || m.Positives != 12 || m.Negatives != 30 || m.Precision != 0.75 || m.Recall != 0.5 || m.F1 != 0.6 || m.Threshold != 0.42 {
			t.Errorf("%s: figures %+v", tt.name, m)
		}
		out := renderAll(t, r)
		for file, want := range map[string]string{
			"report.md":   "| Personal contact | 12 | 30 | 0.75 | 0.50 | 0.60 | 0.42 |",
			"report.html": `<tr><td>Personal contact</td><td class="num">12</td><td class="num">30</td><td class="num">0.75</td><td class="num">0.50</td><td class="num">0.60</td><td class="num">0.42</td></tr>`,
			"report.json": `"learned_models": [`,
		} {
			if !strings.Contains(out[file], want) {
				t.Errorf("%s: %s lacks %s", tt.name, file, want)
			}
		}
	}
}
