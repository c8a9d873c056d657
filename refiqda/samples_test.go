package refiqda_test

// The sample exports of other tools, read from shared/refi-qda beside the
// repository: each test skips as a whole when its sample is not there.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/refiqda"
)

// TestQDPXSampleOrnioDirectory imports the hand-authored project of Ornio-app/qdpx-toolkit, unpacked: nearly every element, media and PDFs included.
func TestQDPXSampleOrnioDirectory(t *testing.T) {
	src := sample(t, "hand-authored-ornio")
	ctx := context.Background()
	into := filepath.Join(t.TempDir(), "p")
	rep, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into})
	noErr(t, err)
	t.Logf("%+v", rep)
	if rep.Sources != 2 || rep.Codes != 4 || rep.Codings != 3 || rep.Notes != 3 || rep.Groups != 1 {
		t.Errorf("report %+v", rep)
	}
	for _, re := range []string{`1 picture source \(1 selection, 1 coding\) not imported`, `1 audio source`, `1 video source`,
		`1 PDF source: .*1 region selection`, `1 graph not imported`, `cases to codes`} {
		if !hasWarning(rep.Warnings, re) {
			t.Errorf("no warning %q in %q", re, rep.Warnings)
		}
	}
	st, cb := openImported(t, into)
	cs, _ := st.Codings(ctx, corpus.CodingFilter{})
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%s %s [%d,%d) %q %s", c.DocID, c.Code, c.Start, c.End, c.Quote, c.Coder))
	}
	want := []string{
		`Interview_1 topics.health [0,15) "Diet and health" Researcher A`,
		`Interview_1 topics.health.diet [9,23) "health are clo" Researcher A`,
		`Interview_1 topics.health.diet [0,20) "Diet and health are " unknown`,
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("codings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c, ok := cb.Code("topics.health.diet"); !ok || c.Colour != "#dc0000" || c.Definition != "Food and eating habits" {
		t.Errorf("code topics.health.diet: %+v", c)
	}
	d, err := st.Document(ctx, "Interview_1")
	noErr(t, err)
	if d.Attrs["age"] != "34" || d.Attrs["consented"] != "true" || d.Attrs["sets"] != "Diet-related" {
		t.Errorf("attributes %v", d.Attrs)
	}
	memos, _ := st.Memos(ctx, "", "")
	var kinds []string
	for _, m := range memos {
		kinds = append(kinds, m.TargetKind)
	}
	sort.Strings(kinds)
	if !slices.Equal(kinds, []string{"coding", "document", "project"}) {
		t.Errorf("memo targets %v", kinds)
	}
}

// TestQDPXSampleOrnioQDE imports the same project as a bare .qde, its sources found beside it.
func TestQDPXSampleOrnioQDE(t *testing.T) {
	src := sample(t, "hand-authored-ornio/project.qde")
	rep, err := refiqda.ImportQDPX(context.Background(), src, refiqda.ImportOptions{Into: filepath.Join(t.TempDir(), "p")})
	noErr(t, err)
	if rep.Sources != 2 || rep.Codings != 3 {
		t.Errorf("report %+v", rep)
	}
}

// TestQDPXSampleNVivo imports a real export from NVivo for Mac 15.
func TestQDPXSampleNVivo(t *testing.T) {
	// Its two sources are empty (a newline each): nothing to import.
	src := sample(t, "nvivo-mac-15/nvivo_project.qdpx")
	ctx := context.Background()
	into := filepath.Join(t.TempDir(), "p")
	_, err := refiqda.ImportQDPX(ctx, src, refiqda.ImportOptions{Into: into})
	if err == nil || !strings.Contains(err.Error(), "nothing to import: the project holds 2 text sources, 262 codes, but every source's text is empty; nothing was imported") ||
		!strings.Contains(err.Error(), "groundwork codebook import") {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(into); err == nil {
		t.Errorf("%s was created", into)
	}
	// With text in one, it comes in with its codebook.
	withText := filepath.Join(t.TempDir(), "nvivo.qdpx")
	copyZip(t, src, withText, map[string]string{"sources/d097e6fd-7671-4d95-a8b6-7795fa4a72e1.txt": "Interviewer: Hello.\n\nParticipant: Hello there."})
	rep, err := refiqda.ImportQDPX(ctx, withText, refiqda.ImportOptions{Into: into})
	noErr(t, err)
	t.Logf("%+v", rep)
	if rep.Sources != 2 || rep.Codes != 262 || rep.Users != 2 {
		t.Errorf("report %+v", rep)
	}
	_, cb := openImported(t, into)
	// Siblings with the same name under different parents stay apart;
	// deep trees keep their shape.
	if _, ok := cb.Code("rq2_curriculum_and_instruction.pedagogy.pedagogy"); !ok {
		t.Errorf("no rq2_curriculum_and_instruction.pedagogy.pedagogy in %d codes", len(cb.Codes()))
	}
}

// TestQDPXSampleAtlasTi imports the REFI-QDA standard's Annex A.2, an ATLAS.ti export without its sources.
func TestQDPXSampleAtlasTi(t *testing.T) {
	// None of its sources is there: nothing to import, and the error
	// says what the project holds and why.
	qde := sample(t, "spec-annex-a2-atlasti/Project.qde")
	ctx := context.Background()
	into := filepath.Join(t.TempDir(), "p")
	_, err := refiqda.ImportQDPX(ctx, qde, refiqda.ImportOptions{Into: into})
	if err == nil || !strings.Contains(err.Error(), "nothing to import: the project holds 6 text sources, 2 PDF sources, 1 picture source, 1 audio source, 2 video sources, 2 notes, 14 codes, but none of its sources' text could be read (source \"1960s Coca Cola commercial - Audio.docx\": its text file internal://01106019-2518-43DD-BBD1-8F0252BACB30.txt is not in the archive;") {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(into); err == nil {
		t.Errorf("%s was created", into)
	}
	// With one source's text beside it, the rest comes in.
	dir := t.TempDir()
	data, err := os.ReadFile(qde)
	noErr(t, err)
	os.WriteFile(filepath.Join(dir, "Project.qde"), data, 0o644)
	os.Mkdir(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "01106019-2518-43DD-BBD1-8F0252BACB30.txt"), []byte(strings.Repeat("Coke is it. ", 200)), 0o644)
	rep, err := refiqda.ImportQDPX(ctx, filepath.Join(dir, "Project.qde"), refiqda.ImportOptions{Into: into})
	noErr(t, err)
	t.Logf("%+v", rep)
	if rep.Sources != 1 || rep.Codes != 14 || rep.Groups != 5 {
		t.Errorf("report %+v", rep)
	}
	for _, re := range []string{`source "Simon.docx": its text file internal://C1C745F7.* is not in the archive; not imported \(with 3 selections and 3 codings\)`,
		`source "Mabel.txt": .*1 selection and 3 codings`, `2 video sources`, `1 graph`} {
		if !hasWarning(rep.Warnings, re) {
			t.Errorf("no warning %q in %q", re, rep.Warnings)
		}
	}
	_, cb := openImported(t, into)
	// "Coke::diet Coke" is diet Coke under Coke.
	c, ok := cb.Code("coke.diet_coke")
	if !ok || c.ParentID != "coke" || c.Label != "diet Coke" || c.Definition != "non sucré" {
		t.Errorf("coke.diet_coke: %+v", c)
	}
	if g, ok := cb.Group("negative feelings"); !ok || len(g.Codes) != 4 {
		t.Errorf("group negative feelings: %+v", g)
	}
}

// TestReadQDCSpecSample reads the REFI-QDA standard's own codebook
// example (Annex A.1) and imports it.
func TestReadQDCSpecSample(t *testing.T) {
	path := sample(t, "codebooks/spec-annex-a1.qdc")
	data, err := os.ReadFile(path)
	noErr(t, err)
	x, err := refiqda.ReadQDC("spec-annex-a1.qdc", data)
	noErr(t, err)
	var names []string
	for _, c := range x.Codes {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "Topics,Economy,Health care,Values,Conservatives,Liberals" {
		t.Errorf("codes %v", names)
	}
	if c := x.Codes[1]; c.GUID != "d7aa29da-519b-4946-9b90-253b6db8fd0a" || c.Colour != "#ffff00" || !c.Codable || c.Description != "Anything about jobs or taxes or business" {
		t.Errorf("Economy %+v", c)
	}
	if x.Codes[0].Codable {
		t.Error("Topics is not codable")
	}
	res, err := refiqda.ImportCodebook(nil, "", x, refiqda.CodebookOptions{Source: "spec-annex-a1.qdc"})
	noErr(t, err)
	cb, err := codebook.Parse("codebook.yaml", res.YAML)
	noErr(t, err)
	if len(cb.Codes()) != 6 || res.IDs["d7aa29da-519b-4946-9b90-253b6db8fd0a"] != "economy" {
		t.Errorf("%d codes, ids %v", len(cb.Codes()), res.IDs)
	}
}
