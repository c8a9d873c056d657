package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// The map and the store must never disagree. identifiers.json holds the
// only copy of the originals, and the positions of the pseudonyms in each
// document's text, which --reject needs to restore them; the store holds
// the redacted text. They are two files, so no write can change both at
// once. The protocol:
//
//   - Every change of redaction (redact, --reject, --add, ingest --redact)
//     bumps a counter in the store (meta privacy_generation) in the same
//     transaction as the text, and the map records the counter it matches
//     (Generation).
//   - The new map is written before the store commits (atomically: temporary
//     file, fsync, rename, fsync of the folder; mode 0600), while the writer
//     lock is held. It describes the state after the change, and keeps in
//     Pending what it said before for every document the change touches,
//     under the generation the store will have if the commit happens.
//   - The next command (Reconcile, under the writer lock) reads the store's
//     counter: equal to Pending's generation means the commit happened and
//     Pending is dropped; equal to the map's own generation means it did not
//     and the map goes back to Pending's "before". A kill at any point thus
//     leaves a map that is correct for the store either way.
//   - Any other pair of counters means the files do not belong together (a
//     lost or restored map or store, or one left by an older groundwork that
//     wrote the map after committing): Reconcile refuses with a
//     MismatchError saying what to do, and nothing more is changed.
//   - Each document's entry also records a digest of the text its
//     positions refer to. A change never uses positions whose text has
//     changed since (a document re-ingested without --redact): --reject
//     refuses, and redact searches that document afresh.

// privacyGenerationKey is the store's meta key for the change counter.
const privacyGenerationKey = "privacy_generation"

// PrivacyFile is the project's map from pseudonyms to the identifiers they
// replace. It is kept apart from the store, the index and the reports, in
// .groundwork/identifiers.json, written 0600.
type PrivacyFile struct {
	Version int `json:"version"`
	// Generation is the number of changes of redaction committed to the
	// store that this map describes (the store's privacy_generation).
	Generation int64 `json:"generation"`
	// ChangedAt is when the last change was made (reports written before
	// it may hold originals).
	ChangedAt time.Time `json:"changed_at,omitempty"`
	// Entries are every original and its pseudonym.
	Entries []redact.Entry `json:"entries"`
	// Documents holds, per document, the replacements made in it, with
	// NewStart/NewEnd positioned in the document's current text.
	Documents map[string][]redact.Edit `json:"documents"`
	// Digests holds, per document in Documents, the SHA-256 of the text
	// its replacements are positioned in (absent in maps written before it
	// existed: then the pseudonyms' positions are checked instead).
	Digests map[string]string `json:"digests,omitempty"`
	// Rejected lists originals a person said are not identifiers: they are
	// restored and never redacted again.
	Rejected []string `json:"rejected,omitempty"`
	// Added lists names a person added: they are redacted everywhere.
	Added []string `json:"added,omitempty"`
	// Reserved holds, per kind, the highest pseudonym number in use in the
	// store without an entry here (after `redact --force` adopted a store
	// whose map was lost): new pseudonyms are numbered after it.
	Reserved map[redact.Kind]int `json:"reserved,omitempty"`
	// Pending is set while a change is being committed: see above.
	Pending *PendingChange `json:"pending,omitempty"`

	path   string // where it was loaded from and is saved to
	active bool   // Pending was started by this process
}

// PendingChange is what the map said before a change that may or may not
// have been committed to the store.
type PendingChange struct {
	// Generation is the store's privacy_generation once the change commits.
	Generation int64 `json:"generation"`
	// Before holds the state of each document the change touches.
	Before map[string]DocState `json:"before"`
	// Entries is how many entries there were (a change only appends).
	Entries   int                 `json:"entries"`
	Rejected  []string            `json:"rejected,omitempty"`
	Added     []string            `json:"added,omitempty"`
	Reserved  map[redact.Kind]int `json:"reserved,omitempty"`
	ChangedAt time.Time           `json:"changed_at,omitempty"`
}

// DocState is one document's entry in the map.
type DocState struct {
	Listed bool          `json:"listed"` // the document had an entry
	Edits  []redact.Edit `json:"edits,omitempty"`
	Digest string        `json:"digest,omitempty"`
}

// LoadPrivacy reads identifiers.json (an empty map when it does not exist).
// Use OpenPrivacy before changing anything: it also settles the map with
// the store.
func LoadPrivacy(path string) (*PrivacyFile, error) {
	f := &PrivacyFile{Version: 1, Documents: map[string][]redact.Edit{}, path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the identifiers map: %w", err)
	}
	if err := json.Unmarshal(data, f); err != nil {
		return nil, fmt.Errorf("%s: %v (the file maps pseudonyms to identifiers; restore it from a backup)", path, err)
	}
	if f.Documents == nil {
		f.Documents = map[string][]redact.Edit{}
	}
	f.path = path
	return f, nil
}

// OpenPrivacy reads identifiers.json and settles it with the store (see
// Reconcile). A *MismatchError says the two do not belong together.
func OpenPrivacy(ctx context.Context, path string, st *corpus.Store) (*PrivacyFile, error) {
	f, err := LoadPrivacy(path)
	if err != nil {
		return nil, err
	}
	if err := f.Reconcile(ctx, st); err != nil {
		return nil, err
	}
	return f, nil
}

// Save writes identifiers.json, readable by its owner only: to a temporary
// file that is synced and renamed over the old one, and then the folder is
// synced, so that after a crash the file is the old one or the new one,
// whole, and a store committed after Save never finds an older map.
func (f *PrivacyFile) Save(path string) error {
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := writeSynced(path, data, 0o600); err != nil {
		return fmt.Errorf("writing the identifiers map %s: %w", path, err)
	}
	f.path = path
	return nil
}

func writeSynced(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Windows cannot open a folder for
// syncing and does not need it.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Path is where the map is saved.
func (f *PrivacyFile) Path() string { return f.path }

// OlderReports lists the files in the project's reports/ folder written
// before the map's last change (which it returns too: for maps written
// before it was recorded, the file's time): they may hold originals that
// the change replaced (or, after a --reject, pseudonyms).
func OlderReports(proj *corpus.Project, f *PrivacyFile) (time.Time, []string) {
	changed := f.ChangedAt
	if changed.IsZero() {
		info, err := os.Stat(f.path)
		if err != nil {
			return changed, nil
		}
		changed = info.ModTime()
	}
	var out []string
	filepath.WalkDir(filepath.Join(proj.Dir, "reports"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil && info.ModTime().Before(changed) {
			out = append(out, path)
		}
		return nil
	})
	return changed, out
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

// MismatchError says that identifiers.json and the store do not belong
// together, and what to do.
type MismatchError struct {
	Path       string
	Map, Store int64 // their change counters
	Missing    bool  // identifiers.json does not exist
}

func (e *MismatchError) Error() string {
	const force = "; or, to go on with the files as they are, run `groundwork redact --force` (pseudonyms the map does not know stay in the text and cannot be restored with --reject; new ones are numbered after them)"
	switch {
	case e.Missing:
		return fmt.Sprintf("%s is missing, but the store has been redacted (%s): without the map no pseudonym can be traced back or restored. Nothing was changed. Put identifiers.json back from a backup%s", e.Path, changes(e.Store), force)
	case e.Map < e.Store:
		return fmt.Sprintf("%s is older than the store (it records %s of redaction, the store %d): it was restored from a backup, or left by an interrupted older groundwork, and using it would damage the text. Nothing was changed. Put back the identifiers.json that belongs with this store%s", e.Path, changes(e.Map), e.Store, force)
	default:
		return fmt.Sprintf("the store is older than %s (it records %s of redaction, the map %d): was the store restored from a backup? Nothing was changed. Put back the store and map that belong together%s", e.Path, changes(e.Store), e.Map, force)
	}
}

func changes(n int64) string {
	if n == 1 {
		return "1 change"
	}
	return fmt.Sprintf("%d changes", n)
}

// StaleError says that documents' text no longer matches the positions
// identifiers.json holds for them.
type StaleError struct{ Docs []string }

func (e *StaleError) Error() string {
	return fmt.Sprintf("the text of %s changed after it was redacted (re-ingested without --redact?), so identifiers.json's positions no longer fit it and restoring there would damage it. Nothing was changed. Run `groundwork redact` to redact it afresh (its earlier replacements then cannot be restored), then try again", strings.Join(e.Docs, ", "))
}

// storeGeneration reads the store's change counter (0 before the first
// change, and in stores redacted before it existed).
func storeGeneration(ctx context.Context, st *corpus.Store) (int64, error) {
	v, err := st.Meta(ctx, privacyGenerationKey)
	if err != nil || v == "" {
		return 0, err
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("the store's %s is %q, not a number: %w", privacyGenerationKey, v, err)
	}
	return n, nil
}

// Reconcile settles a change the map records as pending (see the comment
// at the top of this file) and checks that the map belongs with the store,
// under the project's writer lock. It reads the map afresh from its file
// (another command may have changed it since it was loaded), replacing
// what f held, and saves it when it settled something.
func (f *PrivacyFile) Reconcile(ctx context.Context, st *corpus.Store) error {
	return st.Tx(ctx, func(*corpus.Tx) error {
		gen, err := storeGeneration(ctx, st)
		if err != nil {
			return err
		}
		g, err := LoadPrivacy(f.path)
		if err != nil {
			return err
		}
		*f = *g
		return f.settle(gen)
	})
}

// settle is Reconcile with the store's counter read.
func (f *PrivacyFile) settle(gen int64) error {
	p := f.Pending
	switch {
	case p != nil && gen == p.Generation:
		f.Generation, f.Pending, f.active = p.Generation, nil, false
	case p != nil && gen == f.Generation:
		f.rollback()
	case gen == f.Generation:
		return nil
	default:
		_, statErr := os.Stat(f.path)
		return &MismatchError{Path: f.path, Map: f.Generation, Store: gen, Missing: errors.Is(statErr, os.ErrNotExist)}
	}
	return f.Save(f.path)
}

// rollback puts back what the map said before its pending change.
func (f *PrivacyFile) rollback() {
	p := f.Pending
	for doc, s := range p.Before {
		if !s.Listed {
			delete(f.Documents, doc)
			delete(f.Digests, doc)
			continue
		}
		f.Documents[doc] = s.Edits
		f.setDigest(doc, s.Digest)
	}
	if p.Entries <= len(f.Entries) {
		f.Entries = f.Entries[:p.Entries]
	}
	f.Rejected, f.Added, f.Reserved, f.ChangedAt = p.Rejected, p.Added, p.Reserved, p.ChangedAt
	f.Pending, f.active = nil, false
}

func (f *PrivacyFile) setDigest(doc, digest string) {
	if f.Digests == nil {
		f.Digests = map[string]string{}
	}
	if digest == "" {
		delete(f.Digests, doc)
		return
	}
	f.Digests[doc] = digest
}

// begin starts a change: from now on touch records what each document's
// entry was. A map with a pending change it did not start has not been
// settled (LoadPrivacy without Reconcile), and may not be changed.
func (f *PrivacyFile) begin() error {
	if f.active {
		return nil
	}
	if f.Pending != nil {
		return fmt.Errorf("%s records a change that was never settled with the store; run `groundwork redact --review` to settle it, then try again", f.path)
	}
	f.Pending = &PendingChange{
		Generation: f.Generation + 1,
		Before:     map[string]DocState{},
		Entries:    len(f.Entries),
		Rejected:   append([]string(nil), f.Rejected...),
		Added:      append([]string(nil), f.Added...),
		Reserved:   maps.Clone(f.Reserved),
		ChangedAt:  f.ChangedAt,
	}
	f.active = true
	return nil
}

// touch records a document's entry before the change alters it.
func (f *PrivacyFile) touch(doc string) {
	if _, ok := f.Pending.Before[doc]; ok {
		return
	}
	edits, listed := f.Documents[doc]
	f.Pending.Before[doc] = DocState{Listed: listed, Edits: edits, Digest: f.Digests[doc]}
}

// setDocument records a document's replacements, positioned in text.
func (f *PrivacyFile) setDocument(doc, text string, edits []redact.Edit) {
	f.touch(doc)
	if edits == nil {
		edits = []redact.Edit{}
	}
	f.Documents[doc] = edits
	f.setDigest(doc, textDigest(text))
}

// fits reports whether a document's recorded replacements are positioned
// in text.
func (f *PrivacyFile) fits(doc, text string) bool {
	if d := f.Digests[doc]; d != "" {
		return d == textDigest(text)
	}
	return redact.Check(text, f.Documents[doc]) == nil
}

func textDigest(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// commitInTx is the last step of a change's transaction: it checks that no
// other command changed redaction since the map was settled, bumps the
// store's counter and writes the map, pending, before the commit.
func (f *PrivacyFile) commitInTx(ctx context.Context, st *corpus.Store, tx *corpus.Tx) error {
	if err := f.begin(); err != nil {
		return err
	}
	gen, err := storeGeneration(ctx, st)
	if err != nil {
		return err
	}
	if gen != f.Generation {
		return fmt.Errorf("another groundwork command changed the project's redaction while this one ran; nothing was changed: run this one again")
	}
	if err := tx.SetMeta(privacyGenerationKey, strconv.FormatInt(f.Pending.Generation, 10)); err != nil {
		return fmt.Errorf("recording the change of redaction in the store: %w", err)
	}
	f.ChangedAt = time.Now().UTC()
	if err := f.Save(f.path); err != nil {
		return err
	}
	if testHookMapSaved != nil {
		return testHookMapSaved()
	}
	return nil
}

// finish settles a change after its transaction, whether or not it
// committed. If that fails the map stays pending, which the next command
// settles.
func (f *PrivacyFile) finish(ctx context.Context, st *corpus.Store) error {
	if testHookSkipFinish != nil && testHookSkipFinish() {
		return nil
	}
	return f.Reconcile(ctx, st)
}

// Test hooks that stand for a crash: after the map was saved and before the
// store commits (an error aborts the transaction), and after the commit
// (true skips settling the map).
var (
	testHookMapSaved   func() error
	testHookSkipFinish func() bool
)

// detector finds identifiers: a *redact.Detector, or in tests one that
// fails.
type detector interface {
	Detect(text string) ([]redact.Identifier, error)
	DetectAll(ctx context.Context, texts []string, workers int, progress func(done int)) ([][]redact.Identifier, error)
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
	// Progress, if set, is told of each document searched.
	Progress Progress
}

// RedactReport says what a redaction run did.
type RedactReport struct {
	Documents    int            `json:"documents"`
	Replacements int            `json:"replacements"`
	ByKind       map[string]int `json:"by_kind"`
	// Forgotten lists documents whose earlier replacements no longer fit
	// their text: they were redacted afresh, and what was replaced in them
	// before can no longer be restored.
	Forgotten []string `json:"forgotten,omitempty"`
	// Adopted is set when Force went on with a map that did not belong
	// with the store.
	Adopted string `json:"adopted,omitempty"`
}

// RedactProject finds and replaces identifiers in the project's documents
// (those not yet redacted, or all with Force), moving turns, segments and
// codings with the text, in one transaction, with the map saved as the
// comment at the top of this file says. Detection runs in parallel across
// documents (NER is slow) before the transaction, and reports progress.
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
	if err := file.begin(); err != nil {
		return nil, nil, err
	}
	changed, err := redactProject(ctx, proj, st, file, opts, rep)
	if ferr := file.finish(ctx, st); err == nil && ferr != nil {
		err = ferr
	}
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
	todo, speakers, notNames, err := redactionTodo(ctx, st, file, force)
	if err != nil {
		return nil, err
	}
	r, err := NewRedactor(proj, file, speakers, notNames)
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
	propagateNames(texts, found)
	var changed []string
	err = st.Tx(ctx, func(tx *corpus.Tx) error {
		changed = changed[:0]
		for i, d := range todo {
			did, err := redactOne(ctx, st, tx, r, d, found[i], rep)
			if err != nil {
				return err
			}
			if did {
				changed = append(changed, d.ID)
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

// redactionTodo returns the documents to search (with their text), the
// speaker labels of those documents, and the attribute values of all.
func redactionTodo(ctx context.Context, st *corpus.Store, file *PrivacyFile, force bool) ([]*corpus.Document, []string, []string, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	var todo []*corpus.Document
	speakers := map[string]bool{}
	var notNames []string
	for _, d := range docs {
		for _, v := range d.Attrs {
			notNames = append(notNames, v)
		}
		full, err := st.Document(ctx, d.ID)
		if err != nil {
			return nil, nil, nil, err
		}
		// A document whose text no longer fits its recorded replacements
		// (re-ingested without --redact) is searched again.
		if file.Redacted(d.ID) && !force && file.fits(d.ID, full.Text) {
			continue
		}
		todo = append(todo, full)
		turns, err := st.Turns(ctx, d.ID)
		if err != nil {
			return nil, nil, nil, err
		}
		for _, t := range turns {
			speakers[t.Speaker] = true
		}
	}
	spk := make([]string, 0, len(speakers))
	for s := range speakers {
		spk = append(spk, s)
	}
	sort.Strings(spk)
	return todo, spk, notNames, nil
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

// UnredactReport says what restoring rejected replacements did.
type UnredactReport struct {
	Restored  int      `json:"restored"`
	Documents []string `json:"documents"`
}

// RejectIdentifier restores every replacement of an original (named by the
// original or its pseudonym) in every document, and remembers that it is
// not an identifier. It changes nothing when a document's text no longer
// fits the map (*StaleError) or the map does not belong with the store
// (*MismatchError).
func RejectIdentifier(ctx context.Context, st *corpus.Store, file *PrivacyFile, which string) (*UnredactReport, error) {
	if err := file.Reconcile(ctx, st); err != nil {
		return nil, err
	}
	original := file.originalOf(which)
	if original == "" {
		return nil, fmt.Errorf("%q is neither a pseudonym nor an identifier in this project; `groundwork redact --review` lists them", which)
	}
	if err := file.begin(); err != nil {
		return nil, err
	}
	rep := &UnredactReport{}
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		*rep = UnredactReport{}
		if err := rejectAll(ctx, st, tx, file, original, rep); err != nil {
			return err
		}
		if !file.rejected(original) {
			file.Rejected = append(file.Rejected, original)
		}
		return file.commitInTx(ctx, st, tx)
	})
	if ferr := file.finish(ctx, st); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// originalOf finds the original a pseudonym or an original names ("" when
// none). A pseudonym shared by several originals names the first.
func (f *PrivacyFile) originalOf(which string) string {
	var original string
	for _, e := range f.Entries {
		if strings.EqualFold(e.Pseudonym, which) {
			return e.Original
		}
		if original == "" && strings.EqualFold(e.Original, which) {
			original = e.Original
		}
	}
	return original
}

// rejectAll restores the replacements of original in every document, in
// document order, after checking that every document concerned fits the
// map.
func rejectAll(ctx context.Context, st *corpus.Store, tx *corpus.Tx, file *PrivacyFile, original string, rep *UnredactReport) error {
	match := func(e redact.Edit) bool { return strings.EqualFold(e.Original, original) }
	var docs []string
	for doc, edits := range file.Documents {
		if slices.ContainsFunc(edits, match) {
			docs = append(docs, doc)
		}
	}
	sort.Strings(docs)
	texts := map[string]*corpus.Document{}
	var stale []string
	for _, doc := range docs {
		d, err := st.Document(ctx, doc)
		if errors.Is(err, corpus.ErrNotFound) {
			continue // removed from the project: nothing to restore
		}
		if err != nil {
			return err
		}
		if !file.fits(doc, d.Text) {
			stale = append(stale, doc)
		}
		texts[doc] = d
	}
	if len(stale) > 0 {
		return &StaleError{Docs: stale}
	}
	for _, doc := range docs {
		d := texts[doc]
		if d == nil {
			continue
		}
		edits := file.Documents[doc]
		restore := slices.DeleteFunc(slices.Clone(edits), func(e redact.Edit) bool { return !match(e) })
		newText, kept := redact.Restore(d.Text, edits, func(e redact.Edit) bool { return !match(e) })
		mapPos := func(pos int, isEnd bool) int { return redact.UnmapOffset(restore, pos, isEnd) }
		var swaps [][2]string
		for _, e := range restore {
			swaps = append(swaps, [2]string{e.Pseudonym, e.Original})
		}
		if err := rewriteDocument(ctx, st, tx, d, newText, mapPos, swaps); err != nil {
			return err
		}
		file.setDocument(doc, newText, kept)
		rep.Restored += len(restore)
		rep.Documents = append(rep.Documents, doc)
	}
	return nil
}

// pseudonymRE matches a pseudonym as groundwork writes them.
var pseudonymRE = regexp.MustCompile(`\[(PERSON|PHONE|EMAIL|ADDRESS|DATE|URL|ID) (\d+)\]`)

// adopt makes the map belong with the store as it is (redact --force after
// a MismatchError): it takes the store's counter, drops any pending change,
// and reserves the pseudonym numbers already in the store's text so that
// new pseudonyms never repeat them. Documents whose text no longer fits
// their recorded replacements are redacted afresh by the run that follows.
func (f *PrivacyFile) adopt(ctx context.Context, st *corpus.Store) error {
	return st.Tx(ctx, func(*corpus.Tx) error {
		gen, err := storeGeneration(ctx, st)
		if err != nil {
			return err
		}
		highest, err := pseudonymNumbers(ctx, st)
		if err != nil {
			return err
		}
		for k, n := range highest {
			if f.Reserved == nil {
				f.Reserved = map[redact.Kind]int{}
			}
			f.Reserved[k] = max(f.Reserved[k], n)
		}
		f.Generation, f.Pending, f.active = gen, nil, false
		return f.Save(f.path)
	})
}

// pseudonymNumbers returns the highest pseudonym number of each kind in the
// store's text.
func pseudonymNumbers(ctx context.Context, st *corpus.Store) (map[redact.Kind]int, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	out := map[redact.Kind]int{}
	for _, d := range docs {
		full, err := st.Document(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		for _, m := range pseudonymRE.FindAllStringSubmatch(full.Text, -1) {
			n, _ := strconv.Atoi(m[2])
			k := redact.Kind(m[1])
			out[k] = max(out[k], n)
		}
	}
	return out, nil
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

// ReviewItems lists every replacement in every document, with context,
// after settling the map with the store.
func ReviewItems(ctx context.Context, st *corpus.Store, file *PrivacyFile) ([]ReviewItem, error) {
	if err := file.Reconcile(ctx, st); err != nil {
		return nil, err
	}
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
			if e.NewStart < 0 || e.NewStart > e.NewEnd || e.NewEnd > len(r) || string(r[e.NewStart:e.NewEnd]) != e.Pseudonym {
				continue // the document changed since (see StaleError)
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
