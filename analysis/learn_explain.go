package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
)

// LearnedExplanation says why the learned suggester made a suggestion: the
// features of the passage that pushed its score up (as stored with it), the
// features its code's model weighs most for and against, how well the model
// did in cross-validation, and the passages people coded with the code that
// are most like this one.
type LearnedExplanation struct {
	Code       string        `json:"code"`
	Confidence float64       `json:"confidence"`
	Evidence   string        `json:"evidence"`
	Model      *CodeLearning `json:"model,omitempty"`
	Features   []Feature     `json:"features,omitempty"`
	// Against are the words of the passage that the model weighs most
	// against the code (those of Features with a negative weight that the
	// passage holds), strongest first: what held its score down.
	Against []Feature     `json:"against,omitempty"`
	Nearest []NearPassage `json:"nearest"`
}

// NearPassage is a coded passage and how alike it is (cosine of tf-idf).
type NearPassage struct {
	Document   string  `json:"document"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Coder      string  `json:"coder"`
	Text       string  `json:"text"`
	Similarity float64 `json:"similarity"`
}

// ExplainLearned explains a learned suggestion (a coding made by the
// learned suggester).
func ExplainLearned(ctx context.Context, st *corpus.Store, c *corpus.Coding, near int) (*LearnedExplanation, error) {
	if !c.FromSuggester(corpus.LearnedCoder) {
		return nil, fmt.Errorf("coding %d was not suggested by the learned suggester", c.ID)
	}
	ex := &LearnedExplanation{Code: c.Code, Evidence: c.Evidence}
	if c.Confidence != nil {
		ex.Confidence = *c.Confidence
	}
	models, err := st.LearnedModels(ctx)
	if err != nil {
		return nil, err
	}
	if m := models[c.Code]; m != nil {
		var cl CodeLearning
		if json.Unmarshal(m.Report, &cl) == nil {
			ex.Model = &cl
		}
		json.Unmarshal(m.Model, &ex.Features)
	}
	words := wordsOfTerms(c.Quote)
	ex.Against = heldDown(ex.Features, c.Quote)
	for i := range ex.Against {
		ex.Against[i].Words = words[ex.Against[i].Term]
	}
	ex.Evidence = evidenceInWords(ex.Evidence, words) // as EvidenceInWords
	var coders []string
	if ex.Model != nil {
		coders = ex.Model.Coders
	}
	ex.Nearest, err = nearestCoded(ctx, st, c, near, coders)
	return ex, err
}

// nearestCoded ranks the passages people (those of coders, the model's:
// nil, everyone) coded with c's code by their likeness to c's passage,
// with a vocabulary of those passages alone. A passage overlapping c's own
// is left out: it is c said again, not a passage like it.
func nearestCoded(ctx context.Context, st *corpus.Store, c *corpus.Coding, n int, coders []string) ([]NearPassage, error) {
	coded, err := st.Codings(ctx, corpus.CodingFilter{Codes: []string{c.Code}, Coders: coders, Statuses: []string{corpus.StatusAccepted}})
	if err != nil {
		return nil, err
	}
	var people []*corpus.Coding
	for _, k := range coded {
		if !corpus.IsSuggester(k.Coder) && !(k.DocID == c.DocID && k.Start < c.End && c.Start < k.End) {
			people = append(people, k)
		}
	}
	texts := make([]string, 0, len(people)+1)
	texts = append(texts, c.Quote)
	for _, k := range people {
		texts = append(texts, k.Quote)
	}
	sw := newIndexStops()
	v := newVocabulary(sw, func(fn func(string)) {
		for _, t := range texts {
			fn(t)
		}
	})
	target := v.vector(sw, c.Quote)
	out := make([]NearPassage, 0, len(people))
	for i, k := range people {
		sim := round3(target.cosine(v.vector(sw, texts[i+1])))
		if sim == 0 {
			continue // shares no word with it: not near
		}
		out = append(out, NearPassage{Document: k.DocID, Start: k.Start, End: k.End, Coder: k.Coder, Text: texts[i+1], Similarity: sim})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Similarity > out[j].Similarity })
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// heldDown returns the features with a negative weight that text holds,
// most negative first.
func heldDown(fs []Feature, text string) []Feature {
	has := map[string]bool{}
	newIndexStops().terms(text, func(term string) { has[term] = true })
	var out []Feature
	for _, f := range fs {
		if f.Weight < 0 && has[f.Term] {
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight < out[j].Weight })
	return out
}

// wordsOfTerms maps each term of text (a stem, or a pair of consecutive
// stems) to the words of text it was first said as: "sai" to "said", "want
// talk" to "wanted to talk" (the stop words between the pair's words kept,
// as they were said).
func wordsOfTerms(text string) map[string]string {
	out := map[string]string{}
	newIndexStops().termSpans(text, func(term string, start, end int) {
		if _, ok := out[term]; !ok {
			out[term] = text[start:end]
		}
	})
	return out
}

// EvidenceInWords is a learned suggestion's stored evidence as its
// passage said it: the passage's words for the terms ("says (+0.41)" for
// "sai (+0.41)"), as explanations show it.
func EvidenceInWords(evidence, passage string) string {
	return evidenceInWords(evidence, wordsOfTerms(passage))
}

// evidenceInWords rewrites a learned suggestion's evidence ("sai (+0.41),
// role: patient (+0.20)") with the passage's words for its terms ("said
// (+0.41), role: patient (+0.20)"); the rules' and roles' names stay.
func evidenceInWords(evidence string, words map[string]string) string {
	if evidence == "" {
		return ""
	}
	parts := strings.Split(evidence, "), ")
	for i, p := range parts {
		k := strings.LastIndex(p, " (")
		if k < 0 {
			continue
		}
		if w := words[p[:k]]; w != "" {
			parts[i] = w + p[k:]
		}
	}
	return strings.Join(parts, "), ")
}
