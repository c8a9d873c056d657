package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

// globals are the flags every command takes.
type globals struct {
	io      *IOStreams
	project string
	// command is the command being run ("groundwork code auto"), named to
	// other commands that wait for this one's writer lock.
	command string
}

func newRootCmd(streams *IOStreams) *cobra.Command {
	g := &globals{io: streams}
	root := &cobra.Command{
		Use:   "groundwork",
		Short: "A reproducible pipeline for qualitative interview research",
		Long: `groundwork ingests and indexes interview transcripts, codes them against a
grounded-theory codebook (rules suggest, people decide), measures agreement
between coders, and writes cross-programme theme reports.`,
		Example: `  groundwork demo --out peer-study      # the whole pipeline on the demo study
  groundwork init my-study && cd my-study
  groundwork ingest ~/interviews/
  groundwork search '"at night" phone'`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       version(),
	}
	root.SetOut(streams.Out)
	root.SetErr(streams.Err)
	root.PersistentFlags().StringVar(&g.project, "project", "", "the project `DIR` (default: found by walking up from the working directory)")
	root.PersistentPreRun = func(c *cobra.Command, _ []string) { g.command = c.CommandPath() }
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{cmd: c.CommandPath(), err: flagValueError(err)}
	})
	holdSubcommands(root)
	root.AddCommand(
		newInitCmd(g),
		newCodebookCmd(g),
		newIngestCmd(g),
		newDocumentsCmd(g),
		newIndexCmd(g),
		newCheckCmd(g),
		newSearchCmd(g),
		newStatusCmd(g),
		newCodeCmd(g),
		newCodingsCmd(g),
		newReportCmd(g),
		newAgreeCmd(g),
		newCompareCmd(g),
		newCooccurCmd(g),
		newSaturationCmd(g),
		newMemoCmd(g),
		newHistoryCmd(g),
		newUndoCmd(g),
		newRedoCmd(g),
		newRedactCmd(g),
		newPrivacyCmd(g),
		newServeCmd(g),
		newDemoCmd(g),
		newExportCmd(g),
		newImportCmd(g),
	)
	return root
}

// version is groundwork's module version as the build recorded it (a
// tag, or a pseudo-version naming the commit), or "(devel)" when the build
// recorded none; groundwork --version prints it.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// openProject finds the project (from --project or the working directory).
func (g *globals) openProject() (*corpus.Project, error) {
	dir := g.project
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		found, err := corpus.Find(wd)
		if err != nil {
			return nil, err
		}
		dir = found
	}
	return corpus.Open(dir)
}

// session is an open project with its store.
type session struct {
	proj  *corpus.Project
	store *corpus.Store
}

func (g *globals) open(ctx context.Context) (*session, error) {
	return g.openKeeping(ctx, nil)
}

// openKeeping opens the project with its store keeping the search index up
// to date through keeper (nil: the index on disk, as commands do).
func (g *globals) openKeeping(ctx context.Context, keeper corpus.IndexKeeper) (*session, error) {
	p, err := g.openProject()
	if err != nil {
		return nil, err
	}
	st, err := g.openStore(ctx, p, keeper)
	if err != nil {
		return nil, err
	}
	return &session{proj: p, store: st}, nil
}

// openStore opens the project's store so that every change it makes keeps
// the search index up to date (through keeper, or the index on disk when
// nil), and so that it says why it waits when another command is writing
// the project.
func (g *globals) openStore(ctx context.Context, p *corpus.Project, keeper corpus.IndexKeeper) (*corpus.Store, error) {
	if keeper == nil {
		keeper = corpus.IndexAt{Path: p.IndexPath(), Progress: g.io.progress("indexing documents"), Warn: g.io.Warnf}
	}
	return corpus.OpenStore(ctx, p.StorePath(),
		corpus.WithLock(corpus.LockOptions{
			Holder:  g.command,
			Waiting: func(holder string) { fmt.Fprintln(g.io.Err, corpus.WaitingMessage(holder)) },
		}),
		corpus.WithIndex(keeper))
}

func (s *session) Close() { s.store.Close() }

// openWithCodebook opens the project and loads its codebook, which most
// commands need; the session is closed again if the codebook has errors.
func (g *globals) openWithCodebook(ctx context.Context) (*session, *codebook.Codebook, error) {
	s, err := g.open(ctx)
	if err != nil {
		return nil, nil, err
	}
	cb, err := s.codebook()
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return s, cb, nil
}

// withSession opens the project, runs fn on it and closes it again: the
// opening, error check and deferred close that every command working on
// the project would otherwise repeat.
func (g *globals) withSession(ctx context.Context, fn func(*session) error) error {
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

// withCodebook is withSession for the commands that also need the
// project's codebook.
func (g *globals) withCodebook(ctx context.Context, fn func(*session, *codebook.Codebook) error) error {
	s, cb, err := g.openWithCodebook(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s, cb)
}

// openIndex opens the search index, rebuilding it (with a message) when
// it is missing, damaged or stale.
func (g *globals) openIndex(ctx context.Context, s *session) (*corpus.Index, error) {
	return corpus.OpenIndex(ctx, s.proj.IndexPath(), s.store, func(msg string) {
		fmt.Fprintln(g.io.Err, msg)
	}, g.io.progress("indexing documents"))
}
