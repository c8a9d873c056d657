package workbench

import (
	"context"
	"strings"
	"testing"

	"github.com/groundwork-qda/groundwork/ingest"
)

// TestPrivacyPage: the workbench shows the redaction's review queue as
// `redact --review` does, the uncertain replacements first with their evidence and
// the passage around each.
func TestPrivacyPage(t *testing.T) {
	proj, st := newProject(t, map[string]string{"od-01.txt": "---\nprogramme: Open Door\nrole: patient\n---\nInterviewer: Who?\n\nP: Maureen came round. Honestly we like Dunelm, it is near.\n"})
	f := serve(t, proj, "")
	c := f.client("")
	if body := c.get("/privacy", 200); !strings.Contains(body, "Nothing has been redacted") {
		t.Errorf("before redaction:\n%s", body)
	}
	file, err := ingest.LoadPrivacy(proj.IdentifiersPath())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ingest.RedactProject(context.Background(), proj, st, file, ingest.RedactOptions{}); err != nil {
		t.Fatal(err)
	}
	body := c.get("/privacy", 200)
	u, r := strings.Index(body, `id="uncertain"`), strings.Index(body, `id="replaced"`)
	if u < 0 || r < u {
		t.Fatalf("the uncertain replacements are not listed first:\n%s", body)
	}
	uncertain := body[u:r]
	for _, want := range []string{"Dunelm", "not a dictionary word", "Honestly we like ", ", it is near"} {
		if !strings.Contains(uncertain, want) {
			t.Errorf("the uncertain entry lacks %q:\n%s", want, uncertain)
		}
	}
	if !strings.Contains(body[r:], "Maureen") || strings.Contains(uncertain, "Maureen") {
		t.Errorf("Maureen should be among the sure replacements:\n%s", body)
	}
}
