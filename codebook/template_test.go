package codebook_test

import (
	"testing"

	"github.com/groundwork-qda/groundwork/codebook"
)

// template returns a codebook template's file and the codebook it parses to.
func template(t *testing.T, name string) ([]byte, *codebook.Codebook) {
	t.Helper()
	data, err := codebook.Template(name)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := codebook.Parse("codebook.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return data, cb
}
