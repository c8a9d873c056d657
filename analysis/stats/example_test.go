package stats_test

import (
	"context"
	"fmt"

	"github.com/groundwork-qda/groundwork/analysis/stats"
)

func ExampleCodeByGroup() {
	// Interviews with the code, and interviews in total, per programme.
	has := []int{6, 4, 2, 3, 1, 2, 0}
	n := []int{8, 7, 6, 6, 6, 5, 5}
	res, err := stats.CodeByGroup(context.Background(), has, n, stats.Options{Seed: 1})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s chi2=%.3f df=%d V=%.3f\n", res.Method, res.Chi2, res.DF, res.CramersV)

	res, _ = stats.CodeByGroup(context.Background(), []int{8, 7}, []int{8, 7}, stats.Options{})
	fmt.Println(res.Defined, res.Notes)
	// Output:
	// monte-carlo chi2=9.796 df=6 V=0.477
	// false [no variation: every interview has this code]
}

func ExampleSaturation() {
	interviews := []stats.Interview{
		{Name: "P01", Codes: []string{"trust", "peer", "stigma"}},
		{Name: "P02", Codes: []string{"trust", "access"}},
		{Name: "P03", Codes: []string{"peer", "cost"}},
		{Name: "P04", Codes: []string{"trust", "family"}},
		{Name: "P05", Codes: []string{"peer"}},
		{Name: "P06", Codes: []string{"stigma", "trust"}},
	}
	res := stats.Saturation(interviews, stats.DefaultSatBase, stats.DefaultSatRun, stats.DefaultSatThreshold)
	fmt.Println(res.Label, res.AtInterview, res.BaseCodes)
	// Output: 4+2 P06 6
}

func ExampleWilson() {
	lo, hi, _ := stats.Wilson(81, 263, 0.95)
	fmt.Printf("%.4f–%.4f\n", lo, hi)
	// Output: 0.2553–0.3662
}
