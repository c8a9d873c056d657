package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// CheckPrivacy checks, without changing anything, that a redacted project's
// pseudonym map belongs with its store: the map is readable by its owner
// only, its change counter matches the store's (a change still pending is
// settled by the next command, and is checked as it will be), every
// document it lists has its pseudonyms where it says, every pseudonym
// found in any text is in the map, and every document is redacted (one
// stored with ingest --redact=false after the project was redacted is
// not). A project never redacted passes.
func CheckPrivacy(ctx context.Context, proj *corpus.Project, st *corpus.Store) ([]corpus.Problem, error) {
	path := proj.IdentifiersPath()
	info, statErr := os.Stat(path)
	f, err := LoadPrivacy(path)
	if err != nil {
		return []corpus.Problem{{What: err.Error(), Fix: "restore .groundwork/identifiers.json from a backup"}}, nil
	}
	var out []corpus.Problem
	if statErr == nil && info.Mode().Perm()&0o077 != 0 {
		out = append(out, corpus.Problem{What: fmt.Sprintf("%s is readable by others (mode %v): it holds the original names", path, info.Mode().Perm()),
			Fix: "chmod 600 " + path})
	}
	gen, err := storeGeneration(ctx, st)
	if err != nil {
		return nil, err
	}
	settled := gen == f.Generation || f.Pending != nil && gen == f.Pending.Generation
	if !settled {
		m := &MismatchError{Path: path, Map: f.Generation, Store: gen, Missing: errors.Is(statErr, os.ErrNotExist)}
		return append(out, corpus.Problem{What: m.Error(), Fix: "see above; `groundwork redact --force` adopts the store as it is"}), nil
	}
	if p := f.Pending; p != nil {
		// The next command settles it; it is checked here as settled.
		if gen == p.Generation {
			f.Generation, f.Pending = p.Generation, nil
		} else {
			f.rollback()
		}
	}
	known := map[string]bool{}
	for _, e := range f.Entries {
		known[e.Pseudonym] = true
	}
	unknown := map[string]int{}
	var unredacted []string
	redacted := f.ProjectRedacted()
	err = st.EachText(ctx, func(doc, text string) error {
		if _, ok := f.Documents[doc]; !ok && redacted {
			unredacted = append(unredacted, doc)
		}
		if edits, ok := f.Documents[doc]; ok && f.fits(doc, text) {
			if err := redact.Check(text, edits); err != nil {
				out = append(out, corpus.Problem{What: fmt.Sprintf("%s: identifiers.json does not fit its text: %v", doc, err),
					Fix: "`groundwork redact --force` redacts it afresh (its earlier replacements then cannot be restored)"})
			}
		}
		for _, m := range pseudonymRE.FindAllString(text, -1) {
			if !known[m] && !reservedPseudonym(f, m) {
				unknown[m]++
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(unredacted) > 0 {
		out = append(out, corpus.Problem{What: fmt.Sprintf("%d documents of this redacted project are not redacted: %s", len(unredacted), listSome(unredacted, 5)),
			Fix: "`groundwork redact` redacts them with the project's pseudonyms"})
	}
	var names []string
	for p := range unknown {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		out = append(out, corpus.Problem{What: fmt.Sprintf("the pseudonym %s is in the text but not in identifiers.json: its original is lost", p),
			Fix: "restore identifiers.json from a backup; if there is none, the original cannot be recovered"})
	}
	return out, nil
}

// reservedPseudonym reports whether p is numbered within what the map
// reserved when it adopted a store whose map was lost.
func reservedPseudonym(f *PrivacyFile, p string) bool {
	m := pseudonymRE.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	// A number too large to read is beyond any number reserved.
	n, err := strconv.Atoi(m[2])
	return err == nil && n <= f.Reserved[redact.Kind(m[1])]
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

// AdoptImportedPseudonyms records, for a project made from another's
// export, that the pseudonyms its texts hold came with them: their
// originals are in the other project's map, not lost from this one. The
// map reserves their numbers (new pseudonyms never repeat them), and
// `groundwork check` no longer calls them lost. It reports whether the
// texts held any.
func AdoptImportedPseudonyms(ctx context.Context, proj *corpus.Project, st *corpus.Store) (bool, error) {
	highest, err := pseudonymNumbers(ctx, st)
	if err != nil || len(highest) == 0 {
		return false, err
	}
	f, err := LoadPrivacy(proj.IdentifiersPath())
	if err != nil {
		return false, err
	}
	return true, f.adopt(ctx, st)
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
			n, err := strconv.Atoi(m[2])
			if err != nil {
				continue // too large to read: no pseudonym groundwork numbers reaches it
			}
			k := redact.Kind(m[1])
			out[k] = max(out[k], n)
		}
	}
	return out, nil
}

// Active returns the map's entries a person has not rejected: the originals
// that must not appear in anything shared.
func (f *PrivacyFile) Active() []redact.Entry {
	var out []redact.Entry
	for _, e := range f.Entries {
		if !f.rejected(e.Original) {
			out = append(out, e)
		}
	}
	return out
}

// MemosNaming returns the ids of the memos that hold an original of the
// map. Memos are the researchers' own writing, so redaction does not change
// them; reports print them, so the researcher must.
func MemosNaming(ctx context.Context, st *corpus.Store, f *PrivacyFile) ([]int64, error) {
	entries := f.Active()
	if len(entries) == 0 {
		return nil, nil
	}
	memos, err := st.Memos(ctx, "", "")
	if err != nil {
		return nil, err
	}
	// One scan, one memo a line: the matcher is built once, not per memo.
	var b strings.Builder
	oneLine := strings.NewReplacer("\n", " ", "\r", " ")
	for _, m := range memos {
		b.WriteString(oneLine.Replace(m.Text))
		b.WriteByte('\n')
	}
	naming := map[int]bool{}
	for _, l := range redact.Leaks([]byte(b.String()), entries) {
		naming[l.Line-1] = true
	}
	var out []int64
	for i, m := range memos {
		if naming[i] {
			out = append(out, m.ID)
		}
	}
	return out, nil
}

// CodebookNaming returns the lines of the codebook file at path that hold
// an original of the map: example quotes copied from the transcripts.
// Redaction does not change the codebook; exports carry it.
func CodebookNaming(path string, f *PrivacyFile) ([]int, error) {
	entries := f.Active()
	if len(entries) == 0 {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var lines []int
	for _, l := range redact.Leaks(data, entries) {
		if !slices.Contains(lines, l.Line) {
			lines = append(lines, l.Line)
		}
	}
	return lines, nil
}

// listSome joins up to n of names, saying how many more there are.
func listSome(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:n], ", "), len(names)-n)
}
