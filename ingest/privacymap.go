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
	"strconv"
	"strings"
	"time"

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

// ProjectRedacted reports whether the map is a redacted project's: it
// lists a document at least (one redaction found nothing in is listed
// too). Transcripts ingested into such a project are to be redacted too.
func (f *PrivacyFile) ProjectRedacted() bool { return len(f.Documents) > 0 }

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
	if err := corpus.WriteFileAtomic(path, data, 0o600); err != nil {
		return fmt.Errorf("writing the identifiers map %s: %w", path, err)
	}
	f.path = path
	return nil
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
		f.restoreDocument(doc, s)
	}
	if p.Entries <= len(f.Entries) {
		f.Entries = f.Entries[:p.Entries]
	}
	f.Rejected, f.Added, f.Reserved, f.ChangedAt = p.Rejected, p.Added, p.Reserved, p.ChangedAt
	f.Pending, f.active = nil, false
}

// restoreDocument puts back a document's entry as it was (see touch).
func (f *PrivacyFile) restoreDocument(doc string, s DocState) {
	if !s.Listed {
		delete(f.Documents, doc)
		delete(f.Digests, doc)
		return
	}
	f.Documents[doc] = s.Edits
	f.setDigest(doc, s.Digest)
}

// untouch puts back a document's entry as it was before the change, which
// then no longer touches it.
func (f *PrivacyFile) untouch(doc string) {
	if f.Pending == nil {
		return
	}
	if s, ok := f.Pending.Before[doc]; ok {
		f.restoreDocument(doc, s)
		delete(f.Pending.Before, doc)
	}
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

// change runs do as one change of the map: it begins the change (see
// begin), runs do, whose store transaction ends with commitInTx, and
// settles the map afterwards (finish), whether or not the transaction
// committed. do's error comes first.
func (f *PrivacyFile) change(ctx context.Context, st *corpus.Store, do func() error) error {
	if err := f.begin(); err != nil {
		return err
	}
	err := do()
	if ferr := f.finish(ctx, st); err == nil && ferr != nil {
		err = ferr
	}
	return err
}

// changeInTx is change with do run in one store transaction, which then
// saves the map (commitInTx).
func (f *PrivacyFile) changeInTx(ctx context.Context, st *corpus.Store, do func(tx *corpus.Tx) error) error {
	return f.change(ctx, st, func() error {
		return st.Tx(ctx, func(tx *corpus.Tx) error {
			if err := do(tx); err != nil {
				return err
			}
			return f.commitInTx(ctx, st, tx)
		})
	})
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
