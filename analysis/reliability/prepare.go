package reliability

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
)

// errNegativeRatio is wrapped when a ratio-level value is negative.
var errNegativeRatio = errors.New("ratio-level values must not be negative")

// prepared is reliability data reduced to category indices.
//
// Categories are the distinct values in the data: distinct labels at the
// nominal level (sorted by label), distinct numbers at numeric levels
// (sorted ascending, so that index order is value order).
type prepared struct {
	level  Level
	nCat   int
	values []float64 // numeric value of each category; nil at the nominal level
	cells  [][]int32 // cells[u][c]: category index, or -1 when missing
	units  []unitCounts
	counts []int // units each row stands for (Data.Counts); nil: one each
}

// count is the number of units row u stands for.
func (p *prepared) count(u int) int {
	if p.counts == nil {
		return 1
	}
	return p.counts[u]
}

// total is the number of units the rows stand for.
func (p *prepared) total() int {
	n := 0
	for u := range p.cells {
		n += p.count(u)
	}
	return n
}

// unitCounts is the multiset of values one unit received.
type unitCounts struct {
	cats   []int32 // distinct categories, ascending
	counts []int32 // counts[i]: how many coders assigned cats[i]
	m      int     // number of values (sum of counts)
}

// prepare validates d and maps its values to category indices at level.
func prepare(d Data, level Level) (*prepared, error) {
	if !level.valid() {
		return nil, fmt.Errorf("reliability: %w: %d", ErrUnknownLevel, int(level))
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	p := &prepared{level: level, cells: make([][]int32, len(d.Units)), counts: d.Counts}
	if level.numeric() {
		if err := p.indexNumbers(d); err != nil {
			return nil, err
		}
	} else {
		p.indexLabels(d)
	}
	p.units = make([]unitCounts, len(d.Units))
	for u, row := range p.cells {
		p.units[u] = countUnit(row)
	}
	return p, nil
}

// indexLabels assigns category indices by label (nominal level).
func (p *prepared) indexLabels(d Data) {
	index := make(map[string]int32)
	for _, row := range d.Units {
		for _, v := range row {
			if !v.IsMissing() {
				index[v.String()] = 0
			}
		}
	}
	labels := make([]string, 0, len(index))
	for l := range index {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	for i, l := range labels {
		index[l] = int32(i)
	}
	p.nCat = len(labels)
	for u, row := range d.Units {
		cells := make([]int32, len(row))
		for c, v := range row {
			cells[c] = -1
			if !v.IsMissing() {
				cells[c] = index[v.String()]
			}
		}
		p.cells[u] = cells
	}
}

// indexNumbers parses every value as a number and assigns category indices
// in ascending numeric order (ordinal, interval and ratio levels).
func (p *prepared) indexNumbers(d Data) error {
	nums := make([][]float64, len(d.Units))
	var all []float64
	for u, row := range d.Units {
		xs := make([]float64, len(row))
		for c, v := range row {
			if v.IsMissing() {
				continue
			}
			x, err := numberOf(v)
			if err != nil {
				return fmt.Errorf("reliability: unit %s, coder %q: %s level: %w", d.unitName(u), d.Coders[c], p.level, err)
			}
			if p.level == Ratio && x < 0 {
				return fmt.Errorf("reliability: unit %s, coder %q: value %v: %w", d.unitName(u), d.Coders[c], x, errNegativeRatio)
			}
			xs[c] = x
			all = append(all, x)
		}
		nums[u] = xs
	}
	slices.Sort(all)
	all = slices.Compact(all) // +0 and -0 compare equal and collapse here
	p.values = all
	p.nCat = len(all)
	index := make(map[float64]int32, len(all)) // map keys treat +0 and -0 alike
	for i, x := range all {
		index[x] = int32(i)
	}
	for u, row := range d.Units {
		cells := make([]int32, len(row))
		for c, v := range row {
			cells[c] = -1
			if !v.IsMissing() {
				cells[c] = index[nums[u][c]]
			}
		}
		p.cells[u] = cells
	}
	return nil
}

// numberOf returns the finite number held by a non-missing value.
func numberOf(v Value) (float64, error) {
	if v.kind == kindNumber {
		if math.IsNaN(v.num) || math.IsInf(v.num, 0) {
			return 0, fmt.Errorf("%v: %w", v.num, errNotFinite)
		}
		return v.num, nil
	}
	x, err := parseNumber(v.label)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			err = ne.Err
		}
		return 0, fmt.Errorf("%q is not a number: %w", v.label, err)
	}
	return x, nil
}

// countUnit tallies the categories in one unit's row of cells.
func countUnit(row []int32) unitCounts {
	var uc unitCounts
	for _, k := range row {
		if k < 0 {
			continue
		}
		uc.m++
		i, found := slices.BinarySearch(uc.cats, k)
		if found {
			uc.counts[i]++
			continue
		}
		uc.cats = slices.Insert(uc.cats, i, k)
		uc.counts = slices.Insert(uc.counts, i, 1)
	}
	return uc
}
