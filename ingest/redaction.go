package ingest

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// detector finds identifiers: a *redact.Detector, or in tests one that
// fails.
type detector interface {
	Detect(text string) ([]redact.Identifier, error)
	ScanAll(ctx context.Context, n int, text func(i int) (string, error), workers int, progress func(done int)) (*redact.Scans, error)
	NameMarker(sure, uncertain []string) *redact.NameMarker
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
	return newRedactor(proj, file, speakers, notNames, nil, false)
}

// newRedactor is NewRedactor, with people's names the documents' attributes
// give (people), and prose's recogniser asked about uncertain names when ner
// is set.
func newRedactor(proj *corpus.Project, file *PrivacyFile, speakers, notNames, people []string, ner bool) (*Redactor, error) {
	opts := redact.DefaultOptions()
	opts.UseNER = ner
	interviewers, named := interviewerRoles(proj.Config.Interviewers)
	opts.Names = slices.Concat(proj.Config.Privacy.Names, file.Added, named, people, fullNameLabels(speakers))
	// A label the project lists as an interviewer's role ("AI",
	// "Interviewer") is no person's, whatever it looks like ("AI" looks
	// like a person's initials).
	opts.Speakers = slices.DeleteFunc(slices.Clone(speakers), func(s string) bool {
		return slices.ContainsFunc(interviewers, func(r string) bool { return strings.EqualFold(strings.TrimSpace(s), r) })
	})
	for _, a := range proj.Config.Attributes {
		notNames = append(notNames, a.Values...)
	}
	opts.NotNames = slices.Concat(interviewers, file.Rejected, redact.NotNamesOf(notNames))
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

// interviewerRoles divides the project's interviewer labels into roles
// ("Interviewer", "AI"), which are never names, and people listed by name
// ("Adam Stacoviak", "Mireille Reece, PsyD"), whose names are redacted
// wherever they stand, their labels too: an interviewer is a person.
func interviewerRoles(labels []string) (roles, named []string) {
	for _, l := range labels {
		if n := redact.PersonNames([]string{l}); len(n) > 0 {
			named = append(named, n...)
		} else {
			roles = append(roles, l)
		}
	}
	return roles, named
}

// fullNameLabels returns the full names that speakers' labels are, with a
// middle initial or a degree the detector's reading of a label stops at
// ("Mireille B. Reece, Psy.D": Mireille Reece). A label of one word is left
// to the detector, which weighs one that is also an English word ("Hope").
func fullNameLabels(speakers []string) []string {
	var out []string
	for _, n := range redact.PersonNames(speakers) {
		if strings.Contains(n, " ") {
			out = append(out, n)
		}
	}
	return out
}

// PersonAttribute reports whether a document attribute names people (a
// transcript's header "narrator: Jane Doe", "persons present: …"): its
// values that are names are redacted, not kept as a programme's name is.
func PersonAttribute(key string) bool {
	k := strings.ToLower(key)
	for _, w := range []string{"interviewer", "interviewee", "narrator", "name", "person", "participant", "speaker", "prof",
		"author", "transcrib", "respondent", "informant", "present", "supervisor", "contact"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
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

// unapply forgets what Apply recorded of a document that is not stored
// after all (read again with --replace, it is as stored): its entry in the
// map is what it was before the run. The pseudonyms Apply gave are kept:
// the text it made being the one stored, they are the document's already.
func (r *Redactor) unapply(doc string) {
	r.file.untouch(doc)
	r.dropped = slices.DeleteFunc(r.dropped, func(d string) bool { return d == doc })
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
	// Rewriting, if set, is told of each document finished in the second
	// pass, which replaces the identifiers in the transaction.
	Rewriting Progress
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
	// NotFound lists the names given to Add that no document says: a
	// misspelling, or a name written otherwise in the text.
	NotFound []string `json:"not_found,omitempty"`
	// Attributes counts the attribute values whose names were replaced
	// (a narrator, a note on the patient).
	Attributes int `json:"attribute_values"`
}

// RedactProject finds and replaces identifiers in the project's documents
// (those not yet redacted, or all with Force), moving turns, segments and
// codings with the text, in one transaction, with the map saved as the
// comment at the top of this file says. Detection runs in two passes over
// documents read a few at a time (no command holds every text): the first
// on all cores before the transaction, reporting progress; the second, and
// the rewrite, a chunk at a time in it. A name found now is replaced in
// the documents redacted before too. The search index is left behind
// (corpus.Store.TxLeavingIndex): the caller rebuilds it, as it must anyway
// so that no original survives in it. It returns the documents it changed.
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
		// Adding a name a person rejected before takes it back: they
		// have changed their mind, and the name is redacted again.
		file.Rejected = slices.DeleteFunc(file.Rejected, func(r string) bool { return strings.EqualFold(r, n) })
	}
	force := opts.Force || len(opts.Add) > 0
	plan, err := planRedaction(ctx, st, file, force)
	if err != nil {
		return nil, err
	}
	r, err := newRedactor(proj, file, plan.speakers, plan.notNames, plan.people, opts.NER)
	if err != nil {
		return nil, err
	}
	// People named only in free-text attributes (a note on the patient)
	// are found there, then searched for in every text as the others are.
	inNotes, err := r.peopleIn(plan.freeTexts)
	if err != nil {
		return nil, err
	}
	if len(inNotes) > 0 {
		plan.people = append(plan.people, inNotes...)
		if r, err = newRedactor(proj, file, plan.speakers, plan.notNames, plan.people, opts.NER); err != nil {
			return nil, err
		}
	}
	if opts.Progress != nil {
		opts.Progress.Start(len(plan.todo))
		defer opts.Progress.Done()
	}
	first, err := scanDocuments(ctx, st, r, plan.todo, opts)
	if err != nil {
		return nil, err
	}
	var changed []string
	if opts.Rewriting != nil {
		opts.Rewriting.Start(len(plan.todo) + len(plan.others))
		defer opts.Rewriting.Done()
	}
	// The caller rebuilds the index after a redaction (see RedactProject).
	err = st.TxLeavingIndex(ctx, func(tx *corpus.Tx) error {
		var err error
		changed, err = r.rewriteAll(ctx, st, tx, plan, first, opts, rep)
		if err != nil {
			return err
		}
		// A person an attribute names enters the map even when no text
		// says them, so that the attribute is redacted.
		if err := r.adopt(plan.people); err != nil {
			return err
		}
		if rep.Attributes, err = swapAttributes(ctx, st, tx, personSwaps(file)); err != nil {
			return err
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
	rep.NotFound = notFound(opts.Add, file.Entries)
	return changed, nil
}

// notFound returns the names of add that no entry of the map holds: no
// document says them, as written.
func notFound(add []string, entries []redact.Entry) []string {
	var out []string
	for _, n := range add {
		if !slices.ContainsFunc(entries, func(e redact.Entry) bool { return strings.EqualFold(e.Original, n) }) {
			out = append(out, n)
		}
	}
	return out
}

// redactionPlan is what a redaction of the project searches: the
// documents to search, those redacted before (searched only for the names
// found now), the speaker labels of the first, and the attribute values of
// all. It holds no text: a project's texts are read a few at a time.
type redactionPlan struct {
	todo, others       []string
	speakers, notNames []string
	// people are names that attributes naming people give (PersonAttribute);
	// freeTexts are the values of free text (freeText), which may name
	// people too.
	people, freeTexts []string
}

// planRedaction returns the plan of a redaction.
func planRedaction(ctx context.Context, st *corpus.Store, file *PrivacyFile, force bool) (*redactionPlan, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	plan := &redactionPlan{}
	seen := map[string]bool{}
	for _, d := range docs {
		for k, v := range d.Attrs {
			if freeText(v) {
				plan.freeTexts = append(plan.freeTexts, v) // no words to protect; maybe people
				continue
			}
			if pseudonymRE.MatchString(v) {
				continue // redacted before
			}
			if PersonAttribute(k) {
				if n := attributePeople(v); len(n) > 0 {
					plan.people = append(plan.people, n...)
					continue
				}
			}
			plan.notNames = append(plan.notNames, v)
		}
		if file.Redacted(d.ID) && !force {
			full, err := st.Document(ctx, d.ID)
			if err != nil {
				return nil, err
			}
			// A document whose text no longer fits its recorded
			// replacements (re-ingested without --redact) is searched
			// again.
			if file.fits(d.ID, full.Text) {
				plan.others = append(plan.others, d.ID)
				continue
			}
		}
		plan.todo = append(plan.todo, d.ID)
		turns, err := st.Turns(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		for _, t := range turns {
			if !seen[t.Speaker] {
				seen[t.Speaker] = true
				plan.speakers = append(plan.speakers, t.Speaker)
			}
		}
	}
	sort.Strings(plan.speakers)
	return plan, nil
}

// firstPass is the first pass of detection over the documents to search,
// with a digest of each text scanned, to tell in the transaction a text
// changed since.
type firstPass struct {
	scans *redact.Scans
	seed  maphash.Seed
	sums  []uint64
}

// changed reports whether document i's text is no longer the one scanned.
func (f *firstPass) changed(i int, text string) bool {
	return maphash.String(f.seed, text) != f.sums[i]
}

// scanDocuments is the first pass of detection over the documents ids,
// read one at a time, on all cores.
func scanDocuments(ctx context.Context, st *corpus.Store, r *Redactor, ids []string, opts RedactOptions) (*firstPass, error) {
	f := &firstPass{seed: maphash.MakeSeed(), sums: make([]uint64, len(ids))}
	text := func(i int) (string, error) {
		d, err := st.Document(ctx, ids[i])
		if err != nil {
			return "", err
		}
		f.sums[i] = maphash.String(f.seed, d.Text)
		return d.Text, nil
	}
	var err error
	f.scans, err = r.det.ScanAll(ctx, len(ids), text, opts.Workers, func(int) {
		if opts.Progress != nil {
			opts.Progress.Add(1)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("finding identifiers: %w", err)
	}
	return f, nil
}

// redactChunk is how many documents the second pass holds at once.
const redactChunk = 64

// rewriteAll is the second pass and the rewrite, in the transaction: the
// documents searched, then those redacted before that name someone just
// found, a chunk at a time (texts read, identifiers found on all cores,
// replaced in document order). It returns the documents changed.
func (r *Redactor) rewriteAll(ctx context.Context, st *corpus.Store, tx *corpus.Tx, plan *redactionPlan, first *firstPass, opts RedactOptions, rep *RedactReport) ([]string, error) {
	var changed []string
	workers := opts.Workers
	done := func() {
		if opts.Rewriting != nil {
			opts.Rewriting.Add(1)
		}
	}
	sure, uncertain := map[string]bool{}, map[string]bool{}
	redactDoc := func(d *corpus.Document, ids []redact.Identifier) error {
		defer done()
		did, err := redactOne(ctx, st, tx, r, d, ids, rep)
		if did {
			changed = append(changed, d.ID)
		}
		return err
	}
	err := inChunks(ctx, st, plan.todo, workers, func(i int, d *corpus.Document) ([]redact.Identifier, error) {
		if first.changed(i, d.Text) {
			return nil, fmt.Errorf("document %s changed while its identifiers were being found; nothing was changed: run the command again", d.ID)
		}
		return r.keep(first.scans.Finish(i, d.Text)), nil
	}, func(d *corpus.Document, ids []redact.Identifier) error {
		for _, id := range ids {
			if id.Kind == redact.Person {
				if id.Uncertain {
					uncertain[id.Text] = true
				} else {
					sure[id.Text] = true
				}
			}
		}
		return redactDoc(d, ids)
	})
	if err != nil || len(plan.others) == 0 || len(sure)+len(uncertain) == 0 {
		return changed, err
	}
	// A name found now is replaced in the documents redacted before too.
	m := r.det.NameMarker(slices.Sorted(maps.Keys(sure)), slices.Sorted(maps.Keys(uncertain)))
	err = inChunks(ctx, st, plan.others, workers, func(_ int, d *corpus.Document) ([]redact.Identifier, error) {
		if !r.file.fits(d.ID, d.Text) {
			// Re-ingested since it was planned: marking names alone would
			// record it as redacted with its other identifiers in clear.
			return nil, fmt.Errorf("document %s changed while identifiers were being found; nothing was changed: run the command again", d.ID)
		}
		return r.keep(m.Mark(d.Text)), nil
	}, func(d *corpus.Document, ids []redact.Identifier) error {
		if len(ids) == 0 {
			done()
			return nil
		}
		return redactDoc(d, ids)
	})
	return changed, err
}

// inChunks reads the documents ids a chunk at a time, runs find on each
// (on up to workers goroutines), then apply on each in order. It runs in
// the transaction, under the writer lock, and each document is read just
// before it is changed: the text apply gets is the one it rewrites.
func inChunks(ctx context.Context, st *corpus.Store, ids []string, workers int, find func(i int, d *corpus.Document) ([]redact.Identifier, error), apply func(d *corpus.Document, ids []redact.Identifier) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for from := 0; from < len(ids); from += redactChunk {
		to := min(len(ids), from+redactChunk)
		docs := make([]*corpus.Document, to-from)
		for k := range docs {
			d, err := st.Document(ctx, ids[from+k])
			if err != nil {
				return err
			}
			docs[k] = d
		}
		found := make([][]redact.Identifier, len(docs))
		errs := make([]error, len(docs))
		var next atomic.Int64
		var wg sync.WaitGroup
		for range min(workers, len(docs)) {
			wg.Go(func() {
				for k := int(next.Add(1)) - 1; k < len(docs) && ctx.Err() == nil; k = int(next.Add(1)) - 1 {
					found[k], errs[k] = find(from+k, docs[k])
				}
			})
		}
		wg.Wait()
		if err := errors.Join(append(errs, ctx.Err())...); err != nil {
			return err
		}
		for k, d := range docs {
			if err := apply(d, found[k]); err != nil {
				return err
			}
		}
	}
	return nil
}

// redactOne replaces ids in one document inside the transaction (read in
// it by inChunks; its first-pass scan was checked against it there).
func redactOne(ctx context.Context, st *corpus.Store, tx *corpus.Tx, r *Redactor, d *corpus.Document, ids []redact.Identifier, rep *RedactReport) (bool, error) {
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

// freeText reports whether an attribute's value is free text (a CSV's
// note column), not a name: a programme's or a site's name has at most
// six words.
func freeText(value string) bool { return len(strings.Fields(value)) > 6 }

// dropAttributeWords leaves out "identifiers" that are a document's own
// attribute values or words of them: a programme called "Breathe Together"
// is not two people. An attribute that names people (the narrator), or
// one of free text (a CSV's note column, which may name the patient), is
// no reason to keep a name.
func dropAttributeWords(ids []redact.Identifier, attrs map[string]string) []redact.Identifier {
	words := map[string]bool{}
	for k, v := range attrs {
		if redactedAttribute(k, v) {
			continue
		}
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
