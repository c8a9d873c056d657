// Package reports builds the cross-programme theme report and the coding
// exports from an analysed corpus, and writes them as HTML, Markdown, JSON,
// CSV and XLSX.
package reports

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// Options control what a report counts and shows.
type Options struct {
	// Agreement, when set, is reported (the caller computes it when two or
	// more coders exist).
	Agreement *analysis.Agreement
	// NoCharts leaves the figures out (they take most of the build time).
	NoCharts bool
	// Title heads the report (default: the project name).
	Title string
	// QuotesPerProgramme is how many exemplar quotes each code shows per
	// programme (default 1).
	QuotesPerProgramme int
	// LeftOut counts the suggestions nobody has reviewed that the dataset
	// leaves out (LoadDataset says how many), for the report to say so.
	LeftOut int
	// Commands are the commands that reproduce the report, for the methods
	// appendix (default: groundwork report).
	Commands []string
	// Counting are the flags that select what the report counts (--coder,
	// --programme…), which `groundwork compare` takes too.
	Counting []string
}

// Bases of a report: what its numbers count.
const (
	BasisReviewed = "reviewed" // codings people made or accepted
	BasisDraft    = "draft"    // no reviewed coding: suggestions nobody has reviewed
	BasisMixed    = "mixed"    // people's codings and pending suggestions together
	BasisNone     = "none"     // nothing coded yet
)

// Report is everything the theme report says, in the order a reader needs
// it. Every number in it is in report.json.
type Report struct {
	Title string `json:"title"`
	// Draft is set when no coding has been reviewed by a person: the
	// report counts suggestions, and every format says so at its top.
	Draft          bool                 `json:"draft"`
	Codebook       CodebookInfo         `json:"codebook"`
	Counting       Counting             `json:"counting"`
	Summary        Summary              `json:"summary"`
	Overview       Overview             `json:"overview"`
	Families       []Family             `json:"families"`
	Matrix         []MatrixRow          `json:"matrix"`
	Codes          []CodeSection        `json:"codes"`
	Challenges     []Challenge          `json:"challenges"`
	Comparison     *analysis.Comparison `json:"comparison"`
	RoleComparison *analysis.Comparison `json:"role_comparison,omitempty"`
	Cooccurring    []CodePair           `json:"cooccurring"`
	Saturation     *analysis.Saturation `json:"saturation"`
	// SaturationNote says why saturation is not assessed, when it is not.
	SaturationNote string              `json:"saturation_note,omitempty"`
	Agreement      *analysis.Agreement `json:"agreement,omitempty"`
	// Disagreements counts the units the coders disagree on; the passages
	// themselves are for adjudication (`groundwork agree --disagreements`),
	// not the report, so Agreement carries none.
	Disagreements int      `json:"agreement_disagreements,omitempty"`
	Memos         []Memo   `json:"memos"`
	Charts        []Chart  `json:"charts"`
	Methods       []string `json:"methods"`
	// LearnedModels are the figures of the learned suggester's models,
	// when the report counts codings it suggested (for the methods).
	LearnedModels []LearnedModel `json:"learned_models,omitempty"`
	Appendix      []AppendixItem `json:"methods_appendix"`
	// CodeList maps every code id to its label, for the appendix.
	CodeList []CodeName `json:"code_list"`
	Empty    bool       `json:"empty"`
	// Warnings says what the report could not include (a figure that
	// failed to draw) or what limits it; every format shows them at the top.
	Warnings []string `json:"warnings,omitempty"`

	labels map[string]string
}

// CodebookInfo identifies the codebook the report was built with.
type CodebookInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Hash    string `json:"hash"` // first 12 hex digits of the file's sha256
	Codes   int    `json:"codes"`
}

// CodeName is a code's id and label.
type CodeName struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Counting says which codings the report counts.
type Counting struct {
	// Basis is reviewed, draft, mixed or none (see the Basis constants).
	Basis       string   `json:"basis"`
	Coders      []string `json:"coders"`   // the coders counted
	Statuses    []string `json:"statuses"` // the statuses counted
	Description string   `json:"description"`
	// Origins counts the counted codings by origin (rule, manual, import,
	// learned).
	Origins []NameCount `json:"origins"`
	Codings int         `json:"codings"`
	// Reviewed and Unreviewed split Codings into people's decisions and
	// suggestions nobody has reviewed.
	Reviewed   int `json:"reviewed"`
	Unreviewed int `json:"unreviewed"`
	// LeftOut counts the pending suggestions the report does not count.
	LeftOut int `json:"left_out,omitempty"`
	// CodedInterviews counts the interviews with at least one counted coding.
	CodedInterviews int `json:"coded_interviews"`
	// SuggestionsOnly counts the interviews where people's counted codings
	// are all suggestions they accepted or recoded: nobody coded them by
	// hand, so a code nobody suggested there counts as absent.
	SuggestionsOnly int `json:"interviews_with_reviewed_suggestions_only"`
}

// NameCount is a labelled count.
type NameCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Overview describes the interviews.
type Overview struct {
	Interviews int `json:"interviews"`
	Words      int `json:"words"`
	// ParticipantWords are the words participants said: Words less the
	// interviewers' turns (an AI interviewer's may be half of them).
	ParticipantWords int                `json:"participant_words"`
	Programmes       []ProgrammeSummary `json:"programmes"`
	Roles            []NameCount        `json:"roles"`
}

// ProgrammeSummary describes one programme's interviews.
type ProgrammeSummary struct {
	Name             string      `json:"name"`
	Interviews       int         `json:"interviews"`
	Words            int         `json:"words"`
	ParticipantWords int         `json:"participant_words"`
	Roles            []NameCount `json:"roles"`
}

// Family is a top-level code and the codes reported under it.
type Family struct {
	ID     string   `json:"id"`
	Label  string   `json:"label"`
	Colour string   `json:"colour"`
	Codes  []string `json:"codes"`
}

// MatrixRow is one programme's row of the framework matrix.
type MatrixRow struct {
	Programme  string `json:"programme"`
	Interviews int    `json:"interviews"`
	// Uncoded counts, in a report of people's coding, the programme's
	// interviews nobody has coded yet: they count as having no code, so a
	// share of 0 may be coding not yet done rather than a theme absent.
	Uncoded int             `json:"uncoded_interviews"`
	Cells   []analysis.Cell `json:"cells"`
}

// CodeSection reports one code.
type CodeSection struct {
	ID          string          `json:"id"`
	Label       string          `json:"label"`
	Family      string          `json:"family"`
	Depth       int             `json:"depth"`
	Colour      string          `json:"colour"`
	Definition  string          `json:"definition"`
	Interviews  int             `json:"interviews"` // interviews with the code, all programmes
	Codings     int             `json:"codings"`
	ByProgramme []analysis.Cell `json:"by_programme"`
	ByRole      []analysis.Cell `json:"by_role"`
	Quotes      []QuoteGroup    `json:"quotes"`
}

// QuoteGroup holds one programme's exemplar quotes for a code.
type QuoteGroup struct {
	Programme string     `json:"programme"`
	Quotes    []Exemplar `json:"quotes"`
}

// Exemplar is a quote as the report shows it: each passage is quoted once.
// When a passage already quoted is the only evidence a section has, the
// exemplar refers back to it instead (SeeAlso) and has no text.
type Exemplar struct {
	analysis.Quote
	// ID anchors the quote in the report ("q12").
	ID string `json:"id"`
	// SeeAlso is the ID of the quote this one refers back to, and
	// SeeAlsoUnder the heading it is quoted under.
	SeeAlso      string `json:"see_also,omitempty"`
	SeeAlsoUnder string `json:"see_also_under,omitempty"`
	// About names what a challenge's quote illustrates, the response, and
	// whether the passage is coded with the challenge too.
	About string `json:"about,omitempty"`
}

// Challenge is one challenge code with the organisational responses coded
// in the same interviews.
type Challenge struct {
	Code       string         `json:"code"`
	Label      string         `json:"label"`
	Interviews int            `json:"interviews"`
	Responses  []ResponseLink `json:"responses"`
}

// ResponseLink is a response coded in interviews that have the challenge:
// both came up in the interview, which does not make it the response to
// that challenge.
type ResponseLink struct {
	analysis.ResponseOverlap
	// Jaccard is the interviews with both codes over those with either.
	Jaccard float64 `json:"jaccard"`
	// Passages counts the passages coded with the challenge that a passage
	// coded with the response overlaps: the two codes on the same words.
	Passages int `json:"passages_with_both"`
	// Quote is a passage coded with the response and the challenge when one
	// can be quoted, else one close to a passage coded with the challenge
	// (the same or the next answer); its About says which. None when there
	// is none.
	Quote *Exemplar `json:"quote,omitempty"`
}

// LearnedModel is what a learned model says of itself (`code learn`
// prints the same): its examples, and its precision, recall and F1
// cross-validated by interview at the threshold it suggests from.
type LearnedModel struct {
	Code      string  `json:"code"`
	Label     string  `json:"label"`
	Positives int     `json:"positives"`
	Negatives int     `json:"negatives"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Threshold float64 `json:"threshold"`
	// LearnedFrom are the people whose coding the model learned from
	// (empty: everyone who coded).
	LearnedFrom []string `json:"learned_from,omitempty"`
	// Found and Suggested are the passages behind Precision and Recall
	// (see analysis.Figures); zero for a model stored without them.
	Found     int `json:"found"`
	Suggested int `json:"suggested"`
	Coded     int `json:"coded"`
}

// Build computes the report from a dataset. It reads the passages it
// quotes from the dataset's store.
func Build(ctx context.Context, projectName string, ds *analysis.Dataset, opts Options) (*Report, error) {
	if opts.QuotesPerProgramme <= 0 {
		opts.QuotesPerProgramme = 1
	}
	cb := ds.Codebook
	r := &Report{Title: opts.Title, Empty: len(ds.Docs) == 0, labels: map[string]string{}}
	if r.Title == "" {
		r.Title = projectName
	}
	for _, c := range cb.Codes() {
		r.labels[c.ID] = c.Label
		r.CodeList = append(r.CodeList, CodeName{c.ID, c.Label})
	}
	r.Codebook = CodebookInfo{Name: cb.Name, Version: cb.Version, Hash: short(cb.Hash()), Codes: len(cb.Codes())}
	r.Counting = counting(ds, opts.LeftOut)
	r.Draft = r.Counting.Basis == BasisDraft
	r.Overview = overview(ds)
	var reported []string
	for _, root := range cb.Roots() {
		f := Family{ID: root.ID, Label: root.Label, Colour: root.Colour}
		for _, c := range append([]*codebook.Code{root}, cb.Descendants(root.ID)...) {
			f.Codes = append(f.Codes, c.ID)
			reported = append(reported, c.ID)
		}
		r.Families = append(r.Families, f)
	}
	cells := analysis.Prevalence(ds, "programme", reported)
	coded := codedDocs(ds)
	for _, p := range r.Overview.Programmes {
		row := MatrixRow{Programme: p.Name, Interviews: p.Interviews}
		if r.Counting.Basis == BasisReviewed {
			for _, d := range ds.DocsIn("programme", p.Name) {
				if !coded[d.ID] {
					row.Uncoded++
				}
			}
		}
		for _, c := range cells {
			if c.Group == p.Name {
				row.Cells = append(row.Cells, c)
			}
		}
		r.Matrix = append(r.Matrix, row)
	}
	// Every quoted code's passages are read in one pass over the store.
	if err := ds.RankPassages(ctx, quotedCodes(cb, reported)); err != nil {
		return nil, err
	}
	book := newQuoteBook(ds)
	roleCells := analysis.Prevalence(ds, "role", reported)
	for _, id := range reported {
		r.Codes = append(r.Codes, codeSection(ds, book, id, cells, roleCells, opts.QuotesPerProgramme))
	}
	cr, err := analysis.ChallengesAndResponses(ctx, ds)
	if err != nil {
		return nil, err
	}
	r.Challenges = challenges(ds, book, cr)
	if err := addSections(ctx, r, ds, opts); err != nil {
		return nil, err
	}
	r.Methods = methods(ds, r)
	if err := addLearnedModels(ctx, ds, r); err != nil {
		return nil, err
	}
	r.Summary = summarise(r)
	r.Warnings = slices.Concat(coverageWarnings(r), unknownCodeWarnings(ds), r.Warnings)
	return r, nil
}

// quotedCodes lists the codes whose passages a report quotes: the leaves it
// reports and the organisational responses paired with challenges.
func quotedCodes(cb *codebook.Codebook, reported []string) []string {
	var out []string
	for _, id := range reported {
		if c, ok := cb.Code(id); ok && c.IsLeaf() {
			out = append(out, id)
		}
	}
	for _, c := range cb.GroupCodes("responses") {
		if c.IsLeaf() {
			out = append(out, c.ID)
		}
	}
	return out
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// Heading reports whether a code's section is only a heading: a top-level
// code with codes below it, whose sections hold its evidence. A top-level
// code with none (as in a flat codebook) is reported in full, prevalence
// by programme and role and quotes, as any other code is.
func (r *Report) Heading(s CodeSection) bool {
	if s.Depth > 0 {
		return false
	}
	for _, f := range r.Families {
		if f.ID == s.ID {
			return len(f.Codes) > 1
		}
	}
	return false
}

// label is a code's label (its id when the codebook does not know it).
func (r *Report) label(id string) string {
	if l, ok := r.labels[id]; ok && l != "" {
		return l
	}
	return id
}

func counting(ds *analysis.Dataset, leftOut int) Counting {
	c := Counting{Coders: ds.Coders(), Statuses: ds.Selection.Statuses, Codings: ds.NumCodings(), LeftOut: leftOut}
	if len(c.Statuses) == 0 || ds.Selection.Reviewed || ds.Selection.Pending {
		c.Statuses = nil
		if ds.Selection.Reviewed || !ds.Selection.Pending {
			c.Statuses = append(c.Statuses, corpus.StatusAccepted)
		}
		if ds.Selection.Pending || !ds.Selection.Reviewed {
			c.Statuses = append(c.Statuses, corpus.StatusSuggested)
		}
	}
	origins := map[string]int{}
	coded, reviewed, handCoded := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for k := range ds.Codings() {
		origins[originOf(k)]++
		coded[k.DocID] = true
		if analysis.IsReviewed(k) {
			c.Reviewed++
			reviewed[k.DocID] = true
			handCoded[k.DocID] = handCoded[k.DocID] || k.SuggestedBy == ""
		} else {
			c.Unreviewed++
		}
	}
	c.Origins = sortedCounts(origins)
	c.CodedInterviews = len(coded)
	for doc := range reviewed {
		if !handCoded[doc] {
			c.SuggestionsOnly++
		}
	}
	switch {
	case c.Reviewed > 0 && c.Unreviewed > 0:
		c.Basis = BasisMixed
	case c.Reviewed > 0:
		c.Basis = BasisReviewed
	case c.Unreviewed > 0:
		c.Basis = BasisDraft
	default:
		c.Basis = BasisNone
	}
	c.Description = countingText(c, ds)
	return c
}

// originOf is where a coding came from, as the report counts it: its
// origin, but "recoded" for a person's code on a suggestion's passage.
func originOf(k corpus.CodingRef) string {
	if k.Origin == corpus.OriginManual && k.SuggestedBy != "" {
		return "recoded"
	}
	return k.Origin
}

// codedDocs returns the documents with at least one counted coding.
func codedDocs(ds *analysis.Dataset) map[string]bool {
	coded := map[string]bool{}
	for k := range ds.Codings() {
		coded[k.DocID] = true
	}
	return coded
}

// countingText says in words what the report counts.
func countingText(c Counting, ds *analysis.Dataset) string {
	people := analysis.PeopleCoders(ds)
	if slices.Contains(ds.Coders(), analysis.ConsensusCoder) {
		people = append(people, "the adjudicated consensus")
	}
	who := ""
	if len(people) > 0 {
		who = " (" + andList(people) + ")"
	}
	var s string
	switch c.Basis {
	case BasisReviewed:
		s = fmt.Sprintf("This report counts the %s people made or accepted%s.", plural(c.Reviewed, "coding"), who)
		if c.LeftOut > 0 {
			s += fmt.Sprintf(" %s that nobody has reviewed yet %s left out.", capital(plural(c.LeftOut, "suggestion")), isAre(c.LeftOut))
		}
	case BasisMixed:
		s = fmt.Sprintf("This report counts the %s people made or accepted%s together with %s that nobody has reviewed yet; each cell of the framework matrix says how many of its interviews rest on unreviewed suggestions alone.",
			plural(c.Reviewed, "coding"), who, plural(c.Unreviewed, "suggestion"))
	case BasisDraft:
		s = fmt.Sprintf("No coding has been reviewed by a person yet, so this draft counts the %s made by %s and not yet reviewed. Its numbers say what the rules find, not what the interviews hold: review the suggestions, or import people's coding, before using them.",
			plural(c.Unreviewed, "suggestion"), suggesterText(ds.Coders()))
	default:
		s = "Nothing has been coded yet."
	}
	return s + coverageText(ds)
}

// coverageText says which interviews a report of some of them covers.
func coverageText(ds *analysis.Dataset) string {
	if len(ds.Selection.Where) == 0 {
		return ""
	}
	var conds []string
	for _, attr := range slices.Sorted(maps.Keys(ds.Selection.Where)) {
		conds = append(conds, fmt.Sprintf("whose %s is %s", attr, orList(ds.Selection.Where[attr])))
	}
	return fmt.Sprintf(" It covers %d of the project's %d interviews: those %s.", len(ds.Docs), ds.AllDocuments, strings.Join(conds, " and "))
}

func suggesterText(coders []string) string {
	var parts []string
	for _, c := range coders {
		switch c {
		case corpus.AutoCoder:
			parts = append(parts, "the codebook's rules")
		case corpus.LearnedCoder:
			parts = append(parts, "a model learned from people's coding")
		default:
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return "the suggesters"
	}
	return andList(parts)
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// andList joins words as prose: "a", "a and b", "a, b and c".
func andList(words []string) string { return joinList(words, "and") }

// orList joins words as prose: "a", "a or b", "a, b or c".
func orList(words []string) string { return joinList(words, "or") }

func joinList(words []string, conj string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

func sortedCounts(m map[string]int) []NameCount {
	out := make([]NameCount, 0, len(m))
	for k, v := range m {
		out = append(out, NameCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// WordsText says how many words the interviews hold and, when
// interviewers said some, how many of them the participants said.
func (o Overview) WordsText() string {
	if !o.interviewersSpoke() {
		return thousands(o.Words) + " words"
	}
	return fmt.Sprintf("%s words, %s of them said by participants", thousands(o.Words), thousands(o.ParticipantWords))
}

// interviewersSpoke reports whether some of the words are interviewers'
// (a store whose turns have no word counts gives no participants' words).
func (o Overview) interviewersSpoke() bool {
	return o.ParticipantWords > 0 && o.ParticipantWords < o.Words
}

func overview(ds *analysis.Dataset) Overview {
	o := Overview{Interviews: len(ds.Docs)}
	roles := map[string]int{}
	for _, d := range ds.Docs {
		o.Words += d.Words
		o.ParticipantWords += ds.ParticipantWords(d.ID)
		roles[orUnknown(d.Attr("role"))]++
	}
	o.Roles = sortedCounts(roles)
	for _, p := range ds.Groups("programme") {
		ps := ProgrammeSummary{Name: p}
		pr := map[string]int{}
		for _, d := range ds.DocsIn("programme", p) {
			ps.Interviews++
			ps.Words += d.Words
			ps.ParticipantWords += ds.ParticipantWords(d.ID)
			pr[orUnknown(d.Attr("role"))]++
		}
		ps.Roles = sortedCounts(pr)
		o.Programmes = append(o.Programmes, ps)
	}
	return o
}

// orUnknown names a missing programme or role.
func orUnknown(s string) string {
	if s == "" {
		return "not recorded"
	}
	return s
}

func codeSection(ds *analysis.Dataset, book *quoteBook, id string, cells, roleCells []analysis.Cell, perProgramme int) CodeSection {
	c, _ := ds.Codebook.Code(id)
	fam := ds.Codebook.Family(id)
	s := CodeSection{ID: id, Label: c.Label, Family: fam.ID, Depth: c.Depth, Colour: c.Colour, Definition: c.Definition}
	if s.Colour == "" {
		s.Colour = fam.Colour
	}
	for _, cell := range cells {
		if cell.Code == id {
			s.ByProgramme = append(s.ByProgramme, cell)
			s.Interviews += cell.Informants
			s.Codings += cell.Segments
		}
	}
	for _, cell := range roleCells {
		if cell.Code == id {
			s.ByRole = append(s.ByRole, cell)
		}
	}
	if !c.IsLeaf() {
		return s // families are reported through their codes' quotes
	}
	for _, p := range ds.Groups("programme") {
		if qs := book.exemplars(id, p, perProgramme, c.Label); len(qs) > 0 {
			s.Quotes = append(s.Quotes, QuoteGroup{Programme: p, Quotes: qs})
		}
	}
	return s
}

// coverageWarnings says when people have coded only some interviews: the
// others count as having no code.
func coverageWarnings(r *Report) []string {
	c := r.Counting
	if r.Empty || c.Basis != BasisReviewed || c.CodedInterviews >= r.Overview.Interviews && c.SuggestionsOnly == 0 {
		return nil
	}
	rest := r.Overview.Interviews - c.CodedInterviews
	if rest == 0 {
		return []string{fmt.Sprintf("People have coded %d of the %d interviews by hand so far, and only reviewed suggestions in the other %d: there, a code nobody suggested counts as absent, so its share may be lower than it will be.",
			c.CodedInterviews-c.SuggestionsOnly, r.Overview.Interviews, c.SuggestionsOnly)}
	}
	verb := "count"
	if rest == 1 {
		verb = "counts"
	}
	if c.SuggestionsOnly > 0 {
		return []string{fmt.Sprintf("People have coded %d of the %d interviews by hand so far, and only reviewed suggestions in %d more (there, a code nobody suggested counts as absent); %s not yet coded %s as having no code, so shares are lower than they will be.",
			c.CodedInterviews-c.SuggestionsOnly, r.Overview.Interviews, c.SuggestionsOnly, plural(rest, "interview"), verb)}
	}
	return []string{fmt.Sprintf("People have coded %d of the %d interviews so far; %s not yet coded %s as having no code, so shares are lower than they will be.",
		c.CodedInterviews, r.Overview.Interviews, plural(rest, "interview"), verb)}
}

// unknownCodeWarnings says when codings counted have a code the codebook
// does not have (its id changed by hand in codebook.yaml): the report has
// no row for them, so they would be missing from it without a word.
func unknownCodeWarnings(ds *analysis.Dataset) []string {
	counts := map[string]int{}
	for c := range ds.Codings() {
		if _, ok := ds.Codebook.Code(c.Code); !ok {
			counts[c.Code]++
		}
	}
	if len(counts) == 0 {
		return nil
	}
	n := 0
	var ids []string
	for _, id := range slices.Sorted(maps.Keys(counts)) {
		n += counts[id]
		ids = append(ids, fmt.Sprintf("%s (%d)", id, counts[id]))
	}
	verb := "are"
	if n == 1 {
		verb = "is"
	}
	return []string{fmt.Sprintf("%s counted %s of codes codebook.yaml does not have, so the report counts them under no code: %s. Was a code's id changed by hand? `groundwork check` says how to give them their code back.",
		plural(n, "coding"), verb, strings.Join(ids, ", "))}
}

// suggestedUnits says, for the unit of coding, what the suggestions the
// report counts mark: the segments the rules matched, those the learned
// models suggested, or (none counted) nothing.
func suggestedUnits(ds *analysis.Dataset) string {
	var rules, learned bool
	for c := range ds.Codings() {
		rules = rules || c.Origin == corpus.OriginRule
		learned = learned || c.Origin == corpus.OriginLearned
	}
	switch {
	case rules && learned:
		return " (or, for suggestions, the participant segments the rules matched or the learned models suggested)"
	case rules:
		return " (or, for suggestions, the participant segments the rules matched)"
	case learned:
		return " (or, for suggestions, the participant segments the learned models suggested)"
	}
	return ""
}

func methods(ds *analysis.Dataset, r *Report) []string {
	var out []string
	out = append(out, fmt.Sprintf("Data: %s (%s) across %s.", plural(r.Overview.Interviews, "interview"), r.Overview.WordsText(), plural(len(r.Overview.Programmes), "programme")))
	out = append(out, "Unit of coding: the passages of participants' answers that people marked with a code"+suggestedUnits(ds)+". Interviewers' questions are not coded.")
	out = append(out, "Prevalence is counted at the informant level: a cell is the share of a programme's interviews in which the code was applied at least once; the number of coded passages is shown beside it. A family's prevalence counts interviews with any of its codes.")
	out = append(out, r.Counting.Description)
	out = append(out, "Exemplar quotes are chosen for being typical: the coded passages whose content words are closest (cosine similarity of stemmed words) to all passages coded with the code, each from a different interview where possible. A quote is the whole sentences holding the coded passage, cut at sentence boundaries to at most 60 words (an ellipsis marks a cut); no passage is quoted twice. Each is attributed as (role, programme, interview).")
	if people := analysis.PeopleCoders(ds); len(people) > 0 {
		out = append(out, fmt.Sprintf("Coders whose codings are counted: %s.", andList(people)))
	}
	return out
}

// addLearnedModels adds the learned models' figures, and a paragraph of
// the methods saying how they were measured, when the report counts
// codings the learned suggester made: a reader must be able to judge
// the machine's part in the findings.
func addLearnedModels(ctx context.Context, ds *analysis.Dataset, r *Report) error {
	if !ds.CountsLearned() {
		return nil
	}
	figs, err := ds.LearnedFigures(ctx)
	if err != nil {
		return err
	}
	for _, f := range figs {
		if f.CV == nil {
			continue
		}
		r.LearnedModels = append(r.LearnedModels, LearnedModel{Code: f.Code, Label: r.label(f.Code), Positives: f.Positives, Negatives: f.Negatives,
			Precision: f.CV.Precision, Recall: f.CV.Recall, F1: f.CV.F1, Threshold: f.Threshold, LearnedFrom: f.Coders,
			Found: f.CV.Found, Suggested: f.CV.Suggested, Coded: f.CV.Coded})
	}
	outcome, err := ds.LearnedOutcome(ctx)
	if err != nil {
		return err
	}
	pending, accepted := 0, 0
	for c := range ds.Codings() {
		switch {
		case c.Coder == corpus.LearnedCoder:
			pending++
		case c.Origin == corpus.OriginLearned:
			accepted++
		}
	}
	learnCmd := "groundwork code learn" + codersFlag(r.LearnedModels)
	s := fmt.Sprintf("Some of the codings counted were suggested by models learned from people's coding (%s): %d accepted by a person and %d not yet reviewed. ", learnCmd, accepted, pending) +
		reviewedText(outcome) +
		"Each code has its own model, a regularised logistic regression over the stemmed words and word pairs of participant segments (tf-idf), the codebook's rules that fire on them and the speaker's role, trained on the codings " + learnedFrom(r.LearnedModels) + " made or accepted (a rejected suggestion counting against its code). " +
		"Its precision, recall and F1 were estimated by cross-validation with interviews as folds (an interview is never split between training and testing), at the threshold it suggests from"
	if len(r.LearnedModels) == 0 {
		s += "; the models are no longer stored, so their figures cannot be given here (run groundwork code learn to train them again)."
	} else {
		s += "; the table below gives them per code, as the models were last trained (the models that made suggestions reviewed earlier may have differed), with the passages behind each proportion: precision is those found of those suggested, recall those found of those people coded."
		if rough := roughModels(r.LearnedModels); len(rough) > 0 {
			s += fmt.Sprintf(" The figures of %s rest on fewer than %d suggested passages and are rough: one passage more or less moves a precision by a tenth or more.", andList(rough), analysis.RoughBelow)
		}
	}
	r.Methods = append(r.Methods, s)
	return nil
}

// reviewedText says how people judged the learned suggestions they
// reviewed (the share accepted is the plainest measure of the models),
// or nothing when none was reviewed.
func reviewedText(o analysis.LearnedOutcome) string {
	n := o.Reviewed()
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("Of the %s people reviewed, %d (%.0f%%) were accepted, %d given another code and %d rejected. ",
		plural(n, "learned suggestion"), o.Accepted, 100*float64(o.Accepted)/float64(n), o.Recoded, o.Rejected)
}

// roughModels are the labels of the models whose figures rest on too few
// suggested passages (see analysis.RoughBelow).
func roughModels(models []LearnedModel) []string {
	var out []string
	for _, m := range models {
		if m.figures().Rough() {
			out = append(out, m.Label)
		}
	}
	return out
}

// learnedFrom says whose coding the models learned from, for the methods:
// the people, when every model learned from the same ones; "each person
// who coded" when every model learned from everyone's.
func learnedFrom(models []LearnedModel) string {
	groups := map[string][]string{} // people → codes
	var keys []string
	for _, m := range models {
		k := strings.Join(m.LearnedFrom, ", ")
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], m.Code)
	}
	switch {
	case len(keys) == 0 || len(keys) == 1 && keys[0] == "":
		return "people"
	case len(keys) == 1:
		return keys[0]
	}
	var parts []string
	for _, k := range keys {
		who := k
		if who == "" {
			who = "everyone"
		}
		parts = append(parts, fmt.Sprintf("%s for %s", who, strings.Join(groups[k], ", ")))
	}
	return "people (" + strings.Join(parts, "; ") + ")"
}

// codersFlag is the --coders flag that learns again from whom every model
// learned from: the names as the flag reads them (a list of comma-separated
// values, so a name with a comma is quoted), the whole quoted for a shell
// where it needs it; "" when the models learned from everyone, or from
// different people.
func codersFlag(models []LearnedModel) string {
	if len(models) == 0 || len(models[0].LearnedFrom) == 0 {
		return ""
	}
	for _, m := range models[1:] {
		if !slices.Equal(m.LearnedFrom, models[0].LearnedFrom) {
			return ""
		}
	}
	names := make([]string, len(models[0].LearnedFrom))
	for i, n := range models[0].LearnedFrom {
		names[i] = n
		if strings.ContainsAny(n, ",\"") {
			names[i] = `"` + strings.ReplaceAll(n, `"`, `""`) + `"`
		}
	}
	v := strings.Join(names, ",")
	if strings.ContainsAny(v, " '\"()$`\\&;|<>*?!#~") {
		v = "'" + strings.ReplaceAll(v, "'", `'\''`) + "'"
	}
	return " --coders " + v
}
