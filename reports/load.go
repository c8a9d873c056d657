package reports

import (
	"context"
	"io"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Scope says what a report counts beyond people's decisions.
type Scope struct {
	// Suggestions counts the suggestions nobody has reviewed beside
	// people's codings (the mixed view, each matrix cell saying how much of
	// it rests on them).
	Suggestions bool
	// Coders counts only these coders' codings (empty: everyone's).
	Coders []string
	// Where keeps only some documents (analysis.Selection.Where).
	Where map[string][]string
}

// LoadDataset loads the codings a report counts. By default these are the
// codings people made or accepted; when there are none, the suggestions
// nobody has reviewed, and the report built from them is a draft. It
// returns how many pending suggestions the dataset leaves out, for the
// report to say so (Options.LeftOut).
func LoadDataset(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, scope Scope) (*analysis.Dataset, int, error) {
	status, err := st.Status(ctx)
	if err != nil {
		return nil, 0, err
	}
	counted := func(coder string) bool {
		if len(scope.Coders) == 0 {
			return true
		}
		for _, c := range scope.Coders {
			if c == coder {
				return true
			}
		}
		return false
	}
	people, pending := 0, 0
	for _, c := range status.Codings {
		if !counted(c.Coder) {
			continue
		}
		switch {
		case c.Status == corpus.StatusAccepted && !corpus.IsSuggester(c.Coder):
			people += c.Count
		case c.Status == corpus.StatusSuggested:
			pending += c.Count
		}
	}
	sel := analysis.Selection{Coders: scope.Coders, Reviewed: true, Pending: scope.Suggestions, Where: scope.Where}
	leftOut := pending
	switch {
	case scope.Suggestions:
		leftOut = 0
	case people == 0 && pending > 0:
		sel, leftOut = analysis.Selection{Coders: scope.Coders, Pending: true, Where: scope.Where}, 0 // a draft
	}
	ds, err := analysis.Load(ctx, st, cb, sel)
	if err != nil || leftOut == 0 || len(scope.Where) == 0 {
		return ds, leftOut, err
	}
	// Of some documents, only their pending suggestions are left out.
	leftOut = 0
	err = st.EachCodingRef(ctx, corpus.CodingFilter{Coders: scope.Coders, Statuses: []string{corpus.StatusSuggested}}, func(c corpus.CodingRef) error {
		if ds.HasDocument(c.DocID) {
			leftOut++
		}
		return nil
	})
	return ds, leftOut, err
}

// BuildCounted builds the report of ds as `groundwork report` does: when two
// or more people coded what it counts, their agreement is measured (over
// st, which should be the snapshot ds was loaded from) and reported.
func BuildCounted(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, name string, ds *analysis.Dataset, opts Options) (*Report, error) {
	coders, err := analysis.CodedByHand(ctx, st, analysis.PeopleCoders(ds))
	if err != nil {
		return nil, err
	}
	if len(coders) >= 2 && opts.Agreement == nil {
		a, err := analysis.Agree(ctx, st, cb, analysis.AgreeOptions{Coders: coders, Seed: 1, CountOnly: true})
		if err != nil {
			return nil, err
		}
		opts.Agreement = a
	}
	return Build(ctx, name, ds, opts)
}

// StreamCodings writes the codings sel counts (those keep keeps, when not
// nil) as WriteCodings writes a dataset's, row for row, but reads them one
// chunk of documents at a time (analysis.EachDocCodings), so that a large
// project's export does not hold every coding in memory.
func StreamCodings(ctx context.Context, w io.Writer, st *corpus.Store, sel analysis.Selection, keep func(corpus.CodingRef) bool, format string) error {
	write, finish, err := codingRows(w, format)
	if err != nil {
		return err
	}
	var rt corpus.RuneText
	err = analysis.EachDocCodings(ctx, st, sel, keep, func(dc *analysis.DocCodings) error {
		rt.Reset(dc.Text)
		prog, role := dc.Doc.Attr("programme"), dc.Doc.Attr("role")
		for _, c := range dc.Codings {
			row := codingRow(&c, dc.Speaker(c.Start), rt.Slice(c.Start, c.End))
			row.Programme, row.Role = prog, role
			if err := write(row); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return finish()
}
