package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

// CheckPrivacy checks, without changing anything, that a redacted project's
// pseudonym map belongs with its store: the map is readable by its owner
// only, its change counter matches the store's (a change still pending is
// settled by the next command, and is not a problem), every document it
// lists has its pseudonyms where it says, and every pseudonym found in any
// text is in the map. A project never redacted passes.
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
	if f.Pending != nil {
		return out, nil // settled either way by the next command
	}
	known := map[string]bool{}
	for _, e := range f.Entries {
		known[e.Pseudonym] = true
	}
	unknown := map[string]int{}
	err = st.EachText(ctx, func(doc, text string) error {
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
	n := 0
	fmt.Sscan(m[2], &n)
	return n <= f.Reserved[redact.Kind(m[1])]
}
