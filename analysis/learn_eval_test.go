package analysis_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/demo"
	"github.com/groundwork-qda/groundwork/ingest/ingesttest"
)

// trainProgrammes are the demo programmes whose coding the learned
// suggester is trained on in the evaluation; the other three are unseen.
// Fixed before any result was looked at: the first four by name.
var trainProgrammes = map[string]bool{
	"Breathe Together": true, "Cancer Survivor Mentors": true, "Dementia Carers Circle": true, "Diabetes Peer Partners": true,
}

// importTrainingGold stores the demo's gold coding of the documents of
// trainProgrammes as coder "gold", and returns which documents those are.
func importTrainingGold(t *testing.T, st *corpus.Store) map[string]bool {
	t.Helper()
	train := trainDocuments(t, st)
	importGold(t, st, func(doc string) bool { return train[doc] })
	return train
}

// trainDocuments returns which documents are of trainProgrammes.
func trainDocuments(t *testing.T, st *corpus.Store) map[string]bool {
	t.Helper()
	docs, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	train := map[string]bool{}
	for _, d := range docs {
		train[d.ID] = trainProgrammes[d.Attr("programme")]
	}
	return train
}

// importGold stores the demo's gold coding of the documents keep accepts
// as coder "gold".
func importGold(t *testing.T, st *corpus.Store, keep func(doc string) bool) {
	t.Helper()
	err := st.Tx(context.Background(), func(tx *corpus.Tx) error {
		return eachGoldSpan(t, keep, tx.DocumentText, func(g goldSpan) error {
			return tx.InsertCoding(&corpus.Coding{DocID: g.doc, Start: g.start, End: g.end, Code: g.code,
				Coder: "gold", Origin: corpus.OriginImport, Status: corpus.StatusAccepted, Quote: g.quote})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// goldSpan is a code the demo's gold coding gives a span of a document
// (rune offsets), with the quote it gives.
type goldSpan struct {
	doc, quote, code string
	start, end       int
}

// eachGoldSpan calls fn with each row of the demo's gold coding of the
// documents keep accepts, placed in the text of its document (read by
// text, once a document).
func eachGoldSpan(t *testing.T, keep func(doc string) bool, text func(doc string) (string, error), fn func(goldSpan) error) error {
	t.Helper()
	files, err := demo.GoldFiles()
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold coding in the demo study: %v", err)
	}
	texts := map[string]string{}
	for _, f := range files {
		data, err := demo.ReadFile(f)
		if err != nil {
			return err
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, row := range rows[1:] {
			doc, quote, code := row[0], row[1], row[2]
			if !keep(doc) {
				continue
			}
			if _, ok := texts[doc]; !ok {
				if texts[doc], err = text(doc); err != nil {
					return err
				}
			}
			i := strings.Index(texts[doc], quote)
			if i < 0 {
				return fmt.Errorf("%s: quote not in %s: %q", f, doc, quote)
			}
			s := len([]rune(texts[doc][:i]))
			if err := fn(goldSpan{doc: doc, quote: quote, code: code, start: s, end: s + len([]rune(quote))}); err != nil {
				return err
			}
		}
	}
	return nil
}

// TestLearnedOnUnseenProgrammes trains on the gold coding of four demo
// programmes and measures, on the other three, the rules alone, the
// learned suggestions alone, and both, at the level of participant turns.
func TestLearnedOnUnseenProgrammes(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the demo study and learns every code")
	}
	st, cb := autoCodedProject(t, "demo", ingesttest.Demo(t, "")...)
	train := importTrainingGold(t, st)
	all := mustLoad(t, st, cb, analysis.Selection{})
	goldTest := map[turnCode]bool{}
	for k := range goldTurns(t, st, all) {
		if !train[k.doc] {
			goldTest[k] = true
		}
	}
	unseen := func(doc string) bool { return !train[doc] }
	rs, bs, res := compareLearned(t, st, cb, goldTest, unseen, "three unseen programmes")
	if mr, mb := macro(rs), macro(bs); mb < mr+0.05 {
		t.Errorf("learned+rules macro-F1 %.3f does not beat rules alone (%.3f) by 0.05", mb, mr)
	}
	// The cross-validated figures code learn prints must not flatter it:
	// their mean F1 over the codes learned is within 0.1 of what the same
	// models score on the unseen programmes.
	var cv, held float64
	n := 0
	byCode := map[string]codeScore{}
	for _, s := range bs {
		byCode[s.code] = s
	}
	for _, c := range res.Codes {
		if c.Status != "learned" || byCode[c.Code].gold == 0 {
			continue
		}
		cv += c.CV.F1
		held += byCode[c.Code].f1
		n++
	}
	if n == 0 {
		t.Fatal("no code was learned")
	}
	cv, held = cv/float64(n), held/float64(n)
	t.Logf("%d codes learned: mean cross-validated F1 %.3f, on unseen programmes %.3f", n, cv, held)
	if cv-held > 0.1 {
		t.Errorf("cross-validation is optimistic by %.3f (more than 0.1)", cv-held)
	}
}

// suggestedTurns returns coder's pending suggestions on the documents keep
// accepts, per participant turn.
func suggestedTurns(t *testing.T, st *corpus.Store, cb *codebook.Codebook, coder string, keep func(doc string) bool) map[turnCode]bool {
	t.Helper()
	ds := mustLoad(t, st, cb, analysis.Selection{Coders: []string{coder}, Statuses: []string{corpus.StatusSuggested}})
	out := map[turnCode]bool{}
	for c := range ds.Codings() {
		if keep(c.DocID) {
			out[turnCode{c.DocID, ds.TurnAt(c.DocID, c.Start), c.Code}] = true
		}
	}
	return out
}

// compareLearned learns from coder "gold" twice, from the words alone and
// with the rules, and scores against gold, on the documents keep accepts,
// the rules' suggestions and those of each model. It logs the three scores
// as "on <on>", and returns the rules' scores and those of the model
// learned with the rules, with the result of learning it.
func compareLearned(t *testing.T, st *corpus.Store, cb *codebook.Codebook, gold map[turnCode]bool, keep func(doc string) bool, on string) (rules, learned []codeScore, res *analysis.LearnResult) {
	t.Helper()
	ctx := context.Background()
	if _, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{Coders: []string{"gold"}, WordsOnly: true}); err != nil {
		t.Fatal(err)
	}
	fromWords := suggestedTurns(t, st, cb, corpus.LearnedCoder, keep)
	res, err := analysis.Learn(ctx, st, cb, analysis.LearnOptions{Coders: []string{"gold"}})
	if err != nil {
		t.Fatal(err)
	}
	rules = score(cb, gold, suggestedTurns(t, st, cb, corpus.AutoCoder, keep))
	words := score(cb, gold, fromWords)
	learned = score(cb, gold, suggestedTurns(t, st, cb, corpus.LearnedCoder, keep))
	t.Logf("on %s (participant turns):\n%s", on, compareTable(cb, rules, words, learned))
	t.Logf("macro-F1 over codes with gold: rules %.3f, learned from words alone %.3f, learned with the rules %.3f", macro(rules), macro(words), macro(learned))
	return rules, learned, res
}

// macro averages F1 over the codes with gold examples.
func macro(scores []codeScore) float64 {
	var sum float64
	n := 0
	for _, s := range scores[:len(scores)-1] {
		if s.gold > 0 {
			sum += s.f1
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func compareTable(cb *codebook.Codebook, rs, ls, bs []codeScore) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "code\tgold\trules F1\twords alone F1\tlearned with rules F1\t")
	idx := map[string][3]codeScore{}
	for i := range rs {
		idx[rs[i].code] = [3]codeScore{rs[i], ls[i], bs[i]}
	}
	var codes []string
	for c := range idx {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		s := idx[c]
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t%.2f\t\n", c, s[0].gold, s[0].f1, s[1].f1, s[2].f1)
	}
	tw.Flush()
	return b.String()
}

// TestLearnedOnBlindSet trains on the demo study's whole gold coding and
// measures, on twelve interviews written and coded after the method was
// frozen by someone who never saw it (testdata/blind), the rules alone, the
// model from words alone, and the model with the rules.
func TestLearnedOnBlindSet(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the demo study and the blind set, and learns every code")
	}
	st, cb := autoCodedProject(t, "blind", append(ingesttest.Demo(t, ""), "testdata/blind")...)
	blind := func(doc string) bool { return strings.HasPrefix(doc, "bl-") }
	importGold(t, st, func(doc string) bool { return !blind(doc) })
	data, err := os.ReadFile("testdata/blind/gold.csv")
	if err != nil {
		t.Fatal(err)
	}
	all := mustLoad(t, st, cb, analysis.Selection{})
	gold := placeGold(t, st, all, []goldSource{{"gold.csv", data}})
	rs, bs, _ := compareLearned(t, st, cb, gold, blind, "the blind set")
	mr, mb := macro(rs), macro(bs)
	// Floors at what was measured when the set arrived (rules 0.435, words
	// alone 0.409, with the rules 0.443): the learned model must stay at
	// least as good as the rules on unseen interviews.
	if mb < 0.42 || mb < mr-0.01 {
		t.Errorf("learned with the rules %.3f on the blind set: below the floor 0.42 or below the rules (%.3f)", mb, mr)
	}
}
