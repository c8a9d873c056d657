package stats

import (
	"context"
	"encoding/json"
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Names of the methods that can produce a contingency-table p-value. They
// are the values of Result.Method and Options.Method.
const (
	MethodChiSquare  = "chi-square"
	MethodFisher     = "fisher-exact"
	MethodMonteCarlo = "monte-carlo"
)

// Defaults used when the corresponding Options field is zero.
const (
	// DefaultMinExpected is the smallest expected count for which the
	// chi-square approximation is trusted.
	DefaultMinExpected = 5.0
	// DefaultReplicates is the number of Monte Carlo permutations.
	DefaultReplicates = 10000
)

// maxPermutationN bounds the number of observations the permutation test
// will shuffle (its cost is N per replicate).
const maxPermutationN = 1 << 24

// Count is the element type accepted by ChiSquareTest: integer counts or
// float64 counts (which must be whole numbers for the exact and Monte Carlo
// tests).
type Count interface {
	~int | ~int32 | ~int64 | ~float64
}

// Options controls ChiSquareTest. The zero value is ready to use: automatic
// choice of method, minimum expected count 5, 10,000 Monte Carlo replicates,
// seed 0, no continuity correction.
type Options struct {
	// Method forces a method. Empty means automatic: Pearson's chi-square
	// when every expected count is at least MinExpected, otherwise Fisher's
	// exact test for a 2×2 table and a Monte Carlo permutation test for
	// larger tables. MethodFisher requires a 2×2 table (after empty rows and
	// columns are left out); MethodFisher and MethodMonteCarlo require whole
	// counts.
	Method string
	// MinExpected is the expected-count threshold below which the automatic
	// choice leaves the chi-square approximation (default 5).
	MinExpected float64
	// Replicates is the number of Monte Carlo permutations B (default 10,000).
	Replicates int
	// Seed seeds the Monte Carlo generator; equal seeds give equal p-values.
	Seed uint64
	// Yates applies Yates' continuity correction to the chi-square statistic
	// of a 2×2 table, as scipy.stats.chi2_contingency does by default and R's
	// chisq.test does for 2×2 tables. It is off by default: groundwork reports
	// the uncorrected Pearson statistic and moves to Fisher's exact test when
	// counts are small. It has no effect on other table shapes or methods.
	Yates bool
}

// Result is the outcome of a contingency-table test of independence.
//
// When Defined is false the test could not be carried out (an empty table, a
// single group, or a column with no variation such as a code that every or no
// interview has); Notes says why, and Chi2, DF, PValue, CramersV and
// AdjustedResiduals are zero or nil and must not be read. In JSON those
// fields are then written as null, never as NaN.
type Result struct {
	// Defined reports whether the statistics below are meaningful.
	Defined bool `json:"defined"`
	// Method is MethodChiSquare, MethodFisher or MethodMonteCarlo: the source
	// of PValue. Empty when Defined is false.
	Method string `json:"method,omitempty"`
	// Chi2 is Pearson's chi-square statistic Σ(o−e)²/e (Yates-corrected when
	// Options.Yates applied), whatever the method used for the p-value.
	Chi2 float64 `json:"chi2"`
	// DF is (r−1)(c−1) over the non-empty rows and columns. It is reported
	// for reference also when the p-value is exact or simulated.
	DF int `json:"df"`
	// PValue is the p-value of the test named by Method.
	PValue float64 `json:"p_value"`
	// CramersV is sqrt(χ²/(N·(min(r,c)−1))) from the uncorrected statistic.
	CramersV float64 `json:"cramers_v"`
	// N is the grand total of the table.
	N float64 `json:"n"`
	// MinExpected is the smallest expected count over non-empty cells.
	MinExpected float64 `json:"min_expected"`
	// SparseCells counts non-empty-margin cells whose expected count is below
	// the Options.MinExpected threshold.
	SparseCells int `json:"sparse_cells"`
	// Replicates and Seed describe the Monte Carlo run (zero otherwise).
	Replicates int    `json:"replicates,omitempty"`
	Seed       uint64 `json:"seed,omitempty"`
	// Expected holds the expected counts row·col/N, the shape of the input
	// (zero in empty rows and columns); nil when N is 0.
	Expected [][]float64 `json:"expected"`
	// AdjustedResiduals holds the adjusted standardised residuals
	// (o−e)/sqrt(e(1−row/N)(1−col/N)), the shape of the input, zero in empty
	// rows and columns; nil when Defined is false. Values beyond ±1.96 mark
	// cells that depart from independence at about the 5% level.
	AdjustedResiduals [][]float64 `json:"adjusted_residuals"`
	// Notes explains the choice of method, left-out rows or columns and why
	// a result is undefined.
	Notes []string `json:"notes,omitempty"`
}

// MarshalJSON writes the statistics as null when the result is undefined.
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result // no methods: avoids recursion
	type wire struct {
		plain
		Chi2     *float64 `json:"chi2"`
		DF       *int     `json:"df"`
		PValue   *float64 `json:"p_value"`
		CramersV *float64 `json:"cramers_v"`
	}
	w := wire{plain: plain(r)}
	if r.Defined {
		w.Chi2, w.DF, w.PValue, w.CramersV = &r.Chi2, &r.DF, &r.PValue, &r.CramersV
	}
	return json.Marshal(w)
}

// ChiSquareTest tests independence of rows and columns in an r×c table of
// counts, for example programmes × (has code, has not).
//
// The p-value comes from Pearson's chi-square distribution with (r−1)(c−1)
// degrees of freedom unless some expected count is below
// Options.MinExpected (default 5) and the counts are whole numbers: then a
// 2×2 table gets Fisher's exact test (two-sided, summing the probabilities
// of all tables no more likely than the observed one, as R's fisher.test
// does) and a larger table gets a Monte Carlo permutation test with fixed
// margins: the column labels of the N individuals are shuffled B times and
// p = (1 + #{χ²* ≥ χ²}) / (B + 1), as R's chisq.test(simulate.p.value = TRUE)
// computes it. Result.Method and Result.Notes say which was used.
//
// Rows or columns whose total is zero are left out of the test (with a note)
// and have zero expected counts and residuals. If fewer than two non-empty
// rows or columns remain, or the table is empty, the Result is returned with
// Defined false and a note; that is not an error. Errors are reserved for
// invalid input: ragged rows, negative, NaN or infinite counts, an unknown
// Options.Method, or a forced method the table does not allow.
//
// No continuity correction is applied unless Options.Yates is set. The
// Monte Carlo test stops with ctx.Err() when ctx is done.
func ChiSquareTest[T Count](ctx context.Context, table [][]T, opts Options) (Result, error) {
	obs, err := toFloat(table)
	if err != nil {
		return Result{}, err
	}
	return chiSquare(ctx, obs, opts, genericWording)
}

// CodeByGroup tests whether the share of interviews that have a code
// differs between groups. has[i] is the number of interviews in group i that
// have the code and n[i] the number of interviews in group i. It builds the
// groups × (has code, has not) table and calls ChiSquareTest, with notes
// worded for codes and interviews (for example "no variation: every
// interview has this code").
func CodeByGroup(ctx context.Context, has, n []int, opts Options) (Result, error) {
	table, err := PresenceTable(has, n)
	if err != nil {
		return Result{}, err
	}
	obs, err := toFloat(table)
	if err != nil {
		return Result{}, err
	}
	return chiSquare(ctx, obs, opts, presenceWording)
}

// PresenceTable builds the groups × 2 table whose row i is
// {has[i], n[i]−has[i]}. It fails if the slices differ in length or some
// has[i] is outside [0, n[i]].
func PresenceTable(has, n []int) ([][]int, error) {
	if len(has) != len(n) {
		return nil, fmt.Errorf("stats: %d code counts for %d group sizes", len(has), len(n))
	}
	t := make([][]int, len(n))
	for i := range n {
		if has[i] < 0 || has[i] > n[i] {
			return nil, fmt.Errorf("stats: group %d: %d of %d interviews have the code", i, has[i], n[i])
		}
		t[i] = []int{has[i], n[i] - has[i]}
	}
	return t, nil
}

// wording selects how notes describe rows and columns.
type wording int

const (
	genericWording  wording = iota
	presenceWording         // rows are groups, columns are (has code, has not)
)

func toFloat[T Count](table [][]T) ([][]float64, error) {
	obs := make([][]float64, len(table))
	for i, row := range table {
		if len(row) != len(table[0]) {
			return nil, fmt.Errorf("stats: ragged table: row %d has %d cells, row 0 has %d", i, len(row), len(table[0]))
		}
		obs[i] = make([]float64, len(row))
		for j, v := range row {
			f := float64(v)
			if math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
				return nil, fmt.Errorf("stats: invalid count %v in row %d, column %d", f, i, j)
			}
			obs[i][j] = f
		}
	}
	return obs, nil
}

func chiSquare(ctx context.Context, obs [][]float64, opts Options, w wording) (Result, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Result{}, err
	}
	var res Result
	if len(obs) == 0 || len(obs[0]) == 0 {
		res.Notes = append(res.Notes, "empty table: no rows or no columns")
		return res, nil
	}
	t := newTable(obs)
	res.N = t.total
	if t.total == 0 {
		res.Notes = append(res.Notes, "no observations: every count is zero")
		return res, nil
	}
	res.Expected = t.expected()
	if undefined := undefinedReasons(len(obs), len(obs[0]), t.rowSum, t.colSum, t.rows, t.cols, w); len(undefined) > 0 {
		res.Notes = append(res.Notes, undefined...)
		return res, nil
	}
	res.Notes = append(res.Notes, droppedNotes(t.rowSum, t.colSum, w)...)
	st := res.describe(t, opts)
	method, sparseNote := res.chooseMethod(t, opts, st)
	if (method == MethodFisher || method == MethodMonteCarlo) && !st.integral {
		return Result{}, fmt.Errorf("stats: %s test needs whole-number counts", method)
	}
	res.Method = method
	if err := res.pValue(ctx, t, opts, st, sparseNote); err != nil {
		return Result{}, err
	}
	return res, nil
}

// withDefaults checks the method and fills in the defaults.
func (o Options) withDefaults() (Options, error) {
	switch o.Method {
	case "", MethodChiSquare, MethodFisher, MethodMonteCarlo:
	default:
		return o, fmt.Errorf("stats: unknown method %q", o.Method)
	}
	if o.MinExpected <= 0 {
		o.MinExpected = DefaultMinExpected
	}
	if o.Replicates <= 0 {
		o.Replicates = DefaultReplicates
	}
	return o, nil
}

// table is a non-empty table of counts with its margins, and the rows and
// columns with observations, over which the test runs.
type table struct {
	obs            [][]float64
	rowSum, colSum []float64
	total          float64
	rows, cols     []int
}

func newTable(obs [][]float64) table {
	t := table{obs: obs, rowSum: make([]float64, len(obs)), colSum: make([]float64, len(obs[0]))}
	for i, row := range obs {
		for j, v := range row {
			t.rowSum[i] += v
			t.colSum[j] += v
			t.total += v
		}
	}
	t.rows, t.cols = nonEmpty(t.rowSum), nonEmpty(t.colSum)
	return t
}

// nonEmpty returns the indexes of the positive sums.
func nonEmpty(sums []float64) []int {
	var out []int
	for i, s := range sums {
		if s > 0 {
			out = append(out, i)
		}
	}
	return out
}

// expected returns the expected counts row·col/N, the shape of the table.
func (t table) expected() [][]float64 {
	e := make([][]float64, len(t.obs))
	for i := range t.obs {
		e[i] = make([]float64, len(t.obs[i]))
		for j := range t.obs[i] {
			e[i][j] = t.rowSum[i] * t.colSum[j] / t.total
		}
	}
	return e
}

// tableStats is what the choice of method and the p-value need beyond the
// Result.
type tableStats struct {
	chi2, chi2Yates float64
	yates           bool // the Yates-corrected statistic applies
	integral        bool // every count is a whole number
}

// describe computes the statistics over the non-empty rows and columns:
// chi-square, degrees of freedom, Cramér's V, adjusted residuals and the
// sparse expected counts.
func (res *Result) describe(t table, opts Options) tableStats {
	st := tableStats{integral: true, yates: opts.Yates && len(t.rows) == 2 && len(t.cols) == 2}
	res.Defined = true
	res.DF = (len(t.rows) - 1) * (len(t.cols) - 1)
	res.MinExpected = math.Inf(1)
	res.AdjustedResiduals = make([][]float64, len(t.obs))
	for i := range res.AdjustedResiduals {
		res.AdjustedResiduals[i] = make([]float64, len(t.obs[0]))
	}
	for _, i := range t.rows {
		for _, j := range t.cols {
			o, e := t.obs[i][j], res.Expected[i][j]
			if o != math.Trunc(o) || o > 1<<53 {
				st.integral = false
			}
			res.MinExpected = math.Min(res.MinExpected, e)
			if e < opts.MinExpected {
				res.SparseCells++
			}
			d := o - e
			st.chi2 += d * d / e
			if st.yates {
				c := math.Max(0, math.Abs(d)-0.5)
				st.chi2Yates += c * c / e
			}
			v := e * (1 - t.rowSum[i]/t.total) * (1 - t.colSum[j]/t.total)
			res.AdjustedResiduals[i][j] = d / math.Sqrt(v)
		}
	}
	res.Chi2 = st.chi2
	k := min(len(t.rows), len(t.cols)) - 1
	res.CramersV = math.Sqrt(st.chi2 / (t.total * float64(k)))
	if res.CramersV > 1 { // rounding guard
		res.CramersV = 1
	}
	return st
}

// chooseMethod returns the method the p-value comes from (the one asked
// for, or the automatic choice) and the note on sparse expected counts
// still to be made ("" when there is none or it was made here).
func (res *Result) chooseMethod(t table, opts Options, st tableStats) (method, sparseNote string) {
	if res.SparseCells > 0 {
		sparseNote = fmt.Sprintf("%d of %d expected counts are below %g (smallest %.3g)",
			res.SparseCells, len(t.rows)*len(t.cols), opts.MinExpected, res.MinExpected)
	}
	if opts.Method != "" {
		return opts.Method, sparseNote
	}
	switch {
	case res.SparseCells == 0:
		return MethodChiSquare, sparseNote
	case !st.integral:
		res.Notes = append(res.Notes, sparseNote+
			"; the counts are not whole numbers, so no exact test is possible and the chi-square approximation may be poor")
		return MethodChiSquare, ""
	case len(t.rows) == 2 && len(t.cols) == 2:
		return MethodFisher, sparseNote
	default:
		return MethodMonteCarlo, sparseNote
	}
}

// pValue computes the p-value by res.Method, with its note.
func (res *Result) pValue(ctx context.Context, t table, opts Options, st tableStats, sparseNote string) error {
	var note string
	switch res.Method {
	case MethodChiSquare:
		stat := st.chi2
		if st.yates {
			stat = st.chi2Yates
			res.Chi2 = st.chi2Yates
			res.Notes = append(res.Notes, "Yates continuity correction applied to the chi-square statistic (Cramér's V uses the uncorrected statistic)")
		}
		res.PValue = distuv.ChiSquared{K: float64(res.DF)}.Survival(stat)
		if sparseNote != "" {
			res.Notes = append(res.Notes, sparseNote+"; chi-square approximation used as requested, it may be inaccurate")
		}
		return nil
	case MethodFisher:
		if len(t.rows) != 2 || len(t.cols) != 2 {
			return fmt.Errorf("stats: Fisher's exact test needs a 2×2 table, have %d×%d non-empty", len(t.rows), len(t.cols))
		}
		r0, r1, c0, c1 := t.rows[0], t.rows[1], t.cols[0], t.cols[1]
		res.PValue = fisher2x2(int(t.obs[r0][c0]), int(t.obs[r0][c1]), int(t.obs[r1][c0]), int(t.obs[r1][c1]))
		note = "p-value from Fisher's exact test (two-sided)"
	case MethodMonteCarlo:
		if t.total > maxPermutationN {
			return fmt.Errorf("stats: %g observations is too many for the permutation test (limit %d)", t.total, maxPermutationN)
		}
		p, err := monteCarloP(ctx, t.nonEmptyCounts(), opts.Replicates, opts.Seed)
		if err != nil {
			return err
		}
		res.PValue = p
		res.Replicates, res.Seed = opts.Replicates, opts.Seed
		note = fmt.Sprintf("p-value from a Monte Carlo permutation test with fixed margins (%d replicates, seed %d)", opts.Replicates, opts.Seed)
	}
	if sparseNote != "" {
		note = sparseNote + "; " + note
	}
	res.Notes = append(res.Notes, note)
	return nil
}

// nonEmptyCounts returns the whole counts of the non-empty rows and columns.
func (t table) nonEmptyCounts() [][]int {
	sub := make([][]int, len(t.rows))
	for a, i := range t.rows {
		sub[a] = make([]int, len(t.cols))
		for b, j := range t.cols {
			sub[a][b] = int(t.obs[i][j])
		}
	}
	return sub
}

// undefinedReasons returns why no test is possible, or nil.
func undefinedReasons(nr, nc int, rowSum, colSum []float64, rows, cols []int, w wording) []string {
	var why []string
	if len(cols) < 2 {
		switch {
		case w == presenceWording && nc == 2 && colSum[0] == 0:
			why = append(why, "no variation: no interview has this code")
		case w == presenceWording && nc == 2:
			why = append(why, "no variation: every interview has this code")
		case nc == 1:
			why = append(why, "only one column: nothing to compare")
		default:
			why = append(why, fmt.Sprintf("no variation: every observation is in column %d", cols[0]))
		}
	}
	if len(rows) < 2 {
		unit := "row"
		if w == presenceWording {
			unit = "group"
		}
		if nr == 1 {
			why = append(why, fmt.Sprintf("only one %s: nothing to compare", unit))
		} else {
			why = append(why, fmt.Sprintf("only one %s (%d) has observations: nothing to compare", unit, rows[0]))
		}
	}
	return why
}

// droppedNotes reports empty rows and columns that are left out.
func droppedNotes(rowSum, colSum []float64, w wording) []string {
	var notes []string
	unit := "row"
	if w == presenceWording {
		unit = "group"
	}
	for i, s := range rowSum {
		if s == 0 {
			notes = append(notes, fmt.Sprintf("%s %d has no observations and was left out", unit, i))
		}
	}
	for j, s := range colSum {
		if s == 0 {
			notes = append(notes, fmt.Sprintf("column %d has no observations and was left out", j))
		}
	}
	return notes
}
