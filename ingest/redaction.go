package ingest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// detector finds identifiers: a *redact.Detector, or in tests one that
// fails.
type detector interface {
	Detect(text string) ([]redact.Identifier, error)
	DetectAll(ctx context.Context, texts []string, workers int, progress func(done int)) ([][]redact.Identifier, error)
	MarkNames(texts []string, sure, uncertain []string) [][]redact.Identifier
}

// newDetector builds the detector (tests replace it).
var newDetector = func(opts redact.Options) (detector, error) { return redact.NewDetector(opts) }

// Redactor finds identifiers and replaces them with the project's
// consistent pseudonyms. Detection is safe to run in parallel; Apply must
// be called in document order so that numbering is reproducible.
type Redactor struct {
	det   detector
	pseud *redact.Pseudonymizer
	file  *PrivacyFile
	// dropped lists documents whose recorded replacements did not fit the
	// text Apply was given, and were forgotten.
	dropped []string
	// added are the replacements the last Apply made.
	added []redact.Edit
}

// NewRedactor builds a redactor for a project: its list of names
// (privacy.names and names a person added), its documents' speakers, and
// words that are never names: interviewer labels, what a person rejected,
// and the values of document attributes (programme names are not people).
func NewRedactor(proj *corpus.Project, file *PrivacyFile, speakers, notNames []string) (*Redactor, error) {
	return newRedactor(proj, file, speakers, notNames, false)
}

// newRedactor is NewRedactor, with prose's recogniser asked about uncertain
// names when ner is set.
func newRedactor(proj *corpus.Project, file *PrivacyFile, speakers, notNames []string, ner bool) (*Redactor, error) {
	opts := redact.DefaultOptions()
	opts.UseNER = ner
	opts.Names = append(append([]string{}, proj.Config.Privacy.Names...), file.Added...)
	opts.Speakers = speakers
	for _, a := range proj.Config.Attributes {
		notNames = append(notNames, a.Values...)
	}
	opts.NotNames = append(append(append([]string{}, proj.Config.Interviewers...), file.Rejected...), redact.NotNamesOf(notNames)...)
	// Names found before are looked for in new documents too.
	for _, e := range file.Entries {
		if e.Kind == redact.Person && !file.rejected(e.Original) {
			opts.Found = append(opts.Found, e.Original)
		}
	}
	det, err := newDetector(opts)
	if err != nil {
		return nil, err
	}
	existing := map[string]redact.Entry{}
	for i, e := range file.Entries {
		existing[fmt.Sprint(i)] = e
	}
	pseud := redact.NewPseudonymizer(existing)
	for k, n := range file.Reserved {
		pseud.Reserve(k, n)
	}
	return &Redactor{det: det, pseud: pseud, file: file}, nil
}

// Detect finds the identifiers in text, leaving out those a person
// rejected. An error (the name recogniser failed) must stop the redaction:
// going on would store every name in the text.
func (r *Redactor) Detect(text string) ([]redact.Identifier, error) {
	ids, err := r.det.Detect(text)
	if err != nil {
		return nil, fmt.Errorf("finding identifiers: %w", err)
	}
	return r.keep(ids), nil
}

func (r *Redactor) keep(ids []redact.Identifier) []redact.Identifier {
	var out []redact.Identifier
	for _, id := range ids {
		if !r.file.rejected(id.Text) {
			out = append(out, id)
		}
	}
	return out
}

// Apply replaces the identifiers in a document's text, records the
// replacements (with those made in it before, when they are positioned in
// this text; otherwise, as for a document re-ingested from its source,
// they are forgotten), and returns the new text with a function that maps
// an old rune offset to the new text. Identifiers that overlap a pseudonym
// already in the text are left out.
func (r *Redactor) Apply(doc, text string, ids []redact.Identifier) (string, func(pos int, isEnd bool) int) {
	if err := r.file.begin(); err != nil {
		// The map was not settled: commitInTx reports it, before anything
		// is committed.
		return text, func(pos int, _ bool) int { return pos }
	}
	existing := r.file.Documents[doc]
	if len(existing) > 0 && !r.file.fits(doc, text) {
		existing = nil
		r.dropped = append(r.dropped, doc)
	}
	newText, all, added := redact.Extend(text, existing, ids, r.pseud)
	r.added = added
	r.file.setDocument(doc, newText, all)
	r.file.Entries = r.pseud.Entries()
	return newText, func(pos int, isEnd bool) int { return redact.MapOffset(added, pos, isEnd) }
}

// saveInTx writes the map to path (when set) before ingest's transaction
// commits (see the comment at the top of this file).
func (r *Redactor) saveInTx(ctx context.Context, st *corpus.Store, tx *corpus.Tx, path string) error {
	if path != "" {
		r.file.path = path
	}
	return r.file.commitInTx(ctx, st, tx)
}

// remap moves a built document's turns and segments onto new text, given a
// map from old rune offsets to new. Speaker labels, which stand in the text
// before each turn as "Label: ", are taken from the new text, so that a
// redacted name in a label is redacted in the turn too.
func remap(b *Built, oldText, newText string, mapPos func(int, bool) int) {
	nr := []rune(newText)
	or := []rune(oldText)
	for i := range b.Turns {
		t := &b.Turns[i]
		if t.Speaker != "" {
			labelStart := t.Start - utf8.RuneCountInString(t.Speaker) - 2
			if labelStart >= 0 && string(or[labelStart:t.Start]) == t.Speaker+": " {
				ns, ne := mapPos(labelStart, false), mapPos(t.Start, false)-2
				if ns >= 0 && ne > ns && ne <= len(nr) {
					t.Speaker = string(nr[ns:ne])
				}
			}
		}
		t.Start, t.End = mapPos(t.Start, false), mapPos(t.End, true)
	}
	for i := range b.Segments {
		s := &b.Segments[i]
		s.Start, s.End = mapPos(s.Start, false), mapPos(s.End, true)
		s.Text = string(nr[s.Start:s.End])
		s.Speaker = b.Turns[s.TurnSeq-1].Speaker
	}
	b.Text = newText
}

// RedactOptions says what RedactProject does.
type RedactOptions struct {
	// Force looks again in documents already redacted, and goes on with a
	// map that does not belong with the store (see MismatchError).
	Force bool
	// Add are names a person added: they are redacted everywhere (and
	// imply Force).
	Add []string
	// Workers run detection (0: one per CPU).
	Workers int
	// NER asks prose's recogniser about the names the other evidence
	// leaves uncertain (fewer to review; slower).
	NER bool
	// Progress, if set, is told of each document searched.
	Progress Progress
}

// RedactReport says what a redaction run did.
type RedactReport struct {
	Documents    int            `json:"documents"`
	Replacements int            `json:"replacements"`
	ByKind       map[string]int `json:"by_kind"`
	// Uncertain counts the replacements of names the detector was not
	// sure of: they are listed first by `redact --review`.
	Uncertain int `json:"uncertain"`
	// Forgotten lists documents whose earlier replacements no longer fit
	// their text: they were redacted afresh, and what was replaced in them
	// before can no longer be restored.
	Forgotten []string `json:"forgotten,omitempty"`
	// Adopted is set when Force went on with a map that did not belong
	// with the store.
	Adopted string `json:"adopted,omitempty"`
	// Sealed counts the earlier changes to the rewritten documents' codings
	// that can no longer be undone: the history forgot the words they
	// recorded (see corpus.Tx.SealHistory).
	Sealed int `json:"sealed_history_events"`
}

// RedactProject finds and replaces identifiers in the project's documents
// (those not yet redacted, or all with Force), moving turns, segments and
// codings with the text, in one transaction, with the map saved as the
// comment at the top of this file says. Detection runs in parallel across
// documents before the transaction, and reports progress; a name found now
// is replaced in the documents redacted before too.
// It returns the documents it changed.
func RedactProject(ctx context.Context, proj *corpus.Project, st *corpus.Store, file *PrivacyFile, opts RedactOptions) (*RedactReport, []string, error) {
	rep := &RedactReport{ByKind: map[string]int{}}
	if err := file.Reconcile(ctx, st); err != nil {
		var mm *MismatchError
		if !opts.Force || !errors.As(err, &mm) {
			return nil, nil, err
		}
		if err := file.adopt(ctx, st); err != nil {
			return nil, nil, err
		}
		rep.Adopted = mm.Error()
	}
	var changed []string
	err := file.change(ctx, st, func() (err error) {
		changed, err = redactProject(ctx, proj, st, file, opts, rep)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return rep, changed, nil
}

func redactProject(ctx context.Context, proj *corpus.Project, st *corpus.Store, file *PrivacyFile, opts RedactOptions, rep *RedactReport) ([]string, error) {
	for _, n := range opts.Add {
		if !slices.Contains(file.Added, n) {
			file.Added = append(file.Added, n)
		}
	}
	force := opts.Force || len(opts.Add) > 0
	todo, others, speakers, notNames, err := redactionTodo(ctx, st, file, force)
	if err != nil {
		return nil, err
	}
	r, err := newRedactor(proj, file, speakers, notNames, opts.NER)
	if err != nil {
		return nil, err
	}
	texts := make([]string, len(todo))
	for i, d := range todo {
		texts[i] = d.Text
	}
	if opts.Progress != nil {
		opts.Progress.Start(len(todo))
		defer opts.Progress.Done()
	}
	found, err := detectAll(ctx, r, texts, opts.Workers, opts.Progress)
	if err != nil {
		return nil, err
	}
	// A name found now is replaced in the documents redacted before too.
	docs, found := append(todo, others...), append(found, r.markNames(others, found)...)
	var changed []string
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		changed = changed[:0]
		for i, d := range docs {
			if i >= len(todo) && len(found[i]) == 0 {
				continue
			}
			did, err := redactOne(ctx, st, tx, r, d, found[i], rep)
			if err != nil {
				return err
			}
			if did {
				changed = append(changed, d.ID)
			}
		}
		if rep.Sealed, err = tx.SealHistory(changed); err != nil {
			return err
		}
		if len(changed) > 0 {
			if err := tx.ForgetLearnedFeatures(); err != nil {
				return err
			}
		}
		return file.commitInTx(ctx, st, tx)
	})
	if err != nil {
		return nil, err
	}
	rep.Forgotten = r.dropped
	return changed, nil
}

// markNames finds, in documents redacted before, the names just found.
func (r *Redactor) markNames(others []*corpus.Document, found [][]redact.Identifier) [][]redact.Identifier {
	sure, uncertain := map[string]bool{}, map[string]bool{}
	for _, ids := range found {
		for _, id := range ids {
			if id.Kind == redact.Person && id.Uncertain {
				uncertain[id.Text] = true
			} else if id.Kind == redact.Person {
				sure[id.Text] = true
			}
		}
	}
	if len(others) == 0 || len(sure)+len(uncertain) == 0 {
		return make([][]redact.Identifier, len(others))
	}
	texts := make([]string, len(others))
	for i, d := range others {
		texts[i] = d.Text
	}
	marked := r.det.MarkNames(texts, slices.Sorted(maps.Keys(sure)), slices.Sorted(maps.Keys(uncertain)))
	for i := range marked {
		marked[i] = r.keep(marked[i])
	}
	return marked
}

// redactionTodo returns the documents to search (with their text), the
// documents redacted before (with their text), the speaker labels of the
// documents to search, and the attribute values of all.
func redactionTodo(ctx context.Context, st *corpus.Store, file *PrivacyFile, force bool) (todo, others []*corpus.Document, speakers, notNames []string, err error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	seen := map[string]bool{}
	for _, d := range docs {
		for _, v := range d.Attrs {
			notNames = append(notNames, v)
		}
		full, err := st.Document(ctx, d.ID)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		// A document whose text no longer fits its recorded replacements
		// (re-ingested without --redact) is searched again.
		if file.Redacted(d.ID) && !force && file.fits(d.ID, full.Text) {
			others = append(others, full)
			continue
		}
		todo = append(todo, full)
		turns, err := st.Turns(ctx, d.ID)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		for _, t := range turns {
			if !seen[t.Speaker] {
				seen[t.Speaker] = true
				speakers = append(speakers, t.Speaker)
			}
		}
	}
	sort.Strings(speakers)
	return todo, others, speakers, notNames, nil
}

// redactOne replaces ids in one document inside the transaction. The text
// was read (and searched) before it: if another command changed it since,
// nothing is changed.
func redactOne(ctx context.Context, st *corpus.Store, tx *corpus.Tx, r *Redactor, d *corpus.Document, ids []redact.Identifier, rep *RedactReport) (bool, error) {
	now, err := tx.DocumentText(d.ID)
	if err != nil {
		return false, err
	}
	if now != d.Text {
		return false, fmt.Errorf("document %s changed while its identifiers were being found; nothing was changed: run the command again", d.ID)
	}
	rep.Documents++
	newText, mapPos := r.Apply(d.ID, d.Text, ids)
	if newText == d.Text {
		return false, nil
	}
	var swaps [][2]string
	for _, e := range r.added {
		rep.ByKind[string(e.Kind)]++
		if e.Uncertain {
			rep.Uncertain++
		}
		swaps = append(swaps, [2]string{e.Original, e.Pseudonym})
	}
	rep.Replacements += len(r.added)
	return true, rewriteDocument(ctx, st, tx, d, newText, mapPos, swaps)
}

// swapWords replaces, in s, each pair's first string where it stands as a
// whole word (or words) by its second. Longer ones go first, so "Priya
// Shah" is replaced whole before "Priya".
func swapWords(s string, swaps [][2]string) string {
	if s == "" || len(swaps) == 0 {
		return s
	}
	sorted := slices.Clone(swaps)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i][0]) > len(sorted[j][0]) })
	for _, sw := range sorted {
		if sw[0] == "" || !strings.Contains(s, sw[0]) {
			continue
		}
		runes, old := []rune(s), []rune(sw[0])
		var b strings.Builder
		last := 0
		for _, at := range indexAll(runes, old, 0) {
			end := at + len(old)
			if at < last || !wordBoundary(runes, at-1) || !wordBoundary(runes, end) {
				continue
			}
			b.WriteString(string(runes[last:at]))
			b.WriteString(sw[1])
			last = end
		}
		b.WriteString(string(runes[last:]))
		s = b.String()
	}
	return s
}

func detectAll(ctx context.Context, r *Redactor, texts []string, workers int, progress Progress) ([][]redact.Identifier, error) {
	found, err := r.det.DetectAll(ctx, texts, workers, func(done int) {
		if progress != nil {
			progress.Add(1)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("finding identifiers: %w", err)
	}
	for i, ids := range found {
		found[i] = r.keep(ids)
	}
	return found, nil
}

// rewriteDocument stores a document's new text with its turns, segments and
// codings moved by mapPos. swaps are the replacements made (or undone): a
// rule's evidence, words copied from the text, changes with it.
func rewriteDocument(ctx context.Context, st *corpus.Store, tx *corpus.Tx, d *corpus.Document, newText string, mapPos func(int, bool) int, swaps [][2]string) error {
	turns, err := st.Turns(ctx, d.ID)
	if err != nil {
		return err
	}
	b := &Built{Text: d.Text, Words: d.Words, Turns: turns}
	err = st.EachSegment(ctx, corpus.SegmentFilter{DocIDs: []string{d.ID}}, func(s *corpus.Segment) error {
		b.Segments = append(b.Segments, *s)
		return nil
	})
	if err != nil {
		return err
	}
	codings, err := tx.Codings(corpus.CodingFilter{DocIDs: []string{d.ID}})
	if err != nil {
		return err
	}
	remap(b, d.Text, newText, mapPos)
	nd := *d
	nd.Text = newText
	if err := tx.DeleteDocument(d.ID); err != nil {
		return err
	}
	if err := tx.PutDocument(&nd, b.Turns, b.Segments); err != nil {
		return err
	}
	nr := []rune(newText)
	for _, c := range codings {
		c.Start, c.End = mapPos(c.Start, false), mapPos(c.End, true)
		c.Quote = string(nr[c.Start:c.End])
		c.Evidence = swapWords(c.Evidence, swaps)
		if err := tx.UpdateCoding(c); err != nil {
			return err
		}
	}
	return nil
}

// dropAttributeWords leaves out "identifiers" that are a document's own
// attribute values or words of them: a programme called "Breathe Together"
// is not two people.
func dropAttributeWords(ids []redact.Identifier, attrs map[string]string) []redact.Identifier {
	words := map[string]bool{}
	for _, v := range attrs {
		words[strings.ToLower(v)] = true
		for _, w := range strings.Fields(v) {
			words[strings.ToLower(strings.Trim(w, ".,'’"))] = true
		}
	}
	var out []redact.Identifier
	for _, id := range ids {
		if id.Kind == redact.Person && words[strings.ToLower(id.Text)] {
			continue
		}
		out = append(out, id)
	}
	return out
}

func wordBoundary(r []rune, i int) bool {
	return i < 0 || i >= len(r) || !(unicode.IsLetter(r[i]) || unicode.IsDigit(r[i]))
}
