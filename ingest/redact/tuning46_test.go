package redact

import "testing"

// A birth number's first six digits are a date: a month of 1 to 12, plus
// 50 for women and 20 for numbers given since 2004, and a day of 1 to 31.
func TestBirthDateDigits(t *testing.T) {
	for d, want := range map[string]bool{
		"055613": true,  // a woman born 13 June 2005
		"695907": true,  // a woman born 7 September 1969
		"042215": true,  // given since 2004: February
		"801231": true,  // a man born 31 December 1980
		"250000": false, // no month
		"801332": false, // month 13
		"800100": false, // no day
		"807132": false, // day 32
	} {
		if got := birthDateDigits(d); got != want {
			t.Errorf("birthDateDigits(%q) = %v, want %v", d, got, want)
		}
	}
}
