package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCountPrintsCountsNotText checks that -count reads transcripts of
// any format under a folder, counts what it finds by kind, passes over
// files no parser reads, and prints no transcript text, only a
// fingerprint that changes when what was found changes.
func TestCountPrintsCountsNotText(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Interviewer: Who helped you?\n\nP: My buddy Maureen Achterberg. Ring her on 07700 900123.\n")
	write("b.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v P>I was born on 12 March 1961 in Leeds.\n")
	write("c.bin", "\x00\x01\x02")

	out := captureStdout(t, func() {
		if err := count(dir); err != nil {
			t.Fatal(err)
		}
	})
	for _, want := range []string{"2 transcripts (1 files passed over)", "PERSON 1", "PHONE 1", "DATE 1", "fingerprint "} {
		if !strings.Contains(out, want) {
			t.Errorf("count printed %q, want it to hold %q", out, want)
		}
	}
	for _, text := range []string{"Maureen", "Achterberg", "07700", "1961"} {
		if strings.Contains(out, text) {
			t.Errorf("count printed transcript text %q: %q", text, out)
		}
	}

	write("a.txt", "Interviewer: Who helped you?\n\nP: My buddy Maureen Achterberg.\n")
	again := captureStdout(t, func() {
		if err := count(dir); err != nil {
			t.Fatal(err)
		}
	})
	if fingerprint(out) == fingerprint(again) {
		t.Errorf("the fingerprint did not change when a phone was taken out: %q", again)
	}
}

// fingerprint returns the fingerprint line of count's output.
func fingerprint(out string) string {
	_, fp, _ := strings.Cut(out, "fingerprint ")
	return strings.TrimSpace(fp)
}

// captureStdout returns what fn writes to standard output.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	fn()
	os.Stdout = old
	w.Close()
	return <-done
}
