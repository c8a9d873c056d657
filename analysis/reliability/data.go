package reliability

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Level is a level of measurement. It selects the difference function
// (metric) used by Krippendorff's alpha and decides whether values are
// compared as labels (Nominal) or as numbers (the other levels).
type Level int

// Levels of measurement. The zero value is Nominal.
const (
	// Nominal values are unordered categories compared by label.
	Nominal Level = iota
	// Ordinal values are numbers whose order, but not spacing, matters.
	Ordinal
	// Interval values are numbers whose differences matter.
	Interval
	// Ratio values are non-negative numbers whose ratios matter.
	Ratio
)

// String returns the lower-case name of l ("nominal", "ordinal",
// "interval" or "ratio").
func (l Level) String() string {
	switch l {
	case Nominal:
		return "nominal"
	case Ordinal:
		return "ordinal"
	case Interval:
		return "interval"
	case Ratio:
		return "ratio"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

func (l Level) valid() bool { return l >= Nominal && l <= Ratio }

// numeric reports whether values at level l must be numbers.
func (l Level) numeric() bool { return l != Nominal }

// ErrUnknownLevel is returned (wrapped) by [ParseLevel] and
// [Level.UnmarshalText] for an unrecognised level name.
var ErrUnknownLevel = errors.New("unknown level of measurement")

// ParseLevel parses a level name case-insensitively: "nominal", "ordinal",
// "interval" or "ratio".
func ParseLevel(s string) (Level, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for l := Nominal; l <= Ratio; l++ {
		if l.String() == name {
			return l, nil
		}
	}
	return 0, fmt.Errorf("%w %q (want nominal, ordinal, interval or ratio)", ErrUnknownLevel, s)
}

// MarshalText implements [encoding.TextMarshaler].
func (l Level) MarshalText() ([]byte, error) {
	if !l.valid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownLevel, int(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] using [ParseLevel].
func (l *Level) UnmarshalText(text []byte) error {
	v, err := ParseLevel(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

type valueKind uint8

const (
	kindMissing valueKind = iota
	kindCategory
	kindNumber
)

// Value is one cell of reliability data: a category label, a number, or
// missing. The zero Value is missing.
type Value struct {
	label string
	num   float64
	kind  valueKind
}

// Missing returns a missing value (the zero Value).
func Missing() Value { return Value{} }

// Category returns a value holding the given label. An empty label yields
// a missing value. At numeric levels the label must parse as a number.
func Category(label string) Value {
	if label == "" {
		return Value{}
	}
	return Value{label: label, kind: kindCategory}
}

// Number returns a numeric value. At the nominal level it is compared by
// its shortest decimal representation, so Number(1) equals Category("1").
// NaN and infinities are rejected by [Compute].
func Number(x float64) Value { return Value{num: x, kind: kindNumber} }

// IsMissing reports whether v is missing.
func (v Value) IsMissing() bool { return v.kind == kindMissing }

// String returns the label of v, the shortest decimal form of a number,
// or "" for a missing value.
func (v Value) String() string {
	switch v.kind {
	case kindCategory:
		return v.label
	case kindNumber:
		return strconv.FormatFloat(v.num, 'g', -1, 64)
	}
	return ""
}

// Float returns v as a number. ok is false when v is missing or is a label
// that does not parse as a finite number.
func (v Value) Float() (x float64, ok bool) {
	switch v.kind {
	case kindNumber:
		return v.num, !math.IsNaN(v.num) && !math.IsInf(v.num, 0)
	case kindCategory:
		x, err := parseNumber(v.label)
		return x, err == nil
	}
	return 0, false
}

// MarshalJSON encodes a missing value as null, a number as a JSON number
// (null if it is not finite) and a category as a JSON string.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case kindCategory:
		return strconv.AppendQuote(nil, v.label), nil
	case kindNumber:
		if math.IsNaN(v.num) || math.IsInf(v.num, 0) {
			return []byte("null"), nil
		}
		return strconv.AppendFloat(nil, v.num, 'g', -1, 64), nil
	}
	return []byte("null"), nil
}

// errNotFinite is wrapped when a number is NaN or infinite.
var errNotFinite = errors.New("not a finite number")

// parseNumber parses a decimal number, rejecting NaN and infinities. Its
// error is a *strconv.NumError or errNotFinite.
func parseNumber(s string) (float64, error) {
	x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, errNotFinite
	}
	return x, nil
}

// Data is reliability data: Units[u][c] is the value coder c assigned to
// unit u. Every row of Units has len(Coders) cells.
type Data struct {
	// Coders names the coders, one per column.
	Coders []string
	// UnitIDs optionally labels the units; nil or one label per unit.
	UnitIDs []string
	// Units holds one row per unit and one cell per coder.
	Units [][]Value
	// Counts optionally says how many units each row stands for (nil: one
	// each). Identical rows may be collapsed into one with their count:
	// every statistic is the same as over the rows written out, and a
	// presence/absence agreement over millions of units has only a handful
	// of distinct rows.
	Counts []int
}

// NewData builds Data from string cells, rows[u][c] being the value coder
// c assigned to unit u. Cells are trimmed of surrounding white space and an
// empty cell is missing. Numbers are parsed later, by [Compute], at
// numeric levels.
func NewData(coders []string, rows [][]string) (Data, error) {
	return dataOf(coders, rows, func(_, _ int, s string) (Value, error) {
		return Category(strings.TrimSpace(s)), nil
	})
}

// dataOf builds Data from rows of cells, one per coder, value giving each
// cell's value (or saying why it has none).
func dataOf[T any](coders []string, rows [][]T, value func(u, c int, cell T) (Value, error)) (Data, error) {
	d := Data{Coders: coders, Units: make([][]Value, len(rows))}
	for u, row := range rows {
		if len(row) != len(coders) {
			return Data{}, fmt.Errorf("reliability: unit %d has %d cells, want %d (one per coder)", u+1, len(row), len(coders))
		}
		vals := make([]Value, len(row))
		for c, cell := range row {
			v, err := value(u, c, cell)
			if err != nil {
				return Data{}, err
			}
			vals[c] = v
		}
		d.Units[u] = vals
	}
	return d, nil
}

// Validate checks that d is well formed: every unit has one cell per coder
// and UnitIDs, if present, has one label per unit. It does not check that
// values are numeric; [Compute] does that for numeric levels.
func (d Data) Validate() error {
	if d.UnitIDs != nil && len(d.UnitIDs) != len(d.Units) {
		return fmt.Errorf("reliability: %d unit IDs for %d units", len(d.UnitIDs), len(d.Units))
	}
	if d.Counts != nil && len(d.Counts) != len(d.Units) {
		return fmt.Errorf("reliability: %d counts for %d units", len(d.Counts), len(d.Units))
	}
	for u, n := range d.Counts {
		if n < 1 {
			return fmt.Errorf("reliability: unit %s has count %d; a row stands for one unit or more", d.unitName(u), n)
		}
	}
	for u, row := range d.Units {
		if len(row) != len(d.Coders) {
			return fmt.Errorf("reliability: unit %s has %d cells, want %d (one per coder)", d.unitName(u), len(row), len(d.Coders))
		}
	}
	return nil
}

// unitName describes unit u for messages: its 1-based number and, if
// known, its ID.
func (d Data) unitName(u int) string {
	if u < len(d.UnitIDs) && d.UnitIDs[u] != "" {
		return fmt.Sprintf("%d (%q)", u+1, d.UnitIDs[u])
	}
	return strconv.Itoa(u + 1)
}

// Binary cell values for presence/absence data built with [Binary].
const (
	// BinaryMissing marks a unit the coder did not code at all.
	BinaryMissing int8 = -1
	// BinaryAbsent marks a unit the coder coded without applying the code.
	BinaryAbsent int8 = 0
	// BinaryPresent marks a unit to which the coder applied the code.
	BinaryPresent int8 = 1
)

// BinaryCell returns the presence/absence cell for one unit and coder:
// BinaryPresent if the coder applied the code to the unit, BinaryAbsent if
// the coder coded the unit but not with this code, and BinaryMissing if
// the coder did not code the unit.
func BinaryCell(coded, applied bool) int8 {
	switch {
	case applied:
		return BinaryPresent
	case coded:
		return BinaryAbsent
	}
	return BinaryMissing
}

// Binary builds presence/absence data for one code: cells[u][c] is
// BinaryPresent, BinaryAbsent or BinaryMissing (see [BinaryCell]). Present
// and absent become the numbers 1 and 0. With only two distinct values
// every level of measurement gives the same alpha, so Nominal is the
// natural choice.
func Binary(coders []string, cells [][]int8) (Data, error) {
	return dataOf(coders, cells, func(u, c int, x int8) (Value, error) {
		switch x {
		case BinaryPresent:
			return Number(1), nil
		case BinaryAbsent:
			return Number(0), nil
		case BinaryMissing:
			return Missing(), nil
		}
		return Value{}, fmt.Errorf("reliability: unit %d, coder %q: binary cell %d is not -1, 0 or 1", u+1, coders[c], x)
	})
}

// BinaryTally gathers presence/absence rows (see [Binary]) one unit at a
// time. Its [BinaryTally.Data] gives the same results as Binary over the
// rows added, in memory that does not grow with the units: rows with fewer
// than two values (which no statistic pairs) are collapsed into counts at
// once, and once there are many pairable units, all identical rows are
// (see Data.Counts). Until then the pairable rows are kept as added,
// because the bootstrap draws them one by one and their order is part of
// its random draws.
type BinaryTally struct {
	coders   []string
	pairable int
	rows     []int8 // the pairable rows, one after another, while they are few
	unpaired tally  // rows with fewer than two values
	all      tally  // every row
	key      []byte
}

// tally counts distinct rows in order of first appearance.
type tally struct {
	at       map[string]int
	distinct [][]int8
	counts   []int
}

// add counts n rows of row, whose key (its cells as bytes) is key.
func (t *tally) add(key []byte, row []int8, n int) {
	if t.at == nil {
		t.at = map[string]int{}
	}
	if i, ok := t.at[string(key)]; ok { // no allocation for the lookup
		t.counts[i] += n
		return
	}
	t.at[string(key)] = len(t.distinct)
	t.distinct = append(t.distinct, slices.Clone(row))
	t.counts = append(t.counts, n)
}

// merge adds u's counts, its distinct rows new to t in u's order of first
// appearance (the order they would have appeared in t).
func (t *tally) merge(u *tally) {
	for i, row := range u.distinct {
		key := make([]byte, len(row))
		for c, x := range row {
			key[c] = byte(x)
		}
		t.add(key, row, u.counts[i])
	}
}

// NewBinaryTally starts a tally for the coders, one cell per coder.
func NewBinaryTally(coders []string) *BinaryTally {
	return &BinaryTally{coders: coders}
}

// Add adds one unit's row (copied).
func (t *BinaryTally) Add(row []int8) error {
	if len(row) != len(t.coders) {
		return fmt.Errorf("reliability: unit %d has %d cells, want %d (one per coder)", t.units()+1, len(row), len(t.coders))
	}
	values := 0
	t.key = t.key[:0]
	for c, x := range row {
		switch x {
		case BinaryPresent, BinaryAbsent:
			values++
		case BinaryMissing:
		default:
			return fmt.Errorf("reliability: unit %d, coder %q: binary cell %d is not -1, 0 or 1", t.units()+1, t.coders[c], x)
		}
		t.key = append(t.key, byte(x))
	}
	t.all.add(t.key, row, 1)
	if values < 2 {
		t.unpaired.add(t.key, row, 1)
		return nil
	}
	t.pairable++
	t.keepRows(row)
	return nil
}

// keepRows keeps pairable rows just counted while they are few: enough
// units and the counts stand for them.
func (t *BinaryTally) keepRows(rows []int8) {
	if t.pairable < multinomialFrom {
		t.rows = append(t.rows, rows...)
	} else {
		t.rows = nil
	}
}

// Merge adds the rows of u (tallied for the same coders) as if they had
// been added to t one by one after t's own, in u's order: the results,
// bootstrap intervals included, are those of one tally of both.
func (t *BinaryTally) Merge(u *BinaryTally) error {
	if !slices.Equal(t.coders, u.coders) {
		return fmt.Errorf("reliability: merging tallies of coders %q and %q", u.coders, t.coders)
	}
	t.all.merge(&u.all)
	t.unpaired.merge(&u.unpaired)
	t.pairable += u.pairable
	t.keepRows(u.rows)
	return nil
}

func (t *BinaryTally) units() int {
	n := 0
	for _, c := range t.all.counts {
		n += c
	}
	return n
}

// Data returns the tallied rows as reliability data.
func (t *BinaryTally) Data() (Data, error) {
	if t.pairable >= multinomialFrom {
		d, err := Binary(t.coders, t.all.distinct)
		d.Counts = slices.Clone(t.all.counts)
		return d, err
	}
	width := max(len(t.coders), 1)
	rows := make([][]int8, 0, len(t.rows)/width+len(t.unpaired.distinct))
	for r := range slices.Chunk(t.rows, width) {
		rows = append(rows, r)
	}
	counts := make([]int, len(rows), len(rows)+len(t.unpaired.distinct))
	rows = append(rows, t.unpaired.distinct...)
	for i := range counts {
		counts[i] = 1
	}
	d, err := Binary(t.coders, rows)
	d.Counts = append(counts, t.unpaired.counts...)
	return d, err
}
