// Package reliability computes intercoder agreement statistics for
// reliability data: a table of units (rows) by coders (columns) in which
// each cell holds the value a coder assigned to a unit, or is missing.
//
// [Compute] reports, for one variable at a chosen level of measurement:
//
//   - Krippendorff's alpha, computed from the coincidence matrix for
//     nominal, ordinal, interval and ratio metrics, with missing data
//     allowed (Krippendorff 2011, "Computing Krippendorff's
//     Alpha-Reliability"), together with a seeded, reproducible bootstrap
//     confidence interval obtained by resampling units with replacement;
//   - Fleiss' kappa (Fleiss 1971), generalised to units coded by varying
//     numbers of coders (see [Result.FleissKappa]);
//   - Cohen's kappa, when there are exactly two coders;
//   - percent agreement: the mean proportion of agreeing pairs of values
//     per pairable unit.
//
// A statistic that is undefined for the data at hand (for example alpha
// when all pairable values are identical) is reported as a nil pointer,
// never as NaN, and [Result.Notes] explains why.
//
// [ParseTable] reads reliability data from a CSV table, [Binary] builds
// presence/absence data for a single code, and [Disagreements] lists the
// units on which coders disagree.
//
// The package holds no mutable package-level state and is safe for
// concurrent use.
package reliability
