// Package stats holds the pure statistics that groundwork uses to compare
// peer-support programmes: Wilson score intervals for prevalences,
// contingency-table tests of independence (Pearson's chi-square, Fisher's
// exact test for sparse 2×2 tables and a seeded Monte Carlo permutation test
// for sparse larger tables) with Cramér's V and adjusted standardised
// residuals, Benjamini–Hochberg adjusted p-values, code co-occurrence and
// Jaccard similarity, and thematic saturation after Guest, Namey & Chen
// (2020).
//
// The package has no package-level mutable state and imports no other
// groundwork package. Undefined quantities are never reported as NaN: the
// functions return ok flags or a Defined field together with a note that
// says why, so that results can be marshalled to JSON safely.
package stats
