package refiqda

// The sidecar: what groundwork carries in its own .qdpx beyond REFI-QDA,
// so that exporting a project and importing it back into groundwork loses
// nothing. Other software ignores these entries.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/ingest"
)

// CodebookEntry is the zip entry in which a groundwork export carries the
// project's codebook file as written (with its ids, comments, guidance and
// rules). project.qde carries the codebook for other software.
const CodebookEntry = "groundwork/codebook.yaml"

// CodingsEntry is the zip entry in which a groundwork export carries what
// REFI-QDA has no place for about codings: each exported coding's status,
// origin, rule and evidence (by Coding GUID), and, in an export of people's
// codings and pending suggestions alike (the default), the codings left out
// for their status (the rejected suggestions): an export filtered to fewer
// statuses carries nothing of what it leaves out. Importing the export into
// groundwork restores them.
const CodingsEntry = "groundwork/codings.json"

// SettingsEntry is the zip entry in which a groundwork export carries how
// the project read its transcripts, which REFI-QDA has no place for: the
// speaker labels of its interviewers' turns as they stand in the exported
// text (pseudonyms, in a redacted project: never the names groundwork.yaml
// lists), the longest segment and whether the project is redacted (by
// `groundwork redact`, or as groundwork.yaml asks), so that the project an
// import makes redacts what it ingests. Importing
// the export reads the sources alike, and writes them into the new
// project's groundwork.yaml.
const SettingsEntry = "groundwork/settings.json"

// SettingsFile is the content of SettingsEntry.
type SettingsFile struct {
	Version      int      `json:"version"`
	Interviewers []string `json:"interviewers"`
	MaxWords     int      `json:"max_words"`
	Redact       bool     `json:"redact"`
}

// maxSettings bounds the settings an import reads: a few thousand labels.
const maxSettings = 1 << 20

// loadSettings reads a groundwork export's settings, if it carries them,
// into the converter's configuration, before the sources are read.
func (c *converter) loadSettings() error {
	data, err := c.sideEntry(SettingsEntry, maxSettings, "settings may hold", "the sources were read with a new project's settings")
	if data == nil || err != nil {
		return err
	}
	var s SettingsFile
	if err := json.Unmarshal(data, &s); err != nil || s.MaxWords < 0 {
		c.warnf("the archive's %s cannot be read; the sources were read with a new project's settings", SettingsEntry)
		return nil
	}
	for _, l := range s.Interviewers {
		// A pseudonym's label, "[PERSON 1]" in the text, is read as
		// "PERSON 1" by the speaker-label reader.
		for _, form := range []string{strings.TrimSpace(l), strings.Trim(strings.TrimSpace(l), "[]")} {
			if form != "" && !c.cfg.IsInterviewer(form) {
				c.cfg.Interviewers = append(c.cfg.Interviewers, form)
			}
		}
	}
	if s.MaxWords > 0 && s.MaxWords != c.cfg.Segmentation.MaxWords {
		seg, err := ingest.NewSegmenter(s.MaxWords)
		if err != nil {
			c.warnf("the archive's %s asks for segments of %d words, which groundwork cannot use; the default was used", SettingsEntry, s.MaxWords)
			return nil
		}
		c.seg, c.cfg.Segmentation.MaxWords = seg, s.MaxWords
	}
	c.cfg.Privacy.Redact = s.Redact
	c.plan.settings = c.cfg
	return nil
}

// CodingsFile is the content of CodingsEntry.
type CodingsFile struct {
	Version  int                    `json:"version"`
	Codings  map[string]CodingState `json:"codings"`
	Withheld []WithheldCoding       `json:"withheld,omitempty"`
}

// CodingState is what groundwork knows about an exported coding beyond
// REFI-QDA.
type CodingState struct {
	Status   string `json:"status"`
	Origin   string `json:"origin"`
	Rule     string `json:"rule,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	// SuggestedBy names the suggester whose suggestion a person accepted;
	// Confidence is a learned suggestion's.
	SuggestedBy string   `json:"suggested_by,omitempty"`
	Confidence  *float64 `json:"confidence,omitempty"`
}

// WithheldCoding is a coding not exported for its status.
type WithheldCoding struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Code     string `json:"code"`
	Coder    string `json:"coder"`
	CodingState
	Quote   string    `json:"quote"`
	Created time.Time `json:"created"`
}

func codingState(c *corpus.Coding) CodingState {
	return CodingState{Status: c.Status, Origin: c.Origin, Rule: c.Rule, Evidence: c.Evidence, SuggestedBy: c.SuggestedBy, Confidence: c.Confidence}
}

// restore gives c the state's status, origin, rule, evidence, suggester
// and confidence.
func (st CodingState) restore(c *corpus.Coding) {
	c.Status, c.Origin, c.Rule, c.Evidence = st.Status, st.Origin, st.Rule, st.Evidence
	c.SuggestedBy, c.Confidence = st.SuggestedBy, st.Confidence
}

// valid reports whether the state is one groundwork could have written.
func (st CodingState) valid() bool {
	switch st.Status {
	case corpus.StatusAccepted, corpus.StatusSuggested, corpus.StatusRejected:
	default:
		return false
	}
	switch st.Origin {
	case corpus.OriginRule, corpus.OriginManual, corpus.OriginImport, corpus.OriginLearned:
		return true
	}
	return false
}

// writeCodingsFile writes s as json.Encoder with one-space indentation
// would, one coding at a time: the encoder builds the whole document in
// memory first, 120 MB at 10,000 interviews.
func writeCodingsFile(w io.Writer, s *CodingsFile) error {
	each := func(fn func(guid string, state []byte) error) error {
		for _, k := range slices.Sorted(maps.Keys(s.Codings)) {
			val, err := json.MarshalIndent(s.Codings[k], "  ", " ")
			if err != nil {
				return err
			}
			if err := fn(k, val); err != nil {
				return err
			}
		}
		return nil
	}
	return writeCodingsFrom(w, s.Version, each, s.Withheld)
}

// writeCodingsFrom writes what writeCodingsFile writes, with the codings'
// states (indented as members of "codings") from each, in GUID order.
func writeCodingsFrom(w io.Writer, version int, each func(fn func(guid string, state []byte) error) error, withheld []WithheldCoding) error {
	bw := bufio.NewWriter(w)
	// item writes the i-th member of an object (with its key) or array.
	item := func(i int, key string, val []byte) error {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n  ")
		if key != "" {
			k, _ := json.Marshal(key)
			bw.Write(k)
			bw.WriteString(": ")
		}
		_, err := bw.Write(val)
		return err
	}
	fmt.Fprintf(bw, "{\n \"version\": %d,\n \"codings\": {", version)
	n := 0
	err := each(func(guid string, state []byte) error {
		n++
		return item(n-1, guid, state)
	})
	if err != nil {
		return err
	}
	if n > 0 {
		bw.WriteString("\n ")
	}
	bw.WriteByte('}')
	if len(withheld) > 0 {
		bw.WriteString(",\n \"withheld\": [")
		for i, c := range withheld {
			val, err := json.MarshalIndent(c, "  ", " ")
			if err != nil {
				return err
			}
			if err := item(i, "", val); err != nil {
				return err
			}
		}
		bw.WriteString("\n ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// errSide says groundwork/codings.json is not what groundwork writes.
var errSide = errors.New("not groundwork's codings file")

// sideScan streams groundwork/codings.json to its callbacks.
type sideScan struct {
	dec *json.Decoder
	// onState is called for each coding's state, onWithheld (when not
	// nil) for each coding left out for its status.
	onState    func(guid string, st CodingState) error
	onWithheld func(w *WithheldCoding) error
}

// scanSide streams groundwork/codings.json to onState and onWithheld (see
// sideScan) and returns the file's version. Errors are refusals (limits)
// or errSide.
func (c *converter) scanSide(onState func(guid string, st CodingState) error, onWithheld func(w *WithheldCoding) error) (int, error) {
	real := c.ar.entries[CodingsEntry]
	rc, err := c.ar.openEntry(real, c.ar.limits.MaxEntry, c.ar.perEntry())
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	s := &sideScan{onState: onState, onWithheld: onWithheld}
	s.dec = json.NewDecoder(&bounded{r: rc, max: c.ar.limits.MaxText + 1<<20, mark: func() int64 { return s.dec.InputOffset() },
		err: c.ar.refusef("%s holds a value longer than %s, the limit for a source's text", CodingsEntry, mib(c.ar.limits.MaxText))})
	version, err := s.scan()
	var ref *refusal
	if errors.As(err, &ref) {
		return 0, err
	}
	if err != nil {
		return 0, errSide
	}
	return version, nil
}

// scan reads the top-level object.
func (s *sideScan) scan() (int, error) {
	version := 0
	if err := s.delim('{'); err != nil {
		return 0, err
	}
	for s.dec.More() {
		t, err := s.dec.Token()
		if err != nil {
			return 0, err
		}
		switch t {
		case "version":
			err = s.dec.Decode(&version)
		case "codings":
			err = s.states()
		case "withheld":
			err = s.withheld()
		default:
			var skip json.RawMessage
			err = s.dec.Decode(&skip)
		}
		if err != nil {
			return 0, err
		}
	}
	return version, nil
}

// delim reads the delimiter want.
func (s *sideScan) delim(want json.Delim) error {
	t, err := s.dec.Token()
	if err == nil && t != want {
		err = errSide
	}
	return err
}

// states reads the codings' states, an object by Coding GUID.
func (s *sideScan) states() error {
	err := s.delim('{')
	for err == nil && s.dec.More() {
		var k json.Token
		if k, err = s.dec.Token(); err != nil {
			break
		}
		var st CodingState
		if err = s.dec.Decode(&st); err == nil {
			g, _ := k.(string)
			err = s.onState(g, st)
		}
	}
	if err == nil {
		err = s.delim('}')
	}
	return err
}

// withheld reads the codings left out for their status, an array.
func (s *sideScan) withheld() error {
	err := s.delim('[')
	for err == nil && s.dec.More() {
		var w WithheldCoding
		if err = s.dec.Decode(&w); err == nil && s.onWithheld != nil {
			err = s.onWithheld(&w)
		}
	}
	if err == nil {
		err = s.delim(']')
	}
	return err
}

// loadStates reads what a groundwork export keeps about its codings
// beyond REFI-QDA: statuses, origins, rules (and, read later by
// restoreWithheld, codings left out for their status). Only for
// groundwork's own exports; a file that cannot be read is ignored with a
// warning, one over the limits refuses the archive.
func (c *converter) loadStates() error {
	if !c.fromGroundwork() {
		return nil
	}
	if _, ok := c.ar.entries[CodingsEntry]; !ok {
		return nil
	}
	states := map[string]CodingState{}
	version, err := c.scanSide(func(g string, st CodingState) error {
		states[NormGUID(g)] = st
		return c.charge(elementCost + 64 + len(g) + len(st.Status) + len(st.Origin) + len(st.Rule) + len(st.Evidence))
	}, nil)
	if errors.Is(err, errSide) || err == nil && version != 1 {
		c.warnf("%s cannot be read; coding statuses are not restored", CodingsEntry)
		return nil
	}
	if err != nil {
		return err
	}
	c.states = states
	return nil
}

// charge counts n bytes kept against MaxProject.
func (c *converter) charge(n int) error {
	if c.kept += int64(n); c.kept > c.ar.limits.MaxProject {
		return c.ar.refusef("%s and %s describe more than the import can hold (%s once decoded)",
			c.ar.qdeName, CodingsEntry, mib(c.ar.limits.MaxProject))
	}
	return nil
}

// restoreWithheld adds back the codings a groundwork export left out for
// their status, where their text is still exactly there. They are read
// from the file as it streams, each kept only when it fits.
func (c *converter) restoreWithheld() error {
	if c.states == nil {
		return nil // not a groundwork export, or its codings file unreadable
	}
	byID := map[string]*planDoc{}
	for _, d := range c.plan.docs {
		byID[d.doc.ID] = d
	}
	known := map[string]bool{}
	for _, id := range c.codeIDs {
		known[id] = true
	}
	cuts := map[*planDoc]*corpus.RuneText{}
	lost := 0
	_, err := c.scanSide(func(string, CodingState) error { return nil }, func(w *WithheldCoding) error {
		d := byID[w.Document]
		if d == nil || !known[w.Code] || !w.CodingState.valid() || w.Start < 0 || w.Start >= w.End {
			lost++
			return nil
		}
		cut := cuts[d]
		if cut == nil {
			cut = &corpus.RuneText{}
			cut.Reset(d.doc.Text)
			cuts[d] = cut
		}
		quote := cut.Slice(w.Start, w.End)
		if quote != w.Quote || utf8.RuneCountInString(quote) != w.End-w.Start {
			lost++
			return nil
		}
		cd := &corpus.Coding{DocID: d.doc.ID, Start: w.Start, End: w.End, Code: w.Code, Coder: w.Coder, Quote: quote, CreatedAt: w.Created}
		w.CodingState.restore(cd)
		d.codings = append(d.codings, cd)
		c.plan.rep.Restored++
		return c.charge(elementCost + 256 + len(w.Coder) + len(w.Rule) + len(w.Evidence))
	})
	var ref *refusal
	if errors.As(err, &ref) {
		return err
	}
	if lost > 0 {
		c.warnf("%s kept in %s no longer fit the project; not restored", plural(lost, "withheld coding"), CodingsEntry)
	}
	return nil
}

// sideEntry reads a sidecar entry of at most most bytes (what: what the
// limit is of, for the error); nil when the archive has none, or when it is
// larger, which is said with what was done instead (fallback).
func (c *converter) sideEntry(name string, most int64, what, fallback string) ([]byte, error) {
	real, ok := c.ar.entries[strings.ToLower(name)]
	if !ok {
		return nil, nil
	}
	if c.ar.sizes[real] > most {
		c.warnf("the archive's %s is larger than %s; %s", name, mib(most), fallback)
		return nil, nil
	}
	return c.ar.readEntry(real, most, what)
}

// maxSideCodebook bounds the codebook.yaml a groundwork export carries: a
// codebook of thousands of codes with their examples is a few megabytes.
const maxSideCodebook = 8 << 20

// groundworkCodebook returns the codebook file a groundwork export carries,
// when it is there, valid, and holds exactly the project's codes.
func (c *converter) groundworkCodebook(x *Exchange) []byte {
	data, err := c.sideEntry(CodebookEntry, maxSideCodebook, "a codebook may hold", "the codebook was rebuilt from project.qde")
	if data == nil || err != nil {
		return nil
	}
	cb, err := codebook.Parse("codebook.yaml", data)
	if err != nil {
		c.warnf("the archive's %s does not validate; the codebook was rebuilt from project.qde", CodebookEntry)
		return nil
	}
	ids := map[string]string{}
	for _, code := range cb.Codes() {
		ids[CodeGUID(code.ID)] = code.ID
	}
	n := 0
	match := true
	x.Walk(func(xc, _ *ExchangeCode) {
		n++
		if _, ok := ids[xc.GUID]; !ok {
			match = false
		}
	})
	if !match || n != len(ids) {
		c.warnf("the archive's %s does not match the codes of project.qde (edited in another tool?); the codebook was rebuilt from project.qde", CodebookEntry)
		return nil
	}
	c.codeIDs = ids
	return data
}
