package reports

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

// CodePair is two codes that occur in the same interviews.
type CodePair struct {
	A       string  `json:"a"`
	B       string  `json:"b"`
	Both    int     `json:"both"`
	Jaccard float64 `json:"jaccard"`
}

// Memo is a researcher's memo as the report shows it.
type Memo struct {
	On     string `json:"on"` // "code matching.mismatch", "document dc-04", "project"
	Author string `json:"author"`
	Date   string `json:"date"`
	Text   string `json:"text"`
}

// AppendixItem is one line of the methods appendix: a COREQ item and what
// the data can support for it.
type AppendixItem struct {
	Item   string `json:"item"`
	Report string `json:"report"`
}

// addSections adds the comparison, co-occurrence, saturation, agreement,
// memos, charts and methods appendix. A section the data cannot give (no
// programmes to compare) is left out; a figure that cannot be drawn is
// left out with a warning; any other failure is an error.
func addSections(ctx context.Context, r *Report, ds *analysis.Dataset, opts Options) error {
	if r.Empty {
		return nil
	}
	// 2,000 Monte Carlo samples give p-values to about ±0.01, enough for a
	// report; `groundwork compare` uses 10,000.
	cmp, err := analysis.Compare(ctx, ds, analysis.CompareOptions{By: "programme", Seed: opts.Seed, Replicates: 2000})
	switch {
	case err == nil:
		r.Comparison = cmp
	case !errors.Is(err, analysis.ErrNoGroups):
		return fmt.Errorf("comparing programmes: %w", err)
	}
	co, err := analysis.Cooccur(ds, analysis.UnitDocument, leafIDs(ds))
	if err != nil {
		return fmt.Errorf("counting co-occurring codes: %w", err)
	}
	r.Cooccurring = topPairs(co, 10)
	sat, err := analysis.AssessSaturation(ds, analysis.SaturationOptions{By: "programme", Order: saturationOrder(ds)})
	if err != nil {
		return fmt.Errorf("assessing saturation: %w", err)
	}
	r.Saturation = sat
	if a := opts.Agreement; a != nil {
		c := *a
		c.Disagreements = nil
		r.Agreement, r.Disagreements = &c, len(a.Disagreements)
	}
	for _, m := range ds.Memos {
		on := m.TargetKind
		if m.Target != "" {
			on += " " + m.Target
		}
		r.Memos = append(r.Memos, Memo{On: on, Author: m.Author, Date: m.CreatedAt.Format("2006-01-02"), Text: m.Text})
	}
	if !opts.NoCharts {
		// The numbers are all in the tables: a figure that fails is left
		// out, and the report says so at its top.
		if r.Charts, err = drawCharts(r, r.Saturation); err != nil {
			r.Warnings = append(r.Warnings, fmt.Sprintf("Some figures could not be drawn and are left out (%s); the tables hold the same numbers.", strings.ReplaceAll(err.Error(), "\n", "; ")))
		}
	}
	r.Appendix = appendix(ds, r)
	return nil
}

// drawCharts is Charts; tests replace it to make a figure fail.
var drawCharts = Charts

func leafIDs(ds *analysis.Dataset) []string {
	var out []string
	for _, c := range ds.Codebook.Leaves() {
		out = append(out, c.ID)
	}
	return out
}

func saturationOrder(ds *analysis.Dataset) string {
	for _, d := range ds.Docs {
		if d.Attr("date") != "" {
			return "date"
		}
	}
	return "name"
}

// topPairs returns the n pairs of distinct codes with the highest Jaccard
// similarity (ties by count, then name).
func topPairs(co *analysis.Cooccurrence, n int) []CodePair {
	var out []CodePair
	for i := range co.Codes {
		for j := i + 1; j < len(co.Codes); j++ {
			if co.Counts[i][j] > 0 {
				out = append(out, CodePair{A: co.Codes[i], B: co.Codes[j], Both: co.Counts[i][j], Jaccard: co.Jaccard[i][j]})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Jaccard != out[j].Jaccard {
			return out[i].Jaccard > out[j].Jaccard
		}
		return out[i].Both > out[j].Both
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// appendix states, for the COREQ checklist (Tong, Sainsbury and Craig
// 2007), what the project's data can support.
func appendix(ds *analysis.Dataset, r *Report) []AppendixItem {
	var items []AppendixItem
	add := func(item, format string, args ...any) {
		items = append(items, AppendixItem{Item: item, Report: fmt.Sprintf(format, args...)})
	}
	add("Number of participants (COREQ 10)", "%d interviews across %d programmes.", r.Overview.Interviews, len(r.Overview.Programmes))
	add("Participants' roles (COREQ 10, 16)", "%s.", countsText(r.Overview.Roles))
	first, last, dated := "", "", 0
	for _, d := range ds.Docs {
		if v := d.Attr("date"); v != "" {
			dated++
			if first == "" || v < first {
				first = v
			}
			if v > last {
				last = v
			}
		}
	}
	if dated > 0 {
		add("Interview dates (COREQ 14)", "%s to %s (%d of %d interviews dated).", first, last, dated, r.Overview.Interviews)
	} else {
		add("Interview dates (COREQ 14)", "Not recorded: no document carries a date attribute.")
	}
	add("Duration and length (COREQ 21)", "%d words in all; %d words per interview on average.", r.Overview.Words, r.Overview.Words/max(1, r.Overview.Interviews))
	add("Codebook (COREQ 24, 25)", "%q version %s (sha256 %s), %d codes in %d families; codes, definitions and rules are in codebook.yaml.",
		r.Codebook.Name, orUnknown(r.Codebook.Version), r.Codebook.Hash, r.Codebook.Codes, len(r.Families))
	coders := ds.Coders()
	humans := 0
	for _, c := range coders {
		if c != corpus.AutoCoder {
			humans++
		}
	}
	codersText := fmt.Sprintf("%d coders (%s)", len(coders), strings.Join(coders, ", "))
	if len(coders) == 0 {
		codersText = "no codings yet"
	}
	add("Number of data coders (COREQ 24)", "%s; %d people and %s.", codersText, humans, autoText(coders))
	if a := r.Agreement; a != nil && a.Overall.KrippendorffAlpha != nil {
		add("Intercoder agreement", "Krippendorff's alpha %.3f over all codes (%s, %d %ss), percent agreement %s.",
			*a.Overall.KrippendorffAlpha, strings.Join(a.Coders, ", "), a.Units, a.Unit, ratio(a.Overall.PercentAgreement))
	} else {
		add("Intercoder agreement", "Not measured: fewer than two coders coded the same documents (see `groundwork agree`).")
	}
	if s := r.Saturation; s != nil {
		o := s.Overall
		if o.Reached {
			add("Data saturation (COREQ 22)", "Reached at %s (Guest, Namey and Chen 2020: base %d, runs of %d, threshold %.0f%%; new-information ratio %.1f%%), interviews in %s order.",
				o.Label, o.Base, o.Run, o.Threshold*100, o.Ratio*100, s.Order)
		} else {
			add("Data saturation (COREQ 22)", "Not reached by the method of Guest, Namey and Chen 2020 (base %d, runs of %d, threshold %.0f%%). %s", o.Base, o.Run, o.Threshold*100, o.Reason)
		}
	}
	add("Quotations identified (COREQ 29)", "Each quotation is attributed as (role, programme, interview id); exemplars are chosen for typicality, not picked by hand.")
	add("What was counted", "%s", r.Counting.Description)
	return items
}

func autoText(coders []string) string {
	for _, c := range coders {
		if c == corpus.AutoCoder {
			return "groundwork's rule-based auto-coder, whose codings are suggestions until reviewed"
		}
	}
	return "no auto-coder"
}

func ratio(p *float64) string {
	if p == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", *p*100)
}
