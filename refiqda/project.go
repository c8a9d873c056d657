package refiqda

// Writing an imported project: built in a temporary directory beside its
// place and renamed into place when complete.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// checkTarget refuses a directory that holds anything.
func checkTarget(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s exists and is not a directory; import into a new directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty; import into a new directory (--into DIR)", dir)
	}
	return nil
}

// importMark is in the name of the temporary directory an import builds
// its project in, beside the target: ".NAME.importing-PID-RANDOM".
const importMark = ".importing-"

// writeInto builds the project in a temporary directory beside into and
// renames it into place when it is complete, so that into never holds a
// partial project: an error removes the temporary directory, and one left
// by a killed import (its process gone) is removed by the next import
// into the same place.
func (p *qdpxPlan) writeInto(ctx context.Context, into string) (err error) {
	parent, base := filepath.Dir(into), filepath.Base(into)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", parent, err)
	}
	removeAbandoned(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+importMark+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return fmt.Errorf("creating a temporary directory beside %s: %w", into, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if p.name == "" {
		p.name = base
	}
	if err := p.write(ctx, tmp); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return moveInto(tmp, into)
}

// moveInto renames the finished project to into, which may be missing or
// an empty directory (replaced: at once where the system allows, else
// removed first).
func moveInto(tmp, into string) error {
	if err := checkTarget(into); err != nil {
		return err // something appeared there meanwhile
	}
	err := os.Rename(tmp, into)
	if err != nil {
		if fi, serr := os.Stat(into); serr == nil && fi.IsDir() && os.Remove(into) == nil {
			err = os.Rename(tmp, into)
		}
	}
	if err != nil {
		return fmt.Errorf("moving the imported project into %s: %w", into, err)
	}
	return nil
}

// removeAbandoned removes what imports into parent/base that were killed
// left behind: temporary directories whose process is gone. One whose
// process still runs (another import at the same time) is left alone.
func removeAbandoned(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := "." + base + importMark
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() {
			continue
		}
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(filepath.Join(parent, e.Name()))
	}
}

// processAlive reports whether a process with the id runs. On Windows
// finding it is the test; elsewhere signal 0 (a process of another user
// counts as running).
func processAlive(pid int) bool {
	proc, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	defer proc.Release()
	if runtime.GOOS == "windows" {
		return true
	}
	err = proc.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// write creates the project in dir (a new, empty directory) and stores
// everything in one transaction.
func (p *qdpxPlan) write(ctx context.Context, dir string) error {
	proj, err := corpus.Init(ctx, dir, "blank", p.name, p.codebook)
	if err != nil {
		return fmt.Errorf("creating the project: %w", err)
	}
	cfgPath := filepath.Join(proj.Dir, corpus.ConfigFile)
	cfgText, err := os.ReadFile(cfgPath)
	if err != nil {
		return err
	}
	cfgText, err = declareAttributes(cfgText, p.attrs, p.description)
	if err != nil {
		return err
	}
	if p.settings != nil {
		if cfgText, err = writeSettings(cfgText, p.settings); err != nil {
			return err
		}
	}
	if _, err := corpus.ParseConfig(cfgPath, cfgText); err != nil {
		return fmt.Errorf("internal error: the imported settings do not validate: %w", err)
	}
	if err := corpus.WriteFileAtomic(cfgPath, cfgText, 0o644); err != nil {
		return err
	}
	st, err := corpus.OpenStore(ctx, proj.StorePath())
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, d := range p.docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := tx.PutDocument(d.doc, d.built.Turns, d.built.Segments); err != nil {
				return fmt.Errorf("storing %s: %w", d.doc.ID, err)
			}
			for _, cd := range d.codings {
				if err := tx.InsertCoding(cd); err != nil {
					return err
				}
			}
		}
		for _, m := range p.memos {
			target := m.target
			if m.kind == "coding" {
				target = strconv.FormatInt(m.coding.ID, 10)
			}
			if err := tx.InsertMemo(&corpus.Memo{TargetKind: m.kind, Target: target, Text: m.text, Author: m.author, CreatedAt: m.created}); err != nil {
				return err
			}
		}
		return nil
	})
}

// declareAttributes adds the imported attributes to a groundwork.yaml made
// from the blank template (under attributes:), changes a declared type
// that the values do not fit to text, and sets the description.
func declareAttributes(cfg []byte, attrs []attrDecl, description string) ([]byte, error) {
	lines := strings.Split(strings.TrimSuffix(string(cfg), "\n"), "\n")
	at := -1
	for i, l := range lines {
		if l == "attributes:" {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, errors.New("internal error: groundwork.yaml has no attributes: section")
	}
	end, declared := attributeLines(lines, at)
	var add []string
	described := map[int]string{} // line of a declared attribute's type -> description to add after it
	for _, a := range attrs {
		if ln, ok := declared[a.name]; ok {
			have := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[ln]), "type:"))
			if have != a.typ && have != corpus.AttrText {
				lines[ln] = strings.Repeat(" ", indentOf(lines[ln])) + "type: " + corpus.AttrText
			}
			if a.description != "" && !hasDescription(lines, ln) {
				described[ln] = a.description
			}
			continue
		}
		add = append(add, "  "+codebook.QuoteYAML(a.name)+":", "    type: "+a.typ)
		if a.description != "" {
			add = append(add, "    description: "+codebook.QuoteYAML(a.description))
		}
	}
	var out []string
	for i, l := range lines[:end+1] {
		out = append(out, l)
		if d, ok := described[i]; ok {
			out = append(out, strings.Repeat(" ", indentOf(l))+"description: "+codebook.QuoteYAML(d))
		}
	}
	out = append(out, add...)
	out = append(out, lines[end+1:]...)
	if description != "" {
		for i, l := range out {
			if strings.HasPrefix(l, "name:") {
				out = append(out[:i+1], append([]string{"description: " + codebook.QuoteYAML(description)}, out[i+1:]...)...)
				break
			}
		}
	}
	return []byte(strings.Join(out, "\n") + "\n"), nil
}

// attributeLines reads the attributes: section that starts at line at: it
// returns its last line and the line of each attribute's "type:".
func attributeLines(lines []string, at int) (int, map[string]int) {
	end := at
	declared := map[string]int{}
	cur := ""
	for i := at + 1; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		if !strings.HasPrefix(l, " ") {
			break
		}
		end = i
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "   ") {
			cur = strings.TrimSuffix(strings.TrimSpace(l), ":")
		} else if strings.HasPrefix(strings.TrimSpace(l), "type:") {
			declared[cur] = i
		}
	}
	return end, declared
}

// hasDescription reports whether the attribute whose type is on line ln
// already has a description.
func hasDescription(lines []string, ln int) bool {
	ind := indentOf(lines[ln])
	for i := ln - 1; i >= 0 && indentOf(lines[i]) == ind; i-- {
		if strings.HasPrefix(strings.TrimSpace(lines[i]), "description:") {
			return true
		}
	}
	for i := ln + 1; i < len(lines) && indentOf(lines[i]) == ind && strings.TrimSpace(lines[i]) != ""; i++ {
		if strings.HasPrefix(strings.TrimSpace(lines[i]), "description:") {
			return true
		}
	}
	return false
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// writeSettings writes an exported project's interviewers, segment length
// and redaction into a new project's groundwork.yaml, in place of the
// template's lines (a JSON list is a YAML flow sequence).
func writeSettings(cfgText []byte, cfg *corpus.Config) ([]byte, error) {
	labels, err := json.Marshal(cfg.Interviewers)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(cfgText), "\n")
	set := map[string]string{"interviewers:": "interviewers: " + string(labels),
		"  max_words:": fmt.Sprintf("  max_words: %d", cfg.Segmentation.MaxWords),
		"  redact:":    fmt.Sprintf("  redact: %t", cfg.Privacy.Redact)}
	for i, l := range lines {
		for prefix, line := range set {
			if strings.HasPrefix(l, prefix) {
				if _, comment, ok := strings.Cut(l, " #"); ok {
					line += "    #" + comment // the template's explanation stays
				}
				lines[i] = line
				delete(set, prefix)
			}
		}
	}
	if len(set) > 0 {
		return nil, errors.New("internal error: groundwork.yaml's template lacks a setting an import writes")
	}
	return []byte(strings.Join(lines, "\n")), nil
}
