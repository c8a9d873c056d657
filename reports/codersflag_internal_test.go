package reports

import "testing"

// The methods' command learns again from whom the models learned: names
// as the flag reads them, quoted for a shell where they need it.
func TestCodersFlag(t *testing.T) {
	for _, tt := range []struct {
		from [][]string
		want string
	}{
		{[][]string{{"ben"}, {"ben"}}, " --coders ben"},
		{[][]string{{"amara", "ben"}}, " --coders amara,ben"},
		{[][]string{{"Smith, J"}}, ` --coders '"Smith, J"'`},
		{[][]string{{"Ann Lee", "o'neill"}}, ` --coders 'Ann Lee,o'\''neill'`},
		{[][]string{{"ben"}, {"amara"}}, ""},
		{[][]string{nil}, ""},
		{nil, ""},
	} {
		var models []LearnedModel
		for _, f := range tt.from {
			models = append(models, LearnedModel{LearnedFrom: f})
		}
		if got := codersFlag(models); got != tt.want {
			t.Errorf("codersFlag(%q) = %q, want %q", tt.from, got, tt.want)
		}
	}
}
