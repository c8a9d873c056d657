package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/ingest"
	"github.com/groundwork-qda/groundwork/ingest/redact"
)

type redactOptions struct {
	review bool
	reject []string
	add    []string
	force  bool
	json   bool
}

func newRedactCmd(g *globals) *cobra.Command {
	opts := &redactOptions{}
	cmd := &cobra.Command{
		Use:   "redact",
		Short: "Replace identifiers with consistent pseudonyms, and review the replacements",
		Long: `Find identifiers in the project's documents — people's names (prose's NER,
speaker names, the project's list in groundwork.yaml privacy.names), phone
numbers, e-mail addresses, street addresses, full dates, URLs and ID numbers
(NHS, SSN, MRN) — and replace each with a pseudonym that is the same for the
same person everywhere ([PERSON 3], [PHONE 1]). Codings move with the text.

The map from pseudonyms to originals is kept apart from the store, the index
and the reports, in .groundwork/identifiers.json (readable by you only).
Everything groundwork shows afterwards — search, reports, exports — is redacted.

--review lists every replacement with its context; --reject restores one
(named by its pseudonym or original) everywhere and never redacts it again;
--add NAME redacts a name the detector missed, everywhere. ` + "`groundwork ingest --redact`" + `
(or privacy.redact: true in groundwork.yaml) redacts while ingesting.`,
		Example: `  groundwork redact
  groundwork redact --review
  groundwork redact --reject "[PERSON 4]"
  groundwork redact --add "Siobhán" --add "Abd Rabou"`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := g.open(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			path := s.proj.IdentifiersPath()
			file, err := ingest.LoadPrivacy(path)
			if err != nil {
				return err
			}
			prev, _ := s.store.IndexVersion(ctx)
			var changed []string
			for _, which := range opts.reject {
				rep, err := ingest.RejectIdentifier(ctx, s.store, file, which)
				if err != nil {
					return err
				}
				if err := file.Save(path); err != nil {
					return err
				}
				changed = append(changed, rep.Documents...)
				fmt.Fprintf(g.io.Out, "Restored %s in %d places (%d documents); it will not be redacted again\n", which, rep.Restored, len(rep.Documents))
			}
			if len(opts.add) > 0 {
				file.Added = append(file.Added, opts.add...)
				opts.force = true
			}
			if !opts.review && len(opts.reject) == 0 || len(opts.add) > 0 {
				rep, docs, err := ingest.RedactProject(ctx, s.proj, s.store, file, opts.force, 0, g.io.progress("finding identifiers"))
				if err != nil {
					return err
				}
				if err := file.Save(path); err != nil {
					return err
				}
				changed = append(changed, docs...)
				if opts.json && !opts.review {
					g.refreshIndex(ctx, s, prev, changed)
					return printJSON(g.io.Out, rep)
				}
				fmt.Fprintf(g.io.Out, "Redacted %d documents: %d identifiers replaced", rep.Documents, rep.Replacements)
				var kinds []string
				for _, k := range redact.Kinds() {
					if n := rep.ByKind[string(k)]; n > 0 {
						kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
					}
				}
				if len(kinds) > 0 {
					fmt.Fprintf(g.io.Out, " (%s)", strings.Join(kinds, ", "))
				}
				fmt.Fprintf(g.io.Out, "\nThe map to the originals is in %s (mode 0600). Review with `groundwork redact --review`.\n", path)
			}
			if len(changed) > 0 {
				g.refreshIndex(ctx, s, prev, changed)
			}
			if opts.review {
				items, err := ingest.ReviewItems(ctx, s.store, file)
				if err != nil {
					return err
				}
				if opts.json {
					if items == nil {
						items = []ingest.ReviewItem{}
					}
					return printJSON(g.io.Out, items)
				}
				if len(items) == 0 {
					fmt.Fprintln(g.io.Out, "No replacements to review.")
					return nil
				}
				tw := tabwriter.NewWriter(g.io.Out, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "document\tkind\tpseudonym\toriginal\tcontext")
				for _, it := range items {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t…%s…\n", it.Document, it.Kind, it.Pseudonym, it.Original, it.Context)
				}
				tw.Flush()
				fmt.Fprintln(g.io.Out, "\nTo restore a wrong one: groundwork redact --reject PSEUDONYM. To add a missed name: groundwork redact --add NAME.")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.review, "review", false, "list every replacement with its context")
	f.StringSliceVar(&opts.reject, "reject", nil, "restore this pseudonym or original everywhere (repeatable)")
	f.StringSliceVar(&opts.add, "add", nil, "redact this name everywhere (repeatable)")
	f.BoolVar(&opts.force, "force", false, "look again in documents already redacted")
	f.BoolVar(&opts.json, "json", false, "print the result as JSON")
	return cmd
}

func newPrivacyCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "privacy", Short: "Check files for the project's identifiers"}
	cmd.AddCommand(&cobra.Command{
		Use:   "check PATH...",
		Short: "Scan files (a report folder, an export) for the project's original identifiers",
		Long: `Scan files and folders (recursively; inside .xlsx, .docx and .qdpx archives too)
for every original identifier the project's redaction replaced, and name each
leak by file, line and pseudonym — never printing the identifier itself. Exits
non-zero when anything leaks.`,
		Example: `  groundwork privacy check reports/
  groundwork privacy check export.qdpx codings.csv`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := g.openProject()
			if err != nil {
				return err
			}
			file, err := ingest.LoadPrivacy(p.IdentifiersPath())
			if err != nil {
				return err
			}
			var entries []redact.Entry
			for _, e := range file.Entries {
				rejected := false
				for _, r := range file.Rejected {
					if strings.EqualFold(r, e.Original) {
						rejected = true
					}
				}
				if !rejected {
					entries = append(entries, e)
				}
			}
			if len(entries) == 0 {
				fmt.Fprintln(g.io.Out, "The project has no redacted identifiers to look for (run `groundwork redact` first).")
				return nil
			}
			leaks, files := 0, 0
			for _, root := range args {
				err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
					if err != nil {
						return err
					}
					if d.IsDir() {
						return nil
					}
					data, err := os.ReadFile(path)
					if err != nil {
						return err
					}
					if isImage(data) {
						return nil // pictures hold no text to leak
					}
					files++
					found := redact.Leaks(data, entries)
					leaks += len(found)
					writeLeaks(g, path, found)
					return nil
				})
				if err != nil {
					return err
				}
			}
			if leaks > 0 {
				return fmt.Errorf("%d leaks of identifiers in %d files checked", leaks, files)
			}
			fmt.Fprintf(g.io.Out, "No identifiers found in %d files (%d originals checked).\n", files, len(entries))
			return nil
		},
	})
	return cmd
}

// writeLeaks prints one line per file part and identifier, with the lines
// it was found on (the first few).
func writeLeaks(g *globals, path string, leaks []redact.Leak) {
	type key struct{ where, pseudonym, kind string }
	lines := map[key][]int{}
	var order []key
	for _, l := range leaks {
		k := key{l.Where, l.Entry.Pseudonym, string(l.Entry.Kind)}
		ls, ok := lines[k]
		if !ok {
			order = append(order, k)
		}
		if len(ls) == 0 || ls[len(ls)-1] != l.Line {
			lines[k] = append(ls, l.Line)
		}
	}
	for _, k := range order {
		where := path
		if k.where != "" {
			where += "!" + k.where
		}
		ls := lines[k]
		shown := ls
		if len(shown) > 5 {
			shown = shown[:5]
		}
		var parts []string
		for _, n := range shown {
			parts = append(parts, fmt.Sprint(n))
		}
		more := ""
		if len(ls) > len(shown) {
			more = fmt.Sprintf(" and %d more", len(ls)-len(shown))
		}
		fmt.Fprintf(g.io.Out, "%s:%s: holds the original of %s (%s)%s\n", where, strings.Join(parts, ","), k.pseudonym, k.kind, more)
	}
}

// isImage reports whether data is a PNG, JPEG or GIF picture, whose
// compressed bytes would only give false alarms.
func isImage(data []byte) bool {
	for _, sig := range []string{"\x89PNG", "\xff\xd8\xff", "GIF8"} {
		if strings.HasPrefix(string(data), sig) {
			return true
		}
	}
	return false
}
