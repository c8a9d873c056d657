package reports

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// encodedJSON is what json.Encoder writes for v with the report's settings.
func encodedJSON(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

type streamInner struct {
	A int      `json:"a"`
	B []string `json:"b,omitempty"`
	C *float64 `json:"c,omitempty"`
}

type streamEmbedded struct {
	streamInner
	D string `json:"d"`
}

// streamString has a tag option streamJSON leaves to encoding/json.
type streamString struct {
	N int `json:"n,string"`
}

type streamOuter struct {
	Title    string `json:"title"`
	Skip     string `json:"-"`
	hidden   int    //lint:ignore U1000 an unexported field encoding/json skips
	Untagged bool
	Empty    []int             `json:"empty"`
	Nil      []int             `json:"nil"`
	Omitted  []int             `json:"omitted,omitempty"`
	Inners   []streamInner     `json:"inners"`
	Ptrs     []*streamInner    `json:"ptrs"`
	Map      map[string][]int  `json:"map"`
	Any      any               `json:"any"`
	AnyNil   any               `json:"any_nil"`
	When     time.Time         `json:"when"`
	Bytes    []byte            `json:"bytes"`
	Embedded streamEmbedded    `json:"embedded"`
	Str      streamString      `json:"str"`
	Nested   [][]streamInner   `json:"nested"`
	Raw      json.RawMessage   `json:"raw"`
	Zero     streamInner       `json:"zero,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	HTML     string            `json:"html"`
}

// TestStreamJSONWalksTheReport: the report and what it holds are written
// a field and an element at a time, not encoded whole.
func TestStreamJSONWalksTheReport(t *testing.T) {
	for _, v := range []any{streamOuter{}, Report{}} {
		if !walkable(reflect.TypeOf(v)) {
			t.Errorf("%T is encoded whole", v)
		}
	}
}

// TestStreamJSONMatchesEncoder: the report's JSON is written a field and an
// element at a time, and must be byte for byte what json.Encoder writes.
func TestStreamJSONMatchesEncoder(t *testing.T) {
	half := 0.5
	full := streamOuter{
		Title:    "Peer support <&> \"quotes\" — ünïcode",
		Skip:     "never",
		hidden:   3,
		Untagged: true,
		Empty:    []int{},
		Inners:   []streamInner{{A: 1, B: []string{"x", "y"}, C: &half}, {A: 2}},
		Ptrs:     []*streamInner{nil, {A: 3}},
		Map:      map[string][]int{"b": {1}, "a": nil},
		Any:      []any{1, "two", map[string]any{"k": []int{}}},
		When:     time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC),
		Bytes:    []byte("bytes"),
		Embedded: streamEmbedded{streamInner{A: 4}, "d"},
		Str:      streamString{7},
		Nested:   [][]streamInner{{}, {{A: 5}}, nil},
		Raw:      json.RawMessage(`{"raw":  [1, 2]}`),
		HTML:     "<b>a & b</b>",
	}
	for name, v := range map[string]any{
		"full":         full,
		"pointer":      &full,
		"zero":         streamOuter{},
		"empty struct": struct{}{},
		"only omitted": struct {
			A []int `json:"a,omitempty"`
		}{},
		"slice":  []streamInner{{A: 1}},
		"string": "plain",
		"nil":    nil,
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := streamJSON(&b, v); err != nil {
				t.Fatal(err)
			}
			if want := encodedJSON(t, v); b.String() != want {
				t.Errorf("got\n%s\nwant\n%s", b.String(), want)
			}
		})
	}
}

// TestStreamJSONRefusesWhatEncodingJSONRefuses: a value JSON cannot hold
// is an error, as from json.Encoder.
func TestStreamJSONRefusesWhatEncodingJSONRefuses(t *testing.T) {
	err := streamJSON(&bytes.Buffer{}, struct {
		F float64 `json:"f"`
	}{math.NaN()})
	if err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("got %v, want an error about NaN", err)
	}
}
