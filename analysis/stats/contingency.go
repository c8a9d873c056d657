package stats

import (
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
// No continuity correction is applied unless Options.Yates is set.
func ChiSquareTest[T Count](table [][]T, opts Options) (Result, error) {
	obs, err := toFloat(table)
	if err != nil {
		return Result{}, err
	}
	return chiSquare(obs, opts, genericWording)
}

// CodeByGroup tests whether the share of interviews that have a code
// differs between groups. has[i] is the number of interviews in group i that
// have the code and n[i] the number of interviews in group i. It builds the
// groups × (has code, has not) table and calls ChiSquareTest, with notes
// worded for codes and interviews (for example "no variation: every
// interview has this code").
func CodeByGroup(has, n []int, opts Options) (Result, error) {
	table, err := PresenceTable(has, n)
	if err != nil {
		return Result{}, err
	}
	obs, _ := toFloat(table)
	return chiSquare(obs, opts, presenceWording)
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

func chiSquare(obs [][]float64, opts Options, w wording) (Result, error) {
	switch opts.Method {
	case "", MethodChiSquare, MethodFisher, MethodMonteCarlo:
	default:
		return Result{}, fmt.Errorf("stats: unknown method %q", opts.Method)
	}
	if opts.MinExpected <= 0 {
		opts.MinExpected = DefaultMinExpected
	}
	if opts.Replicates <= 0 {
		opts.Replicates = DefaultReplicates
	}

	var res Result
	if len(obs) == 0 || len(obs[0]) == 0 {
		res.Notes = append(res.Notes, "empty table: no rows or no columns")
		return res, nil
	}
	nr, nc := len(obs), len(obs[0])
	rowSum := make([]float64, nr)
	colSum := make([]float64, nc)
	var total float64
	for i, row := range obs {
		for j, v := range row {
			rowSum[i] += v
			colSum[j] += v
			total += v
		}
	}
	res.N = total
	if total == 0 {
		res.Notes = append(res.Notes, "no observations: every count is zero")
		return res, nil
	}

	res.Expected = make([][]float64, nr)
	for i := range obs {
		res.Expected[i] = make([]float64, nc)
		for j := range obs[i] {
			res.Expected[i][j] = rowSum[i] * colSum[j] / total
		}
	}

	var rows, cols []int // non-empty rows and columns
	for i, s := range rowSum {
		if s > 0 {
			rows = append(rows, i)
		}
	}
	for j, s := range colSum {
		if s > 0 {
			cols = append(cols, j)
		}
	}
	if undefined := undefinedReasons(nr, nc, rowSum, colSum, rows, cols, w); len(undefined) > 0 {
		res.Notes = append(res.Notes, undefined...)
		return res, nil
	}
	res.Notes = append(res.Notes, droppedNotes(rowSum, colSum, w)...)

	// Statistics over the non-empty rows and columns.
	res.Defined = true
	res.DF = (len(rows) - 1) * (len(cols) - 1)
	res.MinExpected = math.Inf(1)
	integral := true
	var chi2, chi2Yates float64
	yates := opts.Yates && len(rows) == 2 && len(cols) == 2
	res.AdjustedResiduals = make([][]float64, nr)
	for i := range res.AdjustedResiduals {
		res.AdjustedResiduals[i] = make([]float64, nc)
	}
	for _, i := range rows {
		for _, j := range cols {
			o, e := obs[i][j], res.Expected[i][j]
			if o != math.Trunc(o) || o > 1<<53 {
				integral = false
			}
			res.MinExpected = math.Min(res.MinExpected, e)
			if e < opts.MinExpected {
				res.SparseCells++
			}
			d := o - e
			chi2 += d * d / e
			if yates {
				c := math.Max(0, math.Abs(d)-0.5)
				chi2Yates += c * c / e
			}
			v := e * (1 - rowSum[i]/total) * (1 - colSum[j]/total)
			res.AdjustedResiduals[i][j] = d / math.Sqrt(v)
		}
	}
	res.Chi2 = chi2
	k := min(len(rows), len(cols)) - 1
	res.CramersV = math.Sqrt(chi2 / (total * float64(k)))
	if res.CramersV > 1 { // rounding guard
		res.CramersV = 1
	}
	sparseNote := ""
	if res.SparseCells > 0 {
		sparseNote = fmt.Sprintf("%d of %d expected counts are below %g (smallest %.3g)",
			res.SparseCells, len(rows)*len(cols), opts.MinExpected, res.MinExpected)
	}

	method := opts.Method
	if method == "" {
		switch {
		case res.SparseCells == 0:
			method = MethodChiSquare
		case !integral:
			method = MethodChiSquare
			res.Notes = append(res.Notes, sparseNote+
				"; the counts are not whole numbers, so no exact test is possible and the chi-square approximation may be poor")
			sparseNote = ""
		case len(rows) == 2 && len(cols) == 2:
			method = MethodFisher
		default:
			method = MethodMonteCarlo
		}
	}
	if (method == MethodFisher || method == MethodMonteCarlo) && !integral {
		return Result{}, fmt.Errorf("stats: %s test needs whole-number counts", method)
	}
	res.Method = method

	switch method {
	case MethodChiSquare:
		stat := chi2
		if yates {
			stat = chi2Yates
			res.Chi2 = chi2Yates
			res.Notes = append(res.Notes, "Yates continuity correction applied to the chi-square statistic (Cramér's V uses the uncorrected statistic)")
		}
		res.PValue = distuv.ChiSquared{K: float64(res.DF)}.Survival(stat)
		if sparseNote != "" {
			res.Notes = append(res.Notes, sparseNote+"; chi-square approximation used as requested, it may be inaccurate")
		}
	case MethodFisher:
		if len(rows) != 2 || len(cols) != 2 {
			return Result{}, fmt.Errorf("stats: Fisher's exact test needs a 2×2 table, have %d×%d non-empty", len(rows), len(cols))
		}
		a, b := int(obs[rows[0]][cols[0]]), int(obs[rows[0]][cols[1]])
		c, d := int(obs[rows[1]][cols[0]]), int(obs[rows[1]][cols[1]])
		res.PValue = fisher2x2(a, b, c, d)
		note := "p-value from Fisher's exact test (two-sided)"
		if sparseNote != "" {
			note = sparseNote + "; " + note
		}
		res.Notes = append(res.Notes, note)
	case MethodMonteCarlo:
		if total > maxPermutationN {
			return Result{}, fmt.Errorf("stats: %g observations is too many for the permutation test (limit %d)", total, maxPermutationN)
		}
		sub := make([][]int, len(rows))
		for a, i := range rows {
			sub[a] = make([]int, len(cols))
			for b, j := range cols {
				sub[a][b] = int(obs[i][j])
			}
		}
		res.PValue = monteCarloP(sub, opts.Replicates, opts.Seed)
		res.Replicates, res.Seed = opts.Replicates, opts.Seed
		note := fmt.Sprintf("p-value from a Monte Carlo permutation test with fixed margins (%d replicates, seed %d)", opts.Replicates, opts.Seed)
		if sparseNote != "" {
			note = sparseNote + "; " + note
		}
		res.Notes = append(res.Notes, note)
	}
	return res, nil
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
