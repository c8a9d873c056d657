package reliability_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis/reliability"
)

// The reliability data of Krippendorff (2011), section C: four coders,
// twelve units, missing values left empty.
const paperTable = `unit,A,B,C,D
1,1,1,,1
2,2,2,3,2
3,3,3,3,3
4,3,3,3,3
5,2,2,2,2
6,1,2,3,4
7,4,4,4,4
8,1,1,2,1
9,2,2,2,2
10,,5,5,5
11,,,1,1
12,,3,,
`

func Example() {
	for _, level := range []reliability.Level{reliability.Nominal, reliability.Ordinal, reliability.Interval, reliability.Ratio} {
		d, err := reliability.ParseTable(strings.NewReader(paperTable), level)
		if err != nil {
			log.Fatal(err)
		}
		r, err := reliability.Compute(context.Background(), d, reliability.Options{Level: level, Seed: 1})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-8s alpha = %.3f\n", r.Level, *r.KrippendorffAlpha)
	}
	// Output:
	// nominal  alpha = 0.743
	// ordinal  alpha = 0.815
	// interval alpha = 0.849
	// ratio    alpha = 0.797
}

func ExampleDisagreements() {
	d, err := reliability.ParseTable(strings.NewReader(paperTable), reliability.Nominal)
	if err != nil {
		log.Fatal(err)
	}
	dis, err := reliability.Disagreements(d, reliability.Nominal)
	if err != nil {
		log.Fatal(err)
	}
	for _, x := range dis {
		fmt.Println(x.UnitID, x.Values)
	}
	// Output:
	// 2 [2 2 3 2]
	// 6 [1 2 3 4]
	// 8 [1 1 2 1]
}

func ExampleBinary() {
	// Coder A coded units 1–3, coder B units 2–4; each cell says whether
	// the coder applied one particular code to the unit.
	coded := [][]bool{{true, true, true, false}, {false, true, true, true}}
	applied := [][]bool{{true, false, true, false}, {false, false, true, true}}
	cells := make([][]int8, 4)
	for u := range cells {
		for c := range coded {
			cells[u] = append(cells[u], reliability.BinaryCell(coded[c][u], applied[c][u]))
		}
	}
	d, err := reliability.Binary([]string{"A", "B"}, cells)
	if err != nil {
		log.Fatal(err)
	}
	r, err := reliability.Compute(context.Background(), d, reliability.Options{Bootstrap: -1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.PairableUnits, *r.PercentAgreement, *r.KrippendorffAlpha, *r.CohenKappa)
	// Output:
	// 2 1 1 1
}
