package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// codingsExplainOptions name the segment to explain: DOC#N or DOC:START.
type codingsExplainOptions struct {
	ref  string
	json bool
	near int
}

func (o *codingsExplainOptions) addFlags(cmd *cobra.Command) {
	addJSONFlag(cmd, &o.json, "the explanation")
	cmd.Flags().IntVar(&o.near, "near", 3, "how many of the nearest coded passages to show for a learned suggestion")
}

func (o *codingsExplainOptions) setArgs(args []string) error {
	o.ref = args[0]
	return nil
}

func newCodingsExplainCmd(g *globals) *cobra.Command {
	return newCommand(g, &codingsExplainOptions{}, &cobra.Command{
		Use:   "explain SEGMENT|DOC:START",
		Short: "Show which rules fire on a segment, why the learned models suggest codes on it, and its codings",
		Long: `Show the segment (DOC#N, as search and exports print it, or DOC:START, a rune
offset inside it), every rule that fires on it with the words that fired it,
and the codings stored on it. For a code the learned suggester suggested
there (code learn), it shows the confidence, how well the code's model did in
cross-validation, the words of the passage that pushed its score up and those
that held it down, and the passages people coded with the code that are most
like this one.`,
		Example: `  groundwork codings explain hf-02#4
  groundwork codings explain hf-02:1375
  groundwork codings explain cp-01#7 --json`,
		Args: exactArgs(1),
	}, runCodingsExplain)
}

// segmentExplanation is what explain says of a segment (its --json).
type segmentExplanation struct {
	Segment   string `json:"segment"`
	Document  string `json:"document"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Programme string `json:"programme"`
	Role      string `json:"role"`
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	// Rules are the codebook's rules that fire on the segment; QueryRules
	// counts those run on the search index by code auto, not here.
	Rules      []ruleFired       `json:"rules"`
	QueryRules int               `json:"query_rules"`
	Codings    []explainedCoding `json:"codings"`
}

type ruleFired struct {
	Code        string   `json:"code"`
	Rule        string   `json:"rule"`
	Words       []string `json:"words"`
	Explanation string   `json:"explanation"`
}

// explainedCoding is a coding on the segment; Learned explains it when the
// learned suggester made it.
type explainedCoding struct {
	ID          int64                        `json:"id"`
	Code        string                       `json:"code"`
	Coder       string                       `json:"coder"`
	Status      string                       `json:"status"`
	Origin      string                       `json:"origin"`
	Rule        string                       `json:"rule,omitempty"`
	Evidence    string                       `json:"evidence,omitempty"`
	SuggestedBy string                       `json:"suggested_by,omitempty"`
	Confidence  *float64                     `json:"confidence,omitempty"`
	Learned     *analysis.LearnedExplanation `json:"learned,omitempty"`
}

func runCodingsExplain(ctx context.Context, g *globals, opts *codingsExplainOptions) error {
	if opts.near < 0 {
		return &usageError{cmd: "groundwork codings explain", err: fmt.Errorf("--near %d: give how many nearest coded passages to show, 0 for none", opts.near)}
	}
	return g.withCodebook(ctx, func(s *session, cb *codebook.Codebook) error {
		ex, err := explainSegment(ctx, s.store, cb, opts)
		if err != nil {
			return err
		}
		return printResult(g, opts.json, ex, func() { printExplanation(g.io.Out, ex) })
	})
}

// explainSegment gathers what explain says of the segment opts names.
func explainSegment(ctx context.Context, st *corpus.Store, cb *codebook.Codebook, opts *codingsExplainOptions) (*segmentExplanation, error) {
	seg, err := findSegment(ctx, st, opts.ref)
	if err != nil {
		return nil, err
	}
	doc, err := st.Document(ctx, seg.DocID)
	if err != nil {
		return nil, err
	}
	ex := &segmentExplanation{Segment: seg.Key(), Document: seg.DocID, Start: seg.Start, End: seg.End, Programme: doc.Attr("programme"),
		Role: doc.Attr("role"), Text: seg.Text, Rules: []ruleFired{}, Codings: []explainedCoding{}}
	if turns, err := st.Turns(ctx, seg.DocID); err == nil && seg.TurnSeq >= 1 && seg.TurnSeq <= len(turns) {
		ex.Speaker = turns[seg.TurnSeq-1].Speaker
	}
	m, err := codebook.Compile(cb)
	if err != nil {
		return nil, err
	}
	for _, h := range m.Match(codebook.Input{Text: seg.Text, Role: ex.Role, Speaker: ex.Speaker}) {
		ex.Rules = append(ex.Rules, ruleFired{Code: h.Code, Rule: h.Rule, Words: h.Words, Explanation: codebook.Explain(h)})
	}
	ex.QueryRules = len(m.QueryRules())
	codings, err := st.Codings(ctx, corpus.CodingFilter{DocIDs: []string{seg.DocID}})
	if err != nil {
		return nil, err
	}
	for _, c := range codings {
		if c.Start >= seg.End || seg.Start >= c.End {
			continue
		}
		ec := explainedCoding{ID: c.ID, Code: c.Code, Coder: c.Coder, Status: c.Status, Origin: c.Origin, Rule: c.Rule,
			Evidence: c.Evidence, SuggestedBy: c.SuggestedBy, Confidence: c.Confidence}
		if c.FromSuggester(corpus.LearnedCoder) {
			if ec.Learned, err = analysis.ExplainLearned(ctx, st, c, opts.near); err != nil {
				return nil, fmt.Errorf("explaining the learned suggestion of %s on %s: %w", c.Code, seg.Key(), err)
			}
		}
		ex.Codings = append(ex.Codings, ec)
	}
	return ex, nil
}

func printExplanation(out io.Writer, ex *segmentExplanation) {
	fmt.Fprintf(out, "%s  [%d,%d)  %s · %s · %s\n", ex.Segment, ex.Start, ex.End, orDash(ex.Programme), orDash(ex.Role), orDash(ex.Speaker))
	fmt.Fprintf(out, "  %s\n\n", clip(ex.Text, 400))
	if len(ex.Rules) == 0 {
		fmt.Fprintln(out, "No rule fires on this segment.")
	} else {
		fmt.Fprintln(out, "Rules that fire:")
		for _, r := range ex.Rules {
			fmt.Fprintf(out, "  %s\n", r.Explanation)
		}
	}
	if ex.QueryRules > 0 {
		fmt.Fprintf(out, "(%s %s run against the search index by `code auto`, not shown here.)\n", count(ex.QueryRules, "query rule"), agree(ex.QueryRules, "is", "are"))
	}
	fmt.Fprintln(out, "\nCodings stored on it:")
	if len(ex.Codings) == 0 {
		fmt.Fprintln(out, "  none")
	}
	for _, c := range ex.Codings {
		fmt.Fprintf(out, "  %s  by %s, %s (%s)", c.Code, c.Coder, c.Status, c.Origin)
		switch {
		case c.Learned != nil:
			if c.Confidence != nil {
				fmt.Fprintf(out, ", confidence %.2f", *c.Confidence)
			}
			fmt.Fprintln(out)
			printLearned(out, c.Learned)
		case c.Rule != "":
			fmt.Fprintf(out, ": rule %s on %s\n", c.Rule, c.Evidence)
		default:
			fmt.Fprintln(out)
		}
	}
}

// printLearned writes why the learned suggester suggested a code.
func printLearned(out io.Writer, l *analysis.LearnedExplanation) {
	const in = "      "
	if m := l.Model; m != nil && m.CV != nil {
		fmt.Fprintf(out, "%smodel: %d positive and %d negative examples; cross-validated precision %s, recall %s, F1 %.2f at threshold %.2f\n",
			in, m.Positives, m.Negatives, m.CV.PrecisionText(), m.CV.RecallText(), m.CV.F1, m.Threshold)
	} else {
		fmt.Fprintf(out, "%smodel: no longer stored (run `groundwork code learn --code %s`)\n", in, l.Code)
	}
	fmt.Fprintf(out, "%spushed up by: %s\n", in, orNone(l.Evidence))
	fmt.Fprintf(out, "%sheld down by: %s\n", in, orNone(featureList(l.Against, 5)))
	fmt.Fprintf(out, "%s(a word's weight is what it adds to the log-odds of the code; the confidence is not a sum of them)\n", in)
	if len(l.Nearest) == 0 {
		fmt.Fprintf(out, "%sno passage a person coded with it shares a word with this one\n", in)
		return
	}
	fmt.Fprintf(out, "%snearest passages people coded with it (likeness: cosine of their words, 1 the same words):\n", in)
	for _, p := range l.Nearest {
		fmt.Fprintf(out, "%s  %.2f  %s [%d,%d) by %s: %s\n", in, p.Similarity, p.Document, p.Start, p.End, p.Coder, clip(p.Text, 120))
	}
}

// featureList writes at most n features as "alone (−0.42), group (−0.31)".
func featureList(fs []analysis.Feature, n int) string {
	var parts []string
	for i := 0; i < len(fs) && i < n; i++ {
		parts = append(parts, fmt.Sprintf("%s (%+.2f)", fs[i].Shown(), fs[i].Weight))
	}
	return strings.Join(parts, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "none of its words weigh much"
	}
	return s
}
