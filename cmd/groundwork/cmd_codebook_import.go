package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// writeImportedCodebook writes the codebook an import made (res.YAML) as
// the codebook reorganisations write theirs: in one transaction of the
// store, under the writer lock, recorded as one event of the history by
// defaultCoder(), so that `groundwork history` lists it and `groundwork
// undo` (by the same person) puts codebook.yaml back. before is the
// codebook the import was worked out from: if codebook.yaml is not that
// any more (someone changed it meanwhile), nothing is written. An import
// that changes nothing records nothing.
func writeImportedCodebook(ctx context.Context, g *globals, p *corpus.Project, before []byte, file, mode string, res *refiqda.CodebookResult) error {
	if bytes.Equal(before, res.YAML) {
		return nil
	}
	st, err := g.openStore(ctx, p, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	cbPath := p.CodebookPath()
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		tx.Record(defaultCoder(), "codebook import", fmt.Sprintf("imported codebook %s (%s): %d added, %d changed, %d dropped",
			filepath.Base(file), mode, len(res.Added), len(res.Changed), len(res.Dropped)))
		now, err := os.ReadFile(cbPath)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("reading %s: %w", cbPath, err)
		}
		if !bytes.Equal(now, before) {
			return fmt.Errorf("%s changed while %s was read into it, so nothing was imported; run the import again", filepath.Base(cbPath), file)
		}
		if err := tx.WriteFile(p.Config.Codebook, res.YAML); err != nil {
			return fmt.Errorf("writing %s: %w", cbPath, err)
		}
		return nil
	})
}
