package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

type codeLearnOptions struct {
	analysis.LearnOptions
	json bool
}

func (o *codeLearnOptions) addFlags(cmd *cobra.Command) {
	learnFlags(cmd, &o.LearnOptions)
	f := cmd.Flags()
	f.BoolVar(&o.All, "all", false, "learn every code again, even if its examples did not change")
	f.BoolVar(&o.DryRun, "dry-run", false, "learn and report, and store nothing")
	addJSONFlag(cmd, &o.json, "the figures")
}

func newCodeLearnCmd(g *globals) *cobra.Command {
	return newCommand(g, &codeLearnOptions{}, &cobra.Command{
		Use:   "learn [--code ID...] [--coders A,B]",
		Short: "Learn each code from people's coding, and suggest it in the documents not yet coded",
		Long: `Train one classifier per code on the codings people accepted (never on the
machines' suggestions; a rejected suggestion counts against its code) over the
participant segments of the documents they coded by hand, and suggest the code
on the segments of the other documents, as coder "learned" with a confidence.
Accepting or recoding a suggestion teaches its code but does not make its
document coded: the document's other suggestions stay for review.

A model reads the words and word pairs of a segment as the search index does
(stemmed, weighted by tf-idf), which of the codebook's rules fire on it, and
the speaker's role: a regularised logistic regression, run here, with no
download. Each code is cross-validated by interviews (an interview is never
split between training and testing), and the figures are printed with the
passages behind them: precision, recall and F1 at the threshold chosen (best
F1, or --precision, which each code keeps until asked otherwise; --precision 0
for the best F1). A code with fewer than --min-examples positive examples is
skipped, saying how many more passages coded with it would let it learn; so
is one whose cross-validated precision is no
better than suggesting it on every passage. A re-run learns again only the codes whose
examples changed (or all, --all), and suggests where documents changed too.
Each document's reading (its stemmed words and which rules fire) is kept in
the project for its version, so a re-run reads only the documents stored or
replaced since; redaction forgets them.`,
		Example: `  groundwork code learn
  groundwork code learn --code isolation.reduced --precision 0.8
  groundwork code learn --coders alice,bob --json`,
		Args: exactArgs(0),
	}, runCodeLearn)
}

func learnFlags(cmd *cobra.Command, o *analysis.LearnOptions) {
	f := cmd.Flags()
	f.StringSliceVar(&o.Codes, "code", nil, "only this code `ID` (repeatable)")
	f.StringSliceVar(&o.Coders, "coders", nil, "learn from these people's codings (default: those the models last learned from; everyone's the first time)")
	f.BoolVar(&o.Everyone, "everyone", false, "learn from every person's coding, whoever the models last learned from")
	f.IntVar(&o.MinExamples, "min-examples", 8, "the fewest positive examples a code needs")
	f.Var(&precisionFlag{o}, "precision", "choose thresholds to reach this cross-validated precision; 0 for the best F1 (default: as each code was last learned, the best F1 the first time)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of the cross-validation folds")
	f.BoolVar(&o.WordsOnly, "words-only", false, "learn from the words alone, without the rules' hits")
}

// precisionFlag is --precision: 0 asks for the best F1 for every code,
// where leaving it out keeps each code's last precision.
type precisionFlag struct{ o *analysis.LearnOptions }

func (p *precisionFlag) String() string {
	if p.o == nil || p.o.Precision == 0 && !p.o.BestF1 {
		return ""
	}
	return strconv.FormatFloat(p.o.Precision, 'g', -1, 64)
}

func (p *precisionFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("%q is not a number: give a precision between 0 and 1, such as 0.8", s)
	}
	p.o.Precision, p.o.BestF1 = v, v == 0
	return nil
}

func (p *precisionFlag) Type() string { return "float" }

// checkMinExamples refuses --min-examples below one, which the analysis
// would read as its default (8).
func checkMinExamples(cmd string, o *analysis.LearnOptions) error {
	if o.MinExamples < 1 {
		return &usageError{cmd: cmd, err: fmt.Errorf("--min-examples %d: a code needs at least 1 positive example to learn", o.MinExamples)}
	}
	return nil
}

func runCodeLearn(ctx context.Context, g *globals, o *codeLearnOptions) error {
	return withLearning(ctx, g, "groundwork code learn", &o.LearnOptions, func(s *session, cb *codebook.Codebook) error {
		o.LearnOptions.Progress = func(stage string) analysis.Progress { return g.io.progress(stage) }
		res, err := analysis.Learn(ctx, s.store, cb, o.LearnOptions)
		if err != nil {
			return err
		}
		res.Codes = orEmpty(res.Codes)
		return printResult(g, o.json, res, func() { writeLearned(g, res) })
	})
}

// withLearning runs fn with the project's codebook, once --min-examples is
// checked, under learning's soft memory limit: what code learn and code
// next share.
func withLearning(ctx context.Context, g *globals, command string, lo *analysis.LearnOptions, fn func(*session, *codebook.Codebook) error) error {
	if err := checkMinExamples(command, lo); err != nil {
		return err
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		done, err := s.limitLearningMemory(ctx)
		if err != nil {
			return err
		}
		defer done()
		return fn(s, cb)
	})
}

// limitLearningMemory sets the process's soft memory limit for learning
// over the project's documents; done stops keeping its headroom.
func (s *session) limitLearningMemory(ctx context.Context) (done func(), err error) {
	n, err := s.store.CountDocuments(ctx)
	if err != nil {
		return nil, err
	}
	ctx, done = context.WithCancel(ctx)
	limitLearningMemory(ctx, n)
	return done, nil
}

// writePrecisionsAsked names the codes whose thresholds were chosen to
// reach a precision, not the best F1: a bare code learn keeps it.
func writePrecisionsAsked(out io.Writer, codes []analysis.CodeLearning) {
	byPrecision := map[float64][]string{}
	for _, c := range codes {
		if c.CV != nil && c.PrecisionAsked > 0 {
			byPrecision[c.PrecisionAsked] = append(byPrecision[c.PrecisionAsked], c.Code)
		}
	}
	for _, p := range slices.Sorted(maps.Keys(byPrecision)) {
		fmt.Fprintf(out, "threshold for a precision of %.2f, not the best F1: %s (kept by a plain code learn; --precision 0 for the best F1)\n", p, strings.Join(byPrecision[p], ", "))
	}
}

// writeLearned prints each code's cross-validated figures and the
// suggestions made.
func writeLearned(g *globals, res *analysis.LearnResult) {
	if len(res.Codes) == 0 {
		fmt.Fprintln(g.io.Out, "The codebook has no codes to learn yet: add codes (groundwork codebook add), code some passages with them, then learn.")
		return
	}
	if res.Coded == 0 && !slices.ContainsFunc(res.Codes, func(c analysis.CodeLearning) bool { return c.Positives > 0 }) {
		fmt.Fprintln(g.io.Out, "Nothing to learn from yet: nobody has coded a passage. Code some interviews through (groundwork serve, or groundwork codings sheet then groundwork codings import), then learn: a code learns once enough passages are coded with it (--min-examples, 8 unless you say).")
		return
	}
	by := "people"
	if len(res.Coders) > 0 {
		by = strings.Join(res.Coders, ", ")
	}
	fmt.Fprintf(g.io.Out, "Learned from %s coded by %s, of %s (%s).\n",
		plural(res.Coded, "interview", "interviews"), by, plural(res.Documents, "interview", "interviews"), plural(res.Segments, "segment", "segments"))
	if res.AsLast {
		fmt.Fprintf(g.io.Out, "(%s: the coders the models last learned from; --coders to name others, --everyone for every person's coding)\n", by)
	}
	tw := newTable(g.io.Out)
	fmt.Fprintln(tw, "code\tpositives\tnegatives\tprecision\trecall\tF1\tthreshold\tsuggestions\t")
	var added, removed int
	var notes, rough []string
	for _, c := range res.Codes {
		added += c.Added
		removed += c.Removed
		if c.CV == nil {
			if c.Note != "" {
				note := fmt.Sprintf("%s: %s", c.Code, c.Note)
				if c.Removed > 0 {
					note += fmt.Sprintf(" (its %s removed)", plural(c.Removed, "pending suggestion", "pending suggestions"))
				}
				notes = append(notes, note)
			}
			continue
		}
		sug := fmt.Sprintf("+%d −%d (%d pending)", c.Added, c.Removed, c.Added+c.Kept)
		if c.Status == "unchanged" {
			sug = "unchanged"
		}
		if c.CV.Rough() {
			rough = append(rough, c.Code)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%.2f\t%.2f\t%s\t\n", c.Code, c.Positives, c.Negatives,
			c.CV.PrecisionText(), c.CV.RecallText(),
			c.CV.F1, c.Threshold, sug)
	}
	tw.Flush()
	fmt.Fprintln(g.io.Out, "(precision, recall and F1 are cross-validated by interviews, at the threshold: precision is found/suggested, recall found/coded, counted in passages)")
	if len(rough) > 0 {
		fmt.Fprintf(g.io.Out, "rough: %s (fewer than %d passages suggested in cross-validation: one passage more or less moves precision by a tenth or more)\n",
			strings.Join(rough, ", "), analysis.RoughBelow)
	}
	for _, n := range notes {
		fmt.Fprintf(g.io.Out, "skipped %s\n", n)
	}
	writePrecisionsAsked(g.io.Out, res.Codes)
	verb := "stored"
	if res.DryRun {
		verb = "would be stored (dry run: nothing was)"
	}
	fmt.Fprintf(g.io.Out, "%s added, %d removed, %s as coder learned. Review them with `groundwork codings review` or the workbench's Suggestions page.\n", plural(added, "suggestion", "suggestions"), removed, verb)
	if res.Coded > 0 && res.Coded == res.Documents {
		fmt.Fprintln(g.io.Out, "Every interview has people's coding, and learned suggestions go only to interviews nobody has coded: there is nowhere to suggest yet. The figures above say how well each code would be suggested in new ones.")
	}
}

type codeNextOptions struct {
	analysis.NextOptions
	json bool
}

func (o *codeNextOptions) addFlags(cmd *cobra.Command) {
	learnFlags(cmd, &o.LearnOptions)
	cmd.Flags().IntVar(&o.N, "n", 20, "how many passages")
	addJSONFlag(cmd, &o.json, "the passages")
}

func newCodeNextCmd(g *globals) *cobra.Command {
	return newCommand(g, &codeNextOptions{}, &cobra.Command{
		Use:   "next [--n 20] [--code ID]",
		Short: "The uncoded passages whose coding would teach the learned models most",
		Long: `List the passages of the documents people have not coded that the learned
models are least sure of (nearest a code's threshold), spread across
programmes and documents: coding them next teaches the models most. It learns
the codes as code learn does, and stores nothing.`,
		Example: `  groundwork code next
  groundwork code next --n 40 --code matching.mismatch --json`,
		Args: exactArgs(0),
	}, runCodeNext)
}

func runCodeNext(ctx context.Context, g *globals, o *codeNextOptions) error {
	if err := checkAtLeast("groundwork code next", "n", o.N, 1, "how many passages to list"); err != nil {
		return err
	}
	return withLearning(ctx, g, "groundwork code next", &o.LearnOptions, func(s *session, cb *codebook.Codebook) error {
		found, learned, err := analysis.Next(ctx, s.store, cb, o.NextOptions)
		if err != nil {
			return err
		}
		next, err := withPassageText(ctx, s.store, found)
		if err != nil {
			return err
		}
		nextJSON := map[string]any{"passages": orEmpty(next), "codes": orEmpty(learned)}
		return printResult(g, o.json, nextJSON, func() { writeNext(g.io.Out, next, learned) })
	})
}

// nextPassage is a passage to code next with its text, so that a
// researcher sees what they are asked to code.
type nextPassage struct {
	analysis.NextPassage
	Text string `json:"text"`
}

func withPassageText(ctx context.Context, st *corpus.Store, found []analysis.NextPassage) ([]nextPassage, error) {
	out := make([]nextPassage, len(found))
	for i, p := range found {
		seg, err := findSegment(ctx, st, p.Segment)
		if err != nil {
			return nil, fmt.Errorf("reading passage %s: %w", p.Segment, err)
		}
		out[i] = nextPassage{NextPassage: p, Text: seg.Text}
	}
	return out, nil
}

// writeNext lists the passages to code next, each with its opening words.
func writeNext(out io.Writer, next []nextPassage, codes []analysis.CodeLearning) {
	if len(next) == 0 {
		if !slices.ContainsFunc(codes, func(c analysis.CodeLearning) bool { return c.Status == "learned" }) {
			fmt.Fprintln(out, "No passage to propose: no code has learned yet (code learn says why, and how many more codings each needs).")
		} else {
			fmt.Fprintln(out, "No passage to propose: every interview has people's coding, and passages are proposed only in interviews nobody has coded by hand.")
		}
		return
	}
	tw := newTable(out)
	fmt.Fprintln(tw, "segment\tprogramme\tcode it is unsure of\tscore\tthreshold\tpassage")
	for _, p := range next {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%.2f\t%s\n", p.Segment, orDash(p.Programme), p.Code, p.Score, p.Threshold, clip(p.Text, 60))
	}
	tw.Flush()
	var docs []string
	for _, p := range next {
		if !slices.Contains(docs, p.Document) {
			docs = append(docs, p.Document)
		}
	}
	fmt.Fprintf(out, "Code the whole interview of each (%s) in the workbench (groundwork serve) or a coding sheet (groundwork codings sheet --coder NAME --documents %s -o next.csv), then run code learn again: once you code in an interview, its passages you leave uncoded teach the models that their codes are absent there.\n",
		plural(len(docs), "interview", "interviews"), strings.Join(docs, ","))
}
