package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
)

// flagValueError rewrites the error of a flag whose value does not parse,
// which pflag words for programmers (invalid argument "abc" for "--limit"
// flag: strconv.ParseInt: parsing "abc": invalid syntax), as what is wrong
// with the value: --limit "abc": not a whole number. Every other error is
// returned as it is. The root command's flag error function calls it, so
// every command's flags are read alike.
func flagValueError(err error) error {
	var bad *pflag.InvalidValueError
	if !errors.As(err, &bad) {
		return err
	}
	f := bad.GetFlag()
	return fmt.Errorf("--%s %q: %s", f.Name, bad.GetValue(), valueProblem(f.Value.Type(), errors.Unwrap(bad)))
}

// valueProblem says what is wrong with a value that a flag of type typ (as
// pflag names it: int, uint64, float64, bool...) could not parse.
func valueProblem(typ string, cause error) string {
	numeric := strings.HasPrefix(typ, "int") || strings.HasPrefix(typ, "uint") || strings.HasPrefix(typ, "float")
	switch {
	case numeric && errors.Is(cause, strconv.ErrRange):
		return "out of range"
	case strings.HasPrefix(typ, "uint"):
		return "not a whole number of 0 or more"
	case strings.HasPrefix(typ, "int"):
		return "not a whole number"
	case strings.HasPrefix(typ, "float"):
		return "not a number"
	case typ == "bool":
		return "not true or false"
	case typ == "duration":
		return "not a duration, such as 90s or 5m"
	case cause != nil:
		return cause.Error()
	}
	return "not a value it takes"
}
