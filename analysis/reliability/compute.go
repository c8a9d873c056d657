package reliability

import (
	"context"
	"errors"
	"fmt"
)

// Defaults and limits for [Options].
const (
	// DefaultBootstrap is the number of bootstrap resamples used when
	// Options.Bootstrap is zero.
	DefaultBootstrap = 1000
	// MaxBootstrap is the largest accepted Options.Bootstrap.
	MaxBootstrap = 1_000_000
	// DefaultConfidence is the confidence level used when
	// Options.Confidence is zero.
	DefaultConfidence = 0.95
)

// ErrInvalidOptions is wrapped by the errors [Compute] returns for invalid
// [Options].
var ErrInvalidOptions = errors.New("invalid reliability options")

// Options configures [Compute]. The zero value asks for nominal data, 1000
// bootstrap resamples with seed 0 and a 95% interval.
type Options struct {
	// Level is the level of measurement of the values.
	Level Level
	// Bootstrap is the number of bootstrap resamples for the confidence
	// interval of alpha: 0 means DefaultBootstrap, a negative number
	// disables the bootstrap.
	Bootstrap int
	// Seed seeds the bootstrap; the same data, options and seed always
	// give the same interval.
	Seed uint64
	// Confidence is the coverage of the bootstrap interval, in (0, 1);
	// 0 means DefaultConfidence.
	Confidence float64
}

// Result reports agreement statistics for one variable. A nil statistic is
// undefined for the data, and Notes says why; no field is ever NaN.
type Result struct {
	// Units is the number of units (rows), including unpairable ones.
	Units int `json:"units"`
	// Coders is the number of coders (columns).
	Coders int `json:"coders"`
	// Level is the level of measurement used.
	Level string `json:"level"`
	// PairableUnits counts the units with at least two values; only these
	// enter any statistic.
	PairableUnits int `json:"pairable_units"`
	// PairableValues counts the values in pairable units (Krippendorff's n).
	PairableValues int `json:"pairable_values"`

	// PercentAgreement is the mean, over pairable units, of the proportion
	// of pairs of values in the unit that are equal (a proportion in
	// [0, 1], not a percentage). With two coders it is the share of
	// doubly coded units on which they agree. At numeric levels values are
	// equal when they are the same number. It does not correct for chance.
	PercentAgreement *float64 `json:"percent_agreement"`

	// CohenKappa is Cohen's (1960) kappa over the units both coders coded;
	// it is reported only for exactly two coders at the nominal level.
	CohenKappa *float64 `json:"cohen_kappa"`

	// FleissKappa is Fleiss' (1971) kappa over the pairable units,
	// generalised to varying numbers of values per unit: each unit's
	// agreement P_i = Σ_j n_ij(n_ij − 1) / (n_i(n_i − 1)) uses its own
	// number of values n_i, P̄ averages P_i over units, and the chance
	// agreement P̄e = Σ_j p_j² pools all their values. On complete data it
	// equals Fleiss' original statistic. It is reported only at the
	// nominal level.
	FleissKappa *float64 `json:"fleiss_kappa"`

	// KrippendorffAlpha is Krippendorff's alpha for Level, computed from
	// the coincidence matrix of the pairable units (Krippendorff 2011).
	KrippendorffAlpha *float64 `json:"krippendorff_alpha"`

	// KrippendorffAlphaCI95 is the bootstrap percentile interval for alpha
	// at level Confidence (0.95 unless Options said otherwise), from
	// resampling the pairable units with replacement.
	KrippendorffAlphaCI95 *[2]float64 `json:"krippendorff_alpha_ci95"`
	// Confidence is the coverage of KrippendorffAlphaCI95.
	Confidence float64 `json:"confidence"`
	// BootstrapSamples is the number of resamples the interval rests on:
	// those in which alpha was defined.
	BootstrapSamples int `json:"bootstrap_samples"`

	// Notes explains undefined statistics and other caveats.
	Notes []string `json:"notes"`
}

// Compute computes the agreement statistics of d at opts.Level.
//
// It returns an error for invalid options, malformed data (rows of the
// wrong length) and, at numeric levels, values that are not finite
// numbers or, at the ratio level, negative numbers. Data with no pairable
// units is not an error: the statistics are nil and Notes say why. The
// bootstrap stops with ctx.Err() when ctx is done.
func Compute(ctx context.Context, d Data, opts Options) (Result, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Result{}, err
	}
	p, err := prepare(d, opts.Level)
	if err != nil {
		return Result{}, err
	}
	r := Result{
		Units:      p.total(),
		Coders:     len(d.Coders),
		Level:      opts.Level.String(),
		Confidence: opts.Confidence,
		Notes:      []string{},
	}
	r.noteData(d, p)

	agr := pairwiseAgreement(p)
	r.PairableUnits = agr.units
	if agr.units > 0 {
		r.PercentAgreement = ptr(agr.meanAgree)
	} else {
		r.note("percent agreement is undefined: no unit has values from two or more coders")
	}

	r.cohen(p)
	r.fleiss(agr, p.level)
	if err := r.alpha(ctx, p, opts); err != nil {
		return Result{}, err
	}
	return r, nil
}

// withDefaults validates opts and fills in defaults.
func (o Options) withDefaults() (Options, error) {
	if !o.Level.valid() {
		return o, fmt.Errorf("reliability: %w: %w: %d", ErrInvalidOptions, ErrUnknownLevel, int(o.Level))
	}
	switch {
	case o.Bootstrap == 0:
		o.Bootstrap = DefaultBootstrap
	case o.Bootstrap > MaxBootstrap:
		return o, fmt.Errorf("reliability: %w: %d bootstrap resamples exceeds the maximum of %d", ErrInvalidOptions, o.Bootstrap, MaxBootstrap)
	}
	if o.Confidence == 0 {
		o.Confidence = DefaultConfidence
	}
	if !(o.Confidence > 0 && o.Confidence < 1) {
		return o, fmt.Errorf("reliability: %w: confidence %v is not in (0, 1)", ErrInvalidOptions, o.Confidence)
	}
	return o, nil
}

func ptr(x float64) *float64 { return &x }

func (r *Result) note(format string, args ...any) {
	r.Notes = append(r.Notes, fmt.Sprintf(format, args...))
}

// noteData records caveats about the shape of the data.
func (r *Result) noteData(d Data, p *prepared) {
	if len(d.Coders) < 2 {
		r.note("only %d coder(s): agreement needs at least two", len(d.Coders))
	}
	for c, name := range d.Coders {
		coded := false
		for _, cells := range p.cells {
			if cells[c] >= 0 {
				coded = true
				break
			}
		}
		if !coded {
			r.note("coder %q coded no units", name)
		}
	}
	unpairable := 0
	for u, uc := range p.units {
		if uc.m < 2 {
			unpairable += p.count(u)
		} else {
			r.PairableValues += uc.m * p.count(u)
		}
	}
	if unpairable > 0 && r.Units > 0 {
		r.note("%d of %d units have fewer than two values and are not pairable; they are excluded", unpairable, r.Units)
	}
}

func (r *Result) cohen(p *prepared) {
	switch {
	case r.Coders != 2:
		r.note("Cohen's kappa needs exactly two coders, not %d", r.Coders)
		return
	case p.level != Nominal:
		r.note("Cohen's kappa is reported only at the nominal level (it ignores order and distance)")
		return
	}
	t := cohenTable(p, 0, 1)
	k, ok := t.kappa()
	switch {
	case ok:
		r.CohenKappa = ptr(k)
	case t.units == 0:
		r.note("Cohen's kappa is undefined: no unit was coded by both coders")
	default:
		r.note("Cohen's kappa is undefined: both coders used a single, identical category throughout, so chance agreement is 1")
	}
}

func (r *Result) fleiss(a agreement, level Level) {
	if level != Nominal {
		r.note("Fleiss' kappa is reported only at the nominal level (it ignores order and distance)")
		return
	}
	k, ok := a.fleissKappa()
	switch {
	case ok:
		r.FleissKappa = ptr(k)
		if a.varying {
			r.note("Fleiss' kappa: units have differing numbers of values; each unit's agreement uses its own number of coders (generalised Fleiss kappa)")
		}
	case a.units == 0:
		r.note("Fleiss' kappa is undefined: no unit has values from two or more coders")
	default:
		r.note("Fleiss' kappa is undefined: all values in pairable units fall in one category, so chance agreement is 1")
	}
}

func (r *Result) alpha(ctx context.Context, p *prepared, opts Options) error {
	am := newAlphaModel(p)
	v := am.eval(am.weights, am.newScratch(p.nCat))
	if !v.ok {
		if am.n == 0 {
			r.note("Krippendorff's alpha is undefined: no unit has values from two or more coders")
		} else {
			r.note("Krippendorff's alpha is undefined: all values in pairable units are identical, so expected disagreement is 0")
		}
		return nil
	}
	r.KrippendorffAlpha = ptr(v.alpha)
	if opts.Bootstrap < 0 {
		r.note("bootstrap disabled: no confidence interval for alpha")
		return nil
	}
	bs, err := am.bootstrap(ctx, p.nCat, opts.Bootstrap, opts.Seed, defaultWorkers())
	if err != nil {
		return err
	}
	r.BootstrapSamples = len(bs.alphas)
	if len(bs.alphas) == 0 {
		r.note("no confidence interval for alpha: alpha was undefined in all %d bootstrap resamples", opts.Bootstrap)
		return nil
	}
	if bs.undefined > 0 {
		r.note("%d of %d bootstrap resamples had no variation (alpha undefined) and were left out of the interval", bs.undefined, opts.Bootstrap)
	}
	if am.n == 1 {
		r.note("the bootstrap interval is degenerate: there is only one pairable unit")
	}
	tail := (1 - opts.Confidence) / 2
	r.KrippendorffAlphaCI95 = &[2]float64{quantile(bs.alphas, tail), quantile(bs.alphas, 1-tail)}
	return nil
}
