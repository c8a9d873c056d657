package refiqda_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// exportAccentDoc has accents, curly quotes and emoji before and inside the
// coded passages: byte or UTF-16 offsets would not land on them.
const exportAccentDoc = `---
id: acc-01
programme: HeartMates
role: patient
---
Interviewer: Tell me about the café.

Participant: Le café était très bon 😀 and the naïve peer said she’d ring me late at night. “You’re not on your own,” she said.
`

// exportProject is the demo study with exportAccentDoc, three manual
// codings on it by two coders, and memos on a document, a code and the
// project.
func exportProject(t *testing.T) (*corpus.Project, *corpus.Store, *codebook.Codebook) {
	t.Helper()
	ctx := context.Background()
	proj, st, cb, d := study(t, "QDPX study", exportAccentDoc)
	err := st.Tx(ctx, func(tx *corpus.Tx) error {
		for _, c := range []struct{ phrase, code, coder string }{
			{"très bon 😀", "benefits.psychosocial", "alice"},
			{"“You’re not on your own,”", "isolation.reduced", "bob"},
			{"naïve peer", "benefits", "alice"},
		} {
			if err := tx.InsertCoding(codeAt(t, d, c.phrase, c.code, c.coder)); err != nil {
				return err
			}
		}
		if err := tx.InsertMemo(&corpus.Memo{TargetKind: "document", Target: "acc-01", Text: "Bilingual — “oui”.", Author: "alice"}); err != nil {
			return err
		}
		if err := tx.InsertMemo(&corpus.Memo{TargetKind: "code", Target: "benefits", Text: "Family coded directly once.", Author: "bob"}); err != nil {
			return err
		}
		return tx.InsertMemo(&corpus.Memo{TargetKind: "project", Text: "Study memo.", Author: "alice"})
	})
	noErr(t, err)
	return proj, st, cb
}

// the parts of project.qde the tests look at
type tProject struct {
	Users []struct {
		GUID string `xml:"guid,attr"`
		Name string `xml:"name,attr"`
	} `xml:"Users>User"`
	Codes     []tCode `xml:"CodeBook>Codes>Code"`
	Variables []struct {
		Name string `xml:"name,attr"`
		Type string `xml:"typeOfVariable,attr"`
	} `xml:"Variables>Variable"`
	Cases []struct {
		Name   string `xml:"name,attr"`
		Values []struct {
			Text *string `xml:"TextValue"`
			Date *string `xml:"DateValue"`
		} `xml:"VariableValue"`
		Sources []struct {
			Target string `xml:"targetGUID,attr"`
		} `xml:"SourceRef"`
	} `xml:"Cases>Case"`
	Sources []tSource `xml:"Sources>TextSource"`
	Notes   []struct {
		GUID string `xml:"guid,attr"`
		Text string `xml:"PlainTextContent"`
	} `xml:"Notes>Note"`
	Sets []struct {
		Name    string `xml:"name,attr"`
		Members []struct {
			Target string `xml:"targetGUID,attr"`
		} `xml:"MemberCode"`
	} `xml:"Sets>Set"`
	NoteRefs []struct {
		Target string `xml:"targetGUID,attr"`
	} `xml:"NoteRef"`
}

type tSource struct {
	GUID       string `xml:"guid,attr"`
	Name       string `xml:"name,attr"`
	Path       string `xml:"plainTextPath,attr"`
	Selections []struct {
		Start   int `xml:"startPosition,attr"`
		End     int `xml:"endPosition,attr"`
		Codings []struct {
			User string `xml:"creatingUser,attr"`
			Date string `xml:"creationDateTime,attr"`
			Code struct {
				Target string `xml:"targetGUID,attr"`
			} `xml:"CodeRef"`
		} `xml:"Coding"`
	} `xml:"PlainTextSelection"`
	NoteRefs []struct {
		Target string `xml:"targetGUID,attr"`
	} `xml:"NoteRef"`
}

type tCode struct {
	GUID     string `xml:"guid,attr"`
	Name     string `xml:"name,attr"`
	Codable  bool   `xml:"isCodable,attr"`
	NoteRefs []struct {
		Target string `xml:"targetGUID,attr"`
	} `xml:"NoteRef"`
	Codes []tCode `xml:"Code"`
}

func TestQDPXExport(t *testing.T) {
	ctx := context.Background()
	proj, st, cb := exportProject(t)
	path := filepath.Join(t.TempDir(), "study.qdpx")
	rep, err := refiqda.WriteQDPX(ctx, path, proj, st, cb, refiqda.ExportOptions{})
	noErr(t, err)
	if rep.Sources != 44 || rep.Codes != len(cb.Codes()) || rep.Notes != 3 || rep.Cases != 44 || rep.Sets != 2 || rep.Codings == 0 {
		t.Errorf("report %+v", rep)
	}
	// Nothing but the archive is left in the directory.
	if es, _ := os.ReadDir(filepath.Dir(path)); len(es) != 1 {
		t.Errorf("the export left %d files", len(es))
	}
	data, _ := os.ReadFile(path)
	files := unzip(t, data)
	qde := files["project.qde"]
	if !bytes.HasPrefix(qde, []byte(`<?xml version="1.0" encoding="utf-8"?>`)) {
		t.Errorf("project.qde starts %q", qde[:min(40, len(qde))])
	}
	validate(t, "Project.xsd", qde)

	var p tProject
	if err := xml.Unmarshal(qde, &p); err != nil {
		t.Fatal(err)
	}
	users := map[string]string{}
	for _, u := range p.Users {
		users[u.GUID] = u.Name
	}
	for _, want := range []string{"alice", "bob", "auto"} {
		found := false
		for _, n := range users {
			found = found || n == want
		}
		if !found {
			t.Errorf("no user %s in %v", want, users)
		}
	}
	// Families are not codable, unless coded; the codebook's GUIDs are the codes'.
	for _, c := range p.Codes {
		if c.GUID != refiqda.CodeGUID(mustCode(t, cb, c.Name).ID) {
			t.Errorf("code %s has GUID %s", c.Name, c.GUID)
		}
		if len(c.Codes) == 0 || c.Codable != (c.Name == "Benefits of peer support") {
			t.Errorf("family %s isCodable=%v", c.Name, c.Codable)
		}
		if c.Name == "Benefits of peer support" && len(c.NoteRefs) != 1 {
			t.Errorf("the memo on benefits is not referenced from its code")
		}
	}
	if len(p.Sets) != 2 || p.Sets[0].Name != "challenges" || len(p.Sets[0].Members) != 2 {
		t.Errorf("sets %+v", p.Sets)
	}
	if len(p.NoteRefs) != 1 || len(p.Notes) != 3 {
		t.Errorf("notes %d, project note refs %d", len(p.Notes), len(p.NoteRefs))
	}
	checkExportedSources(t, st, files, p.Sources, users)
	// Attributes: one case per document, its values typed.
	for _, v := range p.Variables {
		if v.Name == "date" && v.Type != "Date" || v.Name == "role" && v.Type != "Text" {
			t.Errorf("variable %s is %s", v.Name, v.Type)
		}
	}
	if len(p.Cases) != 44 || len(p.Cases[0].Sources) != 1 || len(p.Cases[0].Values) == 0 {
		t.Errorf("cases %d", len(p.Cases))
	}
	if _, ok := files[refiqda.CodebookEntry]; !ok {
		t.Errorf("no %s in the archive", refiqda.CodebookEntry)
	}
	var side refiqda.CodingsFile
	if err := json.Unmarshal(files[refiqda.CodingsEntry], &side); err != nil || side.Version != 1 || len(side.Codings) != rep.Codings {
		t.Errorf("%s: %v, %d codings, want %d", refiqda.CodingsEntry, err, len(side.Codings), rep.Codings)
	}
	found := false
	for _, w := range rep.Warnings {
		found = found || strings.Contains(w, "rules of")
	}
	if !found {
		t.Errorf("no warning that rules are not exported: %q", rep.Warnings)
	}
}

// checkExportedSources checks the sources of an export: sources/<guid>.txt,
// UTF-8 without BOM or CR, the canonical text, every coding with a coder
// and a date, and acc-01's people's selections exactly on their words.
func checkExportedSources(t *testing.T, st *corpus.Store, files map[string][]byte, sources []tSource, users map[string]string) {
	t.Helper()
	ctx := context.Background()
	guidRE := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	for _, s := range sources {
		if !guidRE.MatchString(s.GUID) || s.Path != "internal://"+s.GUID+".txt" {
			t.Errorf("source %s: guid %s, path %s", s.Name, s.GUID, s.Path)
		}
		txt, ok := files["sources/"+s.GUID+".txt"]
		if !ok {
			t.Fatalf("no sources/%s.txt", s.GUID)
		}
		if !utf8.Valid(txt) || bytes.HasPrefix(txt, []byte("\xef\xbb\xbf")) || bytes.ContainsRune(txt, '\r') {
			t.Errorf("%s: not UTF-8 without BOM and CR", s.Name)
		}
		d, err := st.Document(ctx, s.Name)
		noErr(t, err)
		if string(txt) != d.Text {
			t.Errorf("%s: the source is not the canonical text", s.Name)
		}
		runes := []rune(d.Text)
		for _, sel := range s.Selections {
			for _, c := range sel.Codings {
				if users[c.User] == "" || c.Date == "" {
					t.Errorf("%s: a coding without coder or date", s.Name)
				}
			}
			if s.Name != "acc-01" {
				continue
			}
			quote := string(runes[sel.Start:sel.End])
			switch quote {
			case "très bon 😀", "“You’re not on your own,”", "naïve peer":
			default:
				if len(sel.Codings) > 0 && users[sel.Codings[0].User] != "auto" {
					t.Errorf("acc-01: selection [%d,%d) is %q", sel.Start, sel.End, quote)
				}
			}
		}
		if s.Name == "acc-01" && len(s.NoteRefs) != 1 {
			t.Errorf("the memo on acc-01 is not referenced from its source")
		}
	}
}

func mustCode(t *testing.T, cb *codebook.Codebook, name string) *codebook.Code {
	t.Helper()
	for _, c := range cb.Codes() {
		if codeName(c) == name {
			return c
		}
	}
	t.Fatalf("no code named %q", name)
	return nil
}

// Exporting twice gives the same GUIDs (and, at the same time stamp, the
// same bytes).
func TestQDPXStable(t *testing.T) {
	ctx := context.Background()
	proj, st, cb := exportProject(t)
	at := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	var a, b bytes.Buffer
	if _, err := refiqda.BuildQDPX(ctx, &a, proj, st, cb, refiqda.ExportOptions{Now: at}); err != nil {
		t.Fatal(err)
	}
	if _, err := refiqda.BuildQDPX(ctx, &b, proj, st, cb, refiqda.ExportOptions{Now: at.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	strip := regexp.MustCompile(`(creation|modified)DateTime="[^"]*"`)
	qa := strip.ReplaceAll(unzip(t, a.Bytes())["project.qde"], nil)
	qb := strip.ReplaceAll(unzip(t, b.Bytes())["project.qde"], nil)
	if !bytes.Equal(qa, qb) {
		t.Error("two exports differ in more than their time stamps")
	}
	var c bytes.Buffer
	if _, err := refiqda.BuildQDPX(ctx, &c, proj, st, cb, refiqda.ExportOptions{Now: at}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("two exports at the same time stamp differ")
	}
}

// Only the statuses asked for are exported, and what is left out is said.
func TestQDPXStatuses(t *testing.T) {
	ctx := context.Background()
	proj, st, cb := exportProject(t)
	// By default the pending suggestions go out as codings, and the
	// researcher is told how to leave them out.
	def, err := refiqda.BuildQDPX(ctx, io.Discard, proj, st, cb, refiqda.ExportOptions{})
	noErr(t, err)
	if !slices.ContainsFunc(def.Warnings, func(w string) bool {
		return strings.Contains(w, "still suggested") && strings.Contains(w, "--status accepted")
	}) {
		t.Errorf("no warning naming --status accepted for the pending suggestions: %q", def.Warnings)
	}
	var buf bytes.Buffer
	rep, err := refiqda.BuildQDPX(ctx, &buf, proj, st, cb, refiqda.ExportOptions{Statuses: []string{corpus.StatusAccepted}})
	noErr(t, err)
	if rep.Codings != 3 {
		t.Errorf("%d codings exported, want the 3 accepted", rep.Codings)
	}
	want := regexp.MustCompile(`^\d+ codings with status suggested not exported`)
	found := false
	for _, w := range rep.Warnings {
		found = found || want.MatchString(w)
	}
	if !found {
		t.Errorf("warnings %q", rep.Warnings)
	}
	files := unzip(t, buf.Bytes())
	validate(t, "Project.xsd", files["project.qde"])
	// An archive of people's decisions only, the file one shares as such,
	// carries none of the suggestions it leaves out: not in project.qde,
	// not in groundwork's own part of it (the withheld list, which a
	// round trip of the whole project needs, with their codes and quotes).
	var side refiqda.CodingsFile
	if err := json.Unmarshal(files[refiqda.CodingsEntry], &side); err != nil {
		t.Fatal(err)
	}
	if len(side.Withheld) != 0 {
		t.Errorf("%d withheld codings in the sidecar of an export of accepted codings, the first %+v", len(side.Withheld), side.Withheld[0])
	}
	for g, s := range side.Codings {
		if s.Status != corpus.StatusAccepted {
			t.Errorf("coding %s in the sidecar has status %s", g, s.Status)
		}
	}
	if bytes.Contains(files[refiqda.CodingsEntry], []byte(corpus.StatusSuggested)) {
		t.Errorf("the sidecar names suggestions (%d bytes)", len(files[refiqda.CodingsEntry]))
	}
	if !slices.ContainsFunc(rep.Warnings, func(w string) bool { return strings.Contains(w, "nor kept in the archive") }) {
		t.Errorf("no warning says the suggestions left out are not in the archive: %q", rep.Warnings)
	}
}

// An export of a project redacted with `groundwork redact`, whose
// groundwork.yaml does not ask for redaction, says the project is redacted,
// so that the project an import makes of it redacts what it ingests.
func TestQDPXSettingsRedacted(t *testing.T) {
	ctx := context.Background()
	proj, st, cb := exportProject(t)
	settings := func() refiqda.SettingsFile {
		t.Helper()
		var buf bytes.Buffer
		_, err := refiqda.BuildQDPX(ctx, &buf, proj, st, cb, refiqda.ExportOptions{})
		noErr(t, err)
		var s refiqda.SettingsFile
		noErr(t, json.Unmarshal(unzip(t, buf.Bytes())[refiqda.SettingsEntry], &s))
		return s
	}
	if settings().Redact {
		t.Error(`a project never redacted is exported with "redact": true`)
	}
	file, err := ingest.LoadPrivacy(proj.IdentifiersPath())
	noErr(t, err)
	_, _, err = ingest.RedactProject(ctx, proj, st, file, ingest.RedactOptions{})
	noErr(t, err)
	if proj.Config.Privacy.Redact {
		t.Fatal("the test wants a project redacted without privacy.redact")
	}
	if !settings().Redact {
		t.Error(`a redacted project is exported with "redact": false`)
	}
}

func TestQDPXWriteFailsCleanly(t *testing.T) {
	proj, st, cb := exportProject(t)
	_, err := refiqda.WriteQDPX(context.Background(), filepath.Join(t.TempDir(), "missing", "x.qdpx"), proj, st, cb, refiqda.ExportOptions{})
	if err == nil || !strings.Contains(err.Error(), "x.qdpx") {
		t.Errorf("err = %v", err)
	}
}
