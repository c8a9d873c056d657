package arch

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// The limits a newcomer reads within: a file that grows past maxFileLines
// holds more than one concern, a function past maxFuncLines more than one
// step (issue 14).
const (
	maxFileLines = 1000
	maxFuncLines = 120
)

func TestFileAndFunctionSizes(t *testing.T) {
	eachSourceFile(t, func(rel string) error {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, filepath.Join(root, rel), nil, 0)
		if err != nil {
			return err
		}
		if n := fset.File(f.Pos()).LineCount(); n > maxFileLines {
			t.Errorf("%s has %d lines (at most %d): split it by concern", rel, n, maxFileLines)
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if n := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1; n > maxFuncLines {
				t.Errorf("%s: func %s has %d lines (at most %d): split it into named steps", rel, fd.Name.Name, n, maxFuncLines)
			}
		}
		return nil
	})
}
