package reliability

// Disagreement is a unit on which the coders who coded it assigned
// different values.
type Disagreement struct {
	// Unit is the 0-based index of the unit in Data.Units.
	Unit int `json:"unit"`
	// UnitID is the unit's label from Data.UnitIDs, if any.
	UnitID string `json:"unit_id,omitempty"`
	// Values holds each coder's value, in the order of Data.Coders; a
	// missing value encodes as JSON null.
	Values []Value `json:"values"`
}

// Disagreements lists, in unit order, the units whose non-missing values
// are not all equal. Values are compared as labels at the nominal level
// and as numbers at the other levels, so "1" and "1.0" differ only at the
// nominal level. Units with fewer than two values never disagree. The
// slice is empty, not nil, when the coders agree throughout. The
// error reports malformed data or, at numeric levels, a value that is not
// a number.
func Disagreements(d Data, level Level) ([]Disagreement, error) {
	p, err := prepare(d, level)
	if err != nil {
		return nil, err
	}
	out := []Disagreement{}
	for u, uc := range p.units {
		if len(uc.cats) < 2 {
			continue
		}
		dis := Disagreement{Unit: u, Values: append([]Value(nil), d.Units[u]...)}
		if u < len(d.UnitIDs) {
			dis.UnitID = d.UnitIDs[u]
		}
		out = append(out, dis)
	}
	return out, nil
}
