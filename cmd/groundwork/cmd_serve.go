package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/groundwork-qda/groundwork/corpus"
	"github.com/groundwork-qda/groundwork/workbench"
)

type serveOptions struct {
	addr  string
	open  bool
	token bool
	quiet bool
}

func (o *serveOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:7777", "the `HOST:PORT` to listen on (port 0 picks a free one)")
	f.BoolVar(&o.open, "open", false, "open the workbench in the default browser")
	f.BoolVar(&o.token, "token", false, "require a random access token (needed to bind anything but loopback)")
	f.BoolVar(&o.quiet, "quiet", false, "do not log requests")
}

func newServeCmd(g *globals) *cobra.Command {
	return newCommand(g, &serveOptions{}, &cobra.Command{
		Use:   "serve",
		Short: "Open the local workbench: code transcripts, review suggestions, edit the codebook in a browser",
		Long: `Serve the project as a local web workbench over the same store the command line
uses; nothing leaves the computer.

  Documents    the transcripts, filterable by programme, role and any attribute,
               with codings per coder and status
  Transcript   turns as a conversation with every coding highlighted in its
               code's colour; select text to code it, or "New code…" in the
               picker to make a code (in the informant's words) while coding
  Suggestions  review the suggestions one at a time (a accept, r reject,
               c recode, s skip), the rules' or the learned models' or both;
               the learned models' figures
  Code next    the passages whose coding would teach the learned models
               most, the codes not learned yet and why, and a button that
               learns again
  Codebook     the code tree with counts per programme; add, rename, move
               (drag), merge, split and delete codes, each previewed first;
               edit labels, definitions and rules (checked before written)
  Code         /code/ID: every passage of a code side by side, by programme,
               with its memos (constant comparison)
  Compare      two codes side by side: A and B, A not B
  Search       keyword in context, linking into the transcript
  Report       the theme report as groundwork report writes it, rebuilt
               when codings change
  Agreement    Krippendorff's alpha and Cohen's kappa per code between coders
  History      every change people made; Undo and Redo are on every page

The server binds to 127.0.0.1 (this computer only). Binding any other address
needs --token: a random access token is printed with the address and required
on every request. While the workbench runs it holds the search index, so
commands that need it (search, code auto) say the workbench is running; the
other commands work alongside it. Stop it with Ctrl-C.`,
		Example: `  groundwork serve
  groundwork serve --open
  groundwork serve --addr 0.0.0.0:7777 --token   # reachable from the network, with a token`,
		Args: exactArgs(0),
	}, runServe)
}

func runServe(ctx context.Context, g *globals, opts *serveOptions) error {
	loopback := workbench.IsLoopback(opts.addr)
	if !loopback && !opts.token {
		return &usageError{cmd: "groundwork serve", err: fmt.Errorf("--addr %s would make the project reachable from other computers; add --token to require an access token, or bind 127.0.0.1", opts.addr)}
	}
	live := &workbench.LiveIndex{}
	s, err := g.openKeeping(ctx, live)
	if err != nil {
		return err
	}
	defer s.Close()
	ix, err := corpus.OpenIndexForWriting(ctx, s.proj.IndexPath(), s.store, func(msg string) {
		fmt.Fprintln(g.io.Err, msg)
	}, g.io.progress("indexing documents"))
	if errors.Is(err, corpus.ErrIndexBusy) {
		return fmt.Errorf("the search index of %s is held by another groundwork process (is a workbench already running on this project?)", s.proj.Dir)
	}
	if err != nil {
		return err
	}
	// The server may swap the index for a rebuilt one; close whatever it
	// holds at the end.
	live.Hold(ix)
	defer live.Close()
	cfg := workbench.Config{Project: s.proj, Store: s.store, Index: live}
	if !opts.quiet {
		cfg.Logf = func(format string, args ...any) {
			fmt.Fprintf(g.io.Err, time.Now().Format("15:04:05 ")+format+"\n", args...)
		}
	}
	if opts.token {
		cfg.Token = workbench.NewToken()
	}
	srv, err := workbench.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w (is another workbench running? try --addr 127.0.0.1:0)", opts.addr, err)
	}
	addr := "http://" + browsable(ln.Addr().String(), loopback) + "/"
	if cfg.Token != "" {
		addr += "?token=" + cfg.Token
	}
	fmt.Fprintf(g.io.Out, "groundwork workbench for %s\n  %s\n", s.proj.Config.Name, addr)
	if !loopback {
		fmt.Fprintf(g.io.Out, "Listening on %s, reachable from other computers: every request needs the token above.\n", ln.Addr())
	} else if cfg.Token != "" {
		fmt.Fprintln(g.io.Out, "Every request needs the token above.")
	}
	fmt.Fprintln(g.io.Out, "Press Ctrl-C to stop.")
	if opts.open {
		openBrowser(g, addr)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	runCtx, cancelRun := context.WithCancel(ctx)
	defer cancelRun()
	ran := make(chan struct{})
	go func() {
		srv.Run(runCtx)
		close(ran)
	}()
	select {
	case err := <-errc:
		// Serve failed: stop Run through the context before closing.
		cancelRun()
		<-ran
		return err
	case <-ctx.Done():
	}
	cancelRun()
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	hs.Shutdown(sctx)
	<-ran // before the index and the store close
	fmt.Fprintln(g.io.Err, "workbench stopped")
	// Stopping the workbench is how it ends: not an interrupted command.
	return errStoppedCleanly
}

// browsable turns a listen address into one a browser can open.
func browsable(addr string, loopback bool) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
		if !loopback {
			if h, err := os.Hostname(); err == nil && h != "" {
				host = h
			}
		}
	}
	return net.JoinHostPort(host, port)
}

// openBrowser opens url with xdg-open (or open on macOS) when it exists.
func openBrowser(g *globals, url string) {
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		g.io.Warnf("--open: %s not found; open %s yourself", name, url)
		return
	}
	cmd := exec.Command(path, url)
	if err := cmd.Start(); err != nil {
		g.io.Warnf("--open: %v", err)
		return
	}
	go cmd.Wait()
}
