package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// PrivacyFile is the project's map from pseudonyms to the identifiers they
// replace. It is kept apart from the store, the index and the reports, in
// .groundwork/identifiers.json, written 0600.
type PrivacyFile struct {
	Version int `json:"version"`
	// Entries are every original and its pseudonym.
	Entries []redact.Entry `json:"entries"`
	// Documents holds, per document, the replacements made in it, with
	// NewStart/NewEnd positioned in the document's current text.
	Documents map[string][]redact.Edit `json:"documents"`
	// Rejected lists originals a person said are not identifiers: they are
	// restored and never redacted again.
	Rejected []string `json:"rejected,omitempty"`
	// Added lists names a person added: they are redacted everywhere.
	Added []string `json:"added,omitempty"`
}

// LoadPrivacy reads identifiers.json (an empty map when it does not exist).
func LoadPrivacy(path string) (*PrivacyFile, error) {
	f := &PrivacyFile{Version: 1, Documents: map[string][]redact.Edit{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, f); err != nil {
		return nil, fmt.Errorf("%s: %v (the file maps pseudonyms to identifiers; restore it from a backup)", path, err)
	}
	if f.Documents == nil {
		f.Documents = map[string][]redact.Edit{}
	}
	return f, nil
}

// Save writes identifiers.json, readable by its owner only.
func (f *PrivacyFile) Save(path string) error {
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return corpus.WriteFileAtomic(path, data, 0o600)
}

// Redacted reports whether a document has been through redaction.
func (f *PrivacyFile) Redacted(doc string) bool {
	_, ok := f.Documents[doc]
	return ok
}

func (f *PrivacyFile) rejected(original string) bool {
	for _, r := range f.Rejected {
		if strings.EqualFold(r, original) {
			return true
		}
	}
	return false
}

// Redactor finds identifiers and replaces them with the project's
// consistent pseudonyms. Detection is safe to run in parallel; Apply must
// be called in document order so that numbering is reproducible.
type Redactor struct {
	det   *redact.Detector
	pseud *redact.Pseudonymizer
	file  *PrivacyFile
}

// NewRedactor builds a redactor for a project: its list of names
// (privacy.names and names a person added), its documents' speakers, and
// words that are never names: interviewer labels, what a person rejected,
// and the values of document attributes (programme names are not people).
func NewRedactor(proj *corpus.Project, file *PrivacyFile, speakers, notNames []string) (*Redactor, error) {
	opts := redact.DefaultOptions()
	opts.Names = append(append([]string{}, proj.Config.Privacy.Names...), file.Added...)
	opts.Speakers = speakers
	opts.NotNames = append(append([]string{}, proj.Config.Interviewers...), file.Rejected...)
	for _, a := range proj.Config.Attributes {
		notNames = append(notNames, a.Values...)
	}
	// Each word of a programme's name too: people say "Open Door" for
	// "Open Door Peer Support".
	for _, v := range notNames {
		opts.NotNames = append(opts.NotNames, v)
		for _, w := range strings.Fields(v) {
			if w = strings.Trim(w, ".,'’()"); len(w) > 2 {
				opts.NotNames = append(opts.NotNames, w)
			}
		}
	}
	det, err := redact.NewDetector(opts)
	if err != nil {
		return nil, err
	}
	existing := map[string]redact.Entry{}
	for i, e := range file.Entries {
		existing[fmt.Sprint(i)] = e
	}
	return &Redactor{det: det, pseud: redact.NewPseudonymizer(existing), file: file}, nil
}

// Detect finds the identifiers in text, leaving out those a person rejected.
func (r *Redactor) Detect(text string) []redact.Identifier { return r.keep(r.det.Detect(text)) }

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
// replacements, and returns the new text with a function that maps an old
// rune offset to the new text.
func (r *Redactor) Apply(doc, text string, ids []redact.Identifier) (string, func(pos int, isEnd bool) int) {
	newText, edits := redact.Apply(text, ids, r.pseud)
	mapPos := func(pos int, isEnd bool) int { return redact.MapOffset(edits, pos, isEnd) }
	// Earlier replacements in this document move with the new ones.
	var all []redact.Edit
	for _, e := range r.file.Documents[doc] {
		e.NewStart, e.NewEnd = mapPos(e.NewStart, false), mapPos(e.NewEnd, true)
		all = append(all, e)
	}
	for _, e := range edits {
		e.Start, e.End = e.NewStart, e.NewEnd // positions in the original are of no use later
		all = append(all, e)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].NewStart < all[j].NewStart })
	if all == nil {
		all = []redact.Edit{}
	}
	r.file.Documents[doc] = all
	r.file.Entries = r.pseud.Entries()
	return newText, mapPos
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

// RedactReport says what a redaction run did.
type RedactReport struct {
	Documents    int            `json:"documents"`
	Replacements int            `json:"replacements"`
	ByKind       map[string]int `json:"by_kind"`
}

// RedactProject finds and replaces identifiers in the project's documents
// (those not yet redacted, or all with force), moving turns, segments and
// codings with the text, in one transaction. Detection runs in parallel
// across documents (NER is slow) and reports progress.
func RedactProject(ctx context.Context, proj *corpus.Project, st *corpus.Store, file *PrivacyFile, force bool, workers int, progress Progress) (*RedactReport, []string, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, nil, err
	}
	var todo []*corpus.Document
	speakers := map[string]bool{}
	var notNames []string
	for _, d := range docs {
		for _, v := range d.Attrs {
			notNames = append(notNames, v)
		}
		if file.Redacted(d.ID) && !force {
			continue
		}
		full, err := st.Document(ctx, d.ID)
		if err != nil {
			return nil, nil, err
		}
		todo = append(todo, full)
		turns, err := st.Turns(ctx, d.ID)
		if err != nil {
			return nil, nil, err
		}
		for _, t := range turns {
			speakers[t.Speaker] = true
		}
	}
	var spk []string
	for s := range speakers {
		spk = append(spk, s)
	}
	sort.Strings(spk)
	r, err := NewRedactor(proj, file, spk, notNames)
	if err != nil {
		return nil, nil, err
	}
	texts := make([]string, len(todo))
	for i, d := range todo {
		texts[i] = d.Text
	}
	if progress != nil {
		progress.Start(len(todo))
		defer progress.Done()
	}
	found, err := detectAll(ctx, r, texts, workers, progress)
	if err != nil {
		return nil, nil, err
	}
	propagateNames(texts, found)
	rep := &RedactReport{ByKind: map[string]int{}}
	var changed []string
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		for i, d := range todo {
			ids := found[i]
			for _, id := range ids {
				rep.ByKind[string(id.Kind)]++
			}
			rep.Replacements += len(ids)
			rep.Documents++
			newText, mapPos := r.Apply(d.ID, d.Text, ids)
			if len(ids) == 0 {
				continue
			}
			if err := rewriteDocument(ctx, st, tx, d, newText, mapPos); err != nil {
				return err
			}
			changed = append(changed, d.ID)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return rep, changed, nil
}

func detectAll(ctx context.Context, r *Redactor, texts []string, workers int, progress Progress) ([][]redact.Identifier, error) {
	found, err := r.det.DetectAll(ctx, texts, workers, func(done int) {
		if progress != nil {
			progress.Add(1)
		}
	})
	if err != nil {
		return nil, err
	}
	for i, ids := range found {
		found[i] = r.keep(ids)
	}
	return found, nil
}

// rewriteDocument stores a document's new text with its turns, segments and
// codings moved by mapPos.
func rewriteDocument(ctx context.Context, st *corpus.Store, tx *corpus.Tx, d *corpus.Document, newText string, mapPos func(int, bool) int) error {
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
		if err := tx.UpdateCoding(c); err != nil {
			return err
		}
	}
	return nil
}

// UnredactReport says what restoring rejected replacements did.
type UnredactReport struct {
	Restored  int      `json:"restored"`
	Documents []string `json:"documents"`
}

// RejectIdentifier restores every replacement of an original (named by the
// original or its pseudonym) in every document, and remembers that it is
// not an identifier.
func RejectIdentifier(ctx context.Context, st *corpus.Store, file *PrivacyFile, which string) (*UnredactReport, error) {
	var original string
	for _, e := range file.Entries {
		if strings.EqualFold(e.Pseudonym, which) || strings.EqualFold(e.Original, which) {
			original = e.Original
			if strings.EqualFold(e.Pseudonym, which) {
				break
			}
		}
	}
	if original == "" {
		return nil, fmt.Errorf("%q is neither a pseudonym nor an identifier in this project; `groundwork redact --review` lists them", which)
	}
	match := func(e redact.Edit) bool { return strings.EqualFold(e.Original, original) }
	rep := &UnredactReport{}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for doc, edits := range file.Documents {
			var restore []redact.Edit
			for _, e := range edits {
				if match(e) {
					restore = append(restore, e)
				}
			}
			if len(restore) == 0 {
				continue
			}
			d, err := st.Document(ctx, doc)
			if err != nil {
				return err
			}
			newText, kept := redact.Restore(d.Text, edits, func(e redact.Edit) bool { return !match(e) })
			mapPos := restoreMap(restore)
			if err := rewriteDocument(ctx, st, tx, d, newText, mapPos); err != nil {
				return err
			}
			if kept == nil {
				kept = []redact.Edit{}
			}
			file.Documents[doc] = kept
			rep.Restored += len(restore)
			rep.Documents = append(rep.Documents, doc)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !file.rejected(original) {
		file.Rejected = append(file.Rejected, original)
	}
	sort.Strings(rep.Documents)
	return rep, nil
}

// restoreMap maps offsets of a redacted text to the text with the given
// replacements undone (each pseudonym at [NewStart,NewEnd) back to its
// original).
func restoreMap(restore []redact.Edit) func(int, bool) int {
	sort.Slice(restore, func(i, j int) bool { return restore[i].NewStart < restore[j].NewStart })
	return func(pos int, isEnd bool) int {
		delta := 0
		for _, e := range restore {
			n := utf8.RuneCountInString(e.Original)
			switch {
			case pos >= e.NewEnd:
				delta += n - (e.NewEnd - e.NewStart)
			case pos > e.NewStart: // inside the pseudonym: its whole original
				if isEnd {
					return e.NewStart + delta + n
				}
				return e.NewStart + delta
			default:
				return pos + delta
			}
		}
		return pos + delta
	}
}

// ReviewItem is one replacement with its context, for a person to confirm.
type ReviewItem struct {
	Document  string      `json:"document"`
	Kind      redact.Kind `json:"kind"`
	Pseudonym string      `json:"pseudonym"`
	Original  string      `json:"original"`
	Start     int         `json:"start"`
	Context   string      `json:"context"` // the redacted text around it
}

// ReviewItems lists every replacement in every document, with context.
func ReviewItems(ctx context.Context, st *corpus.Store, file *PrivacyFile) ([]ReviewItem, error) {
	var docs []string
	for d := range file.Documents {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	var out []ReviewItem
	for _, id := range docs {
		d, err := st.Document(ctx, id)
		if errors.Is(err, corpus.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		r := []rune(d.Text)
		for _, e := range file.Documents[id] {
			if e.NewEnd > len(r) {
				continue
			}
			from, to := max(0, e.NewStart-40), min(len(r), e.NewEnd+40)
			ctxText := strings.Join(strings.Fields(string(r[from:to])), " ")
			out = append(out, ReviewItem{Document: id, Kind: e.Kind, Pseudonym: e.Pseudonym, Original: e.Original, Start: e.NewStart, Context: ctxText})
		}
	}
	return out, nil
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

// propagateNames makes redaction consistent across documents: a person's
// name found in one document is redacted wherever it occurs as a word in
// the others, where the detector may have missed it.
func propagateNames(texts []string, found [][]redact.Identifier) {
	names := map[string]bool{}
	for _, ids := range found {
		for _, id := range ids {
			if id.Kind == redact.Person {
				names[id.Text] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	var list []string
	for n := range names {
		list = append(list, n)
	}
	// Longest first, so "Mary Ellen" wins over "Mary".
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) > len(list[j])
		}
		return list[i] < list[j]
	})
	for i, text := range texts {
		runes := []rune(text)
		covered := make([]bool, len(runes))
		for _, id := range found[i] {
			for k := id.Start; k < id.End && k < len(runes); k++ {
				covered[k] = true
			}
		}
		for _, name := range list {
			nr := []rune(name)
			for _, at := range indexAll(runes, nr, 0) {
				end := at + len(nr)
				if !wordBoundary(runes, at-1) || !wordBoundary(runes, end) || anyCovered(covered, at, end) {
					continue
				}
				for k := at; k < end; k++ {
					covered[k] = true
				}
				found[i] = append(found[i], redact.Identifier{Kind: redact.Person, Start: at, End: end, Text: name})
			}
		}
		sort.Slice(found[i], func(a, b int) bool { return found[i][a].Start < found[i][b].Start })
	}
}

func wordBoundary(r []rune, i int) bool {
	return i < 0 || i >= len(r) || !(unicode.IsLetter(r[i]) || unicode.IsDigit(r[i]))
}

func anyCovered(c []bool, s, e int) bool {
	for k := s; k < e; k++ {
		if c[k] {
			return true
		}
	}
	return false
}
