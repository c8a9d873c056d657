package reports

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
)

// CodePair is two codes that occur in the same interviews.
type CodePair struct {
	A       string  `json:"a"`
	B       string  `json:"b"`
	ALabel  string  `json:"a_label"`
	BLabel  string  `json:"b_label"`
	Both    int     `json:"both"`
	Jaccard float64 `json:"jaccard"`
}

// Memo is a researcher's memo as the report shows it.
type Memo struct {
	On     string `json:"on"` // "Mismatch and rematching", "interview dc-04", "the project"
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

// addSections adds the comparisons, co-occurrence, saturation, agreement,
// memos, charts and methods appendix. A section the data cannot give (no
// programmes to compare) is left out; a figure that cannot be drawn is
// left out with a warning; any other failure is an error.
func addSections(ctx context.Context, r *Report, ds *analysis.Dataset, opts Options) error {
	if r.Empty {
		r.Appendix = appendix(ds, r, opts)
		return nil
	}
	var err error
	if r.Comparison, err = compare(ctx, ds, "programme"); err != nil {
		return err
	}
	if r.RoleComparison, err = compare(ctx, ds, "role"); err != nil {
		return err
	}
	co, err := analysis.Cooccur(ctx, ds, analysis.UnitDocument, leafIDs(ds))
	if err != nil {
		return fmt.Errorf("counting co-occurring codes: %w", err)
	}
	r.Cooccurring = topPairs(r, co, 10)
	if err := assessSaturation(r, ds); err != nil {
		return err
	}
	if a := opts.Agreement; a != nil {
		c := *a
		c.Disagreements = nil
		r.Agreement, r.Disagreements = &c, a.DisagreementCount
	}
	for _, m := range ds.Memos {
		r.Memos = append(r.Memos, Memo{On: memoTarget(r, m.TargetKind, m.Target), Author: m.Author, Date: m.CreatedAt.Format("2006-01-02"), Text: m.Text})
	}
	if !opts.NoCharts {
		// The numbers are all in the tables: a figure that fails is left
		// out, and the report says so at its top.
		if r.Charts, err = drawCharts(r, r.Saturation); err != nil {
			r.Warnings = append(r.Warnings, fmt.Sprintf("Some figures could not be drawn and are left out (%s); the tables hold the same numbers.", strings.ReplaceAll(err.Error(), "\n", "; ")))
		}
	}
	r.Appendix = appendix(ds, r, opts)
	return nil
}

// Replicates is the number of Monte Carlo permutations behind the
// report's p-values where expected counts are small: 2,000 give them to
// about ±0.01, enough for a report; `groundwork compare` draws as many by
// default, so that its p-values are the report's.
const Replicates = 2000

// reportSeed draws the report's Monte Carlo p-values: `groundwork compare`'s
// default, so that the command the methods appendix gives draws them again.
const reportSeed = 1

// compare tests each code across the groups of attr; nil when no document
// has the attribute.
func compare(ctx context.Context, ds *analysis.Dataset, by string) (*analysis.Comparison, error) {
	cmp, err := analysis.Compare(ctx, ds, analysis.CompareOptions{By: by, Seed: reportSeed, Replicates: Replicates})
	switch {
	case err == nil:
		return cmp, nil
	case errors.Is(err, analysis.ErrNoGroups):
		return nil, nil
	}
	return nil, fmt.Errorf("comparing %ss: %w", by, err)
}

// assessSaturation assesses saturation as AssessSaturation does, by
// programme, in the order the documents' dates allow.
func assessSaturation(r *Report, ds *analysis.Dataset) error {
	sat, why, err := AssessSaturation(ds, analysis.SaturationOptions{By: "programme"})
	if err != nil {
		return err
	}
	r.Saturation = sat
	if why != "" {
		r.SaturationNote = "Saturation is not assessed: " + why + "."
	}
	return nil
}

// AssessSaturation assesses saturation the one way the report and the
// saturation command do: on people's codings only (analysis.IsReviewed),
// over the interviews people coded, since the codes suggestions add
// measure the rules, not the interviews, and an interview nobody coded
// adds no code because nobody read it. When no coding counted was made or
// accepted by a person, it assesses nothing and why says why (a clause). An empty
// opts.Order is by date when any document has one, else by name.
func AssessSaturation(ds *analysis.Dataset, opts analysis.SaturationOptions) (sat *analysis.Saturation, why string, err error) {
	coded, reviewed := false, false
	for c := range ds.Codings() {
		coded = true
		if analysis.IsReviewed(c) {
			reviewed = true
			break
		}
	}
	switch {
	case !coded:
		return nil, "nothing has been coded yet", nil
	case !reviewed:
		return nil, "no coding has been reviewed by a person yet, and the codes that suggestions add measure the rules, not the interviews", nil
	}
	if opts.Order == "" {
		opts.Order = saturationOrder(ds)
	}
	opts.Reviewed = true
	sat, err = analysis.AssessSaturation(ds, opts)
	if err != nil {
		return nil, "", fmt.Errorf("assessing saturation: %w", err)
	}
	return sat, "", nil
}

func memoTarget(r *Report, kind, target string) string {
	switch kind {
	case "code":
		return r.label(target)
	case "document":
		return "interview " + target
	case "coding":
		return "a coding in " + target
	case "project", "":
		return "the project"
	}
	return strings.TrimSpace(kind + " " + target)
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
func topPairs(r *Report, co *analysis.Cooccurrence, n int) []CodePair {
	var out []CodePair
	for i := range co.Codes {
		for j := i + 1; j < len(co.Codes); j++ {
			if co.Counts[i][j] > 0 {
				out = append(out, CodePair{A: co.Codes[i], B: co.Codes[j], ALabel: r.label(co.Codes[i]), BLabel: r.label(co.Codes[j]),
					Both: co.Counts[i][j], Jaccard: co.Jaccard[i][j]})
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
func appendix(ds *analysis.Dataset, r *Report, opts Options) []AppendixItem {
	var items []AppendixItem
	add := func(item, format string, args ...any) {
		items = append(items, AppendixItem{Item: item, Report: fmt.Sprintf(format, args...)})
	}
	add("Number of participants (COREQ 10)", "%s across %s.", plural(r.Overview.Interviews, "interview"), plural(len(r.Overview.Programmes), "programme"))
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
		add("Interview dates (COREQ 14)", "%s to %s (%d of %s dated).", first, last, dated, plural(r.Overview.Interviews, "interview"))
	} else {
		add("Interview dates (COREQ 14)", "Not recorded: no interview carries a date.")
	}
	if n := max(1, r.Overview.Interviews); r.Overview.interviewersSpoke() {
		add("Duration and length (COREQ 21)", "%s words in all, %s of them said by participants (the rest by interviewers); %s words per interview on average, %s by participants.",
			thousands(r.Overview.Words), thousands(r.Overview.ParticipantWords), thousands(r.Overview.Words/n), thousands(r.Overview.ParticipantWords/n))
	} else {
		add("Duration and length (COREQ 21)", "%s words in all; %s words per interview on average.", thousands(r.Overview.Words), thousands(r.Overview.Words/n))
	}
	add("Codebook (COREQ 24, 25)", "%q version %s (sha256 %s), %s in %s; codes, definitions and rules are in codebook.yaml.",
		r.Codebook.Name, orUnknown(r.Codebook.Version), r.Codebook.Hash, plural(r.Codebook.Codes, "code"), plural(len(r.Families), "family"))
	people := analysis.PeopleCoders(ds)
	switch {
	case len(people) > 0:
		add("Number of data coders (COREQ 24)", "%s (%s)%s.", plural(len(people), "person"), andList(people), suggestersNote(r))
	case r.Counting.Codings > 0:
		add("Number of data coders (COREQ 24)", "No person has coded yet; the counts are %s' suggestions.", suggesterText(ds.Coders()))
	default:
		add("Number of data coders (COREQ 24)", "Nothing has been coded yet.")
	}
	if a := r.Agreement; a != nil && a.Overall.KrippendorffAlpha != nil {
		add("Intercoder agreement", "Krippendorff's alpha %.3f over all codes (%s; %s, %s), %s.%s",
			*a.Overall.KrippendorffAlpha, alphaWord(*a.Overall.KrippendorffAlpha, a.Overall.KrippendorffAlphaCI95), andList(a.Coders),
			plural(agreementUnits(a), a.Unit)+" coded by more than one person", percentAgreementText(a), prefixSpace(weakCodesText(r, a)))
	} else {
		add("Intercoder agreement", "Not measured: no two people coded the same interviews.")
	}
	if r.Saturation == nil {
		add("Data saturation (COREQ 22)", "%s", r.SaturationNote)
	} else {
		add("Data saturation (COREQ 22)", "%s", saturationText(r))
	}
	add("Quotations identified (COREQ 29)", "Each quotation is attributed as (role, programme, interview); exemplars are chosen for typicality, not picked by hand, and no passage is quoted twice.")
	add("What was counted", "%s", r.Counting.Description)
	cmds := opts.Commands
	if len(cmds) == 0 {
		cmds = []string{"groundwork report"}
	}
	cmds = append(cmds, strings.Join(append([]string{"groundwork compare --by programme"}, opts.Counting...), " ")+" (and --by role) for the same p-values")
	add("Reproducing this report", "%s", strings.Join(cmds, "; "))
	return items
}

func suggestersNote(r *Report) string {
	if r.Counting.LeftOut > 0 {
		return fmt.Sprintf("; %s that nobody has reviewed are not counted", plural(r.Counting.LeftOut, "suggestion"))
	}
	if r.Counting.Unreviewed > 0 {
		return fmt.Sprintf("; %s that nobody has reviewed are counted as well", plural(r.Counting.Unreviewed, "suggestion"))
	}
	return ""
}

// saturationText says in words what the report's saturation assessment
// found and, when saturation was reached, what that rests on.
func saturationText(r *Report) string {
	s := r.Saturation
	o := s.Overall
	method := fmt.Sprintf("Guest, Namey and Chen 2020: a base of %s, runs of %d, new-information threshold %.0f%%; interviews in %s, people's coding only",
		plural(o.Base, "interview"), o.Run, o.Threshold*100, orderText(s))
	if o.Reason != "" {
		return fmt.Sprintf("Saturation could not be assessed (%s): %s.", method, strings.TrimSuffix(o.Reason, "."))
	}
	if !o.Reached {
		return fmt.Sprintf("Saturation was not reached (%s): every run of %d interviews added more than %.0f%% new codes.", method, o.Run, o.Threshold*100)
	}
	return fmt.Sprintf("Saturation was reached after %s: the next %s added %s (%s). %s",
		plural(o.SaturatedAt, "interview"), plural(o.Run, "interview"), newCodesText(o.Ratio, o.BaseCodes), method, saturationBasis(r))
}

// saturationBasis says what a saturation reached rests on: the codes are
// the codebook's, so how many of them the first interviews already hold
// (a codebook fixed before coding is mostly found at once, whatever the
// interviews hold), and the codes first coded after the run that declared
// it.
func saturationBasis(r *Report) string {
	o := r.Saturation.Overall
	first, base := 0, 0
	if len(o.Curve) > 0 {
		first = o.Curve[0].Cumulative
		base = o.Curve[min(o.Base, len(o.Curve))-1].Cumulative
	}
	s := fmt.Sprintf("It counts the codebook's codes as people applied them: the first interview already has %d of its %d codes and the first %s %d, so with a codebook written before coding it says that later interviews used no code not used before, not that they held no new theme",
		first, r.Codebook.Codes, plural(o.Base, "interview"), base)
	var later []string
	n := 0
	for _, p := range o.Curve {
		if p.Position > o.SaturatedAt+o.Run && len(p.NewCodes) > 0 {
			var labels []string
			for _, c := range p.NewCodes {
				labels = append(labels, r.label(c))
			}
			n += len(labels)
			later = append(later, fmt.Sprintf("%s, in %s (the %s interview)", andList(labels), p.Name, ordinal(p.Position)))
		}
	}
	switch n {
	case 0:
		return s + "; no interview after the run added a code."
	case 1:
		return s + "; after the run, 1 more code was first coded: " + later[0] + "."
	}
	return s + fmt.Sprintf("; after the run, %d more codes were first coded: %s.", n, strings.Join(later, "; "))
}

// ordinal is 1st, 2nd, 3rd, 4th, 11th, 21st.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

func newCodesText(ratio float64, base int) string {
	if ratio == 0 {
		return "no new code"
	}
	return fmt.Sprintf("%.0f%% new codes (relative to the %s of the base)", ratio*100, plural(base, "code"))
}

// orderText is the order of the interviews in words, as the saturation
// command says it, with interview-name for name.
func orderText(s *analysis.Saturation) string {
	if s.Order == "name" {
		return "interview-name order"
	}
	return s.OrderText()
}

func orderWord(order string) string {
	if order == "name" {
		return "interview-name"
	}
	return order
}

func ratio(p *float64) string {
	if p == nil {
		return "not defined"
	}
	return fmt.Sprintf("%.1f%%", *p*100)
}

// agreementUnits is the number of units more than one person coded (the
// overall count sums them over the codes).
func agreementUnits(a *analysis.Agreement) int {
	n := 0
	for _, c := range a.Codes {
		n = max(n, c.PairableUnits)
	}
	return n
}
