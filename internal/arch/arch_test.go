package arch

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/groundwork-qda/groundwork/"

// allowed lists, for each package, the packages of this module it may
// import (non-test code). A package may always import its own
// subpackages. The direction: cmd → workbench → refiqda, sheet → reports →
// analysis → corpus → codebook → querylang, yamlhint; ingest → corpus; nothing
// imports cmd; the leaves import nothing of groundwork.
var allowed = map[string][]string{
	"querylang":            nil,
	"safecsv":              nil,
	"yamlhint":             nil,
	"analysis/stats":       nil,
	"analysis/reliability": {"analysis/stats"},
	"ingest/redact":        nil,
	// data holds the lists redact embeds, and gen.go (go:build ignore)
	// builds them with redact's own Fold.
	"ingest/redact/data": {"ingest/redact"},
	// labelset reads the labelled test sets; redacteval is the command
	// that scores the detector on one.
	"ingest/redact/labelset":   nil,
	"ingest/redact/redacteval": {"ingest/redact", "ingest/redact/labelset", "ingest/parse"},
	"ingest/demo":              nil,
	"internal/arch":            nil,
	"internal/textdiff":        nil,
	"internal/ziptest":         nil,
	"codebook":                 {"querylang", "yamlhint"},
	"reorg":                    {"corpus", "codebook", "querylang"},
	"corpus":                   {"codebook", "querylang", "yamlhint"},
	"ingest/parse":             {"safecsv"},
	"ingest":                   {"corpus", "codebook", "querylang", "safecsv", "ingest/parse", "ingest/redact", "ingest/demo"},
	"ingest/ingesttest":        {"corpus", "codebook", "ingest", "ingest/demo"},
	"analysis":                 {"corpus", "codebook", "querylang", "analysis/stats", "analysis/reliability"},
	"reports":                  {"analysis", "analysis/stats", "analysis/reliability", "corpus", "codebook", "querylang", "safecsv"},
	"refiqda":                  {"ingest", "ingest/parse", "ingest/redact", "analysis", "corpus", "codebook", "querylang", "safecsv"},
	"sheet":                    {"ingest", "ingest/parse", "analysis", "analysis/reliability", "corpus", "codebook", "querylang", "safecsv"},
	"workbench":                {"reorg", "reports", "refiqda", "sheet", "ingest", "ingest/redact", "analysis", "analysis/stats", "analysis/reliability", "corpus", "codebook", "querylang", "safecsv"},
}

// anything may import every package of the module but cmd.
var anything = []string{"cmd/groundwork", "bench/"}

// root is the module's folder, from this package's.
var root = filepath.Join("..", "..")

// eachSourceFile calls fn with the path, relative to root, of every non-test
// Go file of the module outside testdata and hidden folders.
func eachSourceFile(t *testing.T, fn func(rel string) error) {
	t.Helper()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "testdata" || strings.HasPrefix(n, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		return fn(rel)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestImportDirections(t *testing.T) {
	imports := map[string]map[string]bool{}
	eachSourceFile(t, func(rel string) error {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(root, rel), nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(filepath.Dir(rel))
		if imports[pkg] == nil {
			imports[pkg] = map[string]bool{}
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if strings.HasPrefix(p, module) {
				imports[pkg][strings.TrimPrefix(p, module)] = true
			}
		}
		return nil
	})
	var pkgs []string
	for p := range imports {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, pkg := range pkgs {
		free := false
		for _, a := range anything {
			free = free || pkg == a || strings.HasPrefix(pkg, a)
		}
		ok := map[string]bool{}
		rules, known := allowed[pkg]
		if !known && !free {
			t.Errorf("package %s is not in the allowed imports of internal/arch: say where it stands", pkg)
			continue
		}
		for _, a := range rules {
			ok[a] = true
		}
		for im := range imports[pkg] {
			switch {
			case strings.HasPrefix(im, "cmd/"):
				t.Errorf("%s imports %s: nothing imports a command", pkg, im)
			case free, ok[im], strings.HasPrefix(im, pkg+"/"):
			default:
				t.Errorf("%s imports %s, against the direction of dependencies (docs/ARCHITECTURE.md)", pkg, im)
			}
		}
	}
}
