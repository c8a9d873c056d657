// Package workbench is groundwork's local workbench: a web server over a
// project's store and search index for reading and coding transcripts,
// reviewing the auto-coder's suggestions, editing the codebook, searching,
// reading the theme report and checking agreement between coders.
//
// Pages are rendered on the server with html/template; a small script
// (embedded, no build step) handles text selection, the code picker and
// keyboard review. Pages and scripts share a JSON API under /api/.
//
// Nothing leaves the computer: the server binds to loopback by default,
// every write needs a CSRF token, and when a token is configured every
// request must carry it. Transcript text is never logged.
package workbench

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/codebook"
	"github.com/groundwork-qda/groundwork/corpus"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Cookie and header names.
const (
	coderCookie = "gw_coder"
	csrfCookie  = "gw_csrf"
	tokenCookie = "gw_token"
	csrfHeader  = "X-CSRF-Token"
	csrfField   = "csrf"
	tokenParam  = "token"
)

// maxBody bounds request bodies (codebook edits are the largest).
const maxBody = 2 << 20

// Config says what a Server serves.
type Config struct {
	// Project, Store and Index are the open project. The server uses the
	// index as its only writer while it runs; the caller closes all three
	// after the server has stopped.
	Project *corpus.Project
	Store   *corpus.Store
	Index   *LiveIndex
	// Token, when not empty, is required on every request: as ?token= (which
	// sets a cookie), the gw_token cookie, or an "Authorization: token T"
	// header. Without a token the server accepts only requests addressed to
	// a loopback host name, against DNS rebinding.
	Token string
	// Logf, if set, receives one line per request (method, path, status,
	// time) and problems. Transcript text is never passed to it.
	Logf func(format string, args ...any)
}

// Server is the workbench. It is an http.Handler.
type Server struct {
	proj    *corpus.Project
	st      *corpus.Store
	ix      *LiveIndex
	token   string
	logf    func(string, ...any)
	pages   map[string]*template.Template
	handler http.Handler

	cbMu sync.Mutex
	cb   *cachedCodebook

	repMu sync.Mutex
	rep   *cachedReport

	// learn is the learning from people's coding run in the background,
	// next the Code next page's queue.
	learn learnState
	next  nextState
	// bg is the context of background work; Run cancels it when it ends.
	bg     context.Context
	stopBg context.CancelFunc

	// changed is signalled after each write, for Run.
	changed chan struct{}
}

type cachedCodebook struct {
	modTime time.Time
	size    int64
	cb      *codebook.Codebook
	src     []byte
	classes map[string]string // code id -> CSS class
}

// New returns a workbench server for an open project.
func New(cfg Config) (*Server, error) {
	if cfg.Project == nil || cfg.Store == nil || cfg.Index == nil {
		return nil, errors.New("workbench: the project, its store and its index must be open")
	}
	s := &Server{proj: cfg.Project, st: cfg.Store, ix: cfg.Index, token: cfg.Token, logf: cfg.Logf, changed: make(chan struct{}, 1)}
	s.bg, s.stopBg = context.WithCancel(context.Background())
	if s.logf == nil {
		s.logf = func(string, ...any) {}
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	s.handler = s.middleware(s.routes())
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// NewToken returns a random access token (32 hex digits).
func NewToken() string { return randomHex(16) }

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("workbench: no randomness: " + err.Error())
	}
	return hex.EncodeToString(b)
}

// IsLoopback reports whether a listen address (host:port) binds only to
// the loopback interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(static)))
	mux.HandleFunc("GET /assets/codes.css", s.codesCSS)

	mux.HandleFunc("GET /{$}", s.pageDocuments)
	mux.HandleFunc("GET /doc/{id}", s.pageTranscript)
	mux.HandleFunc("GET /suggestions", s.pageSuggestions)
	mux.HandleFunc("GET /next", s.pageNext)
	mux.HandleFunc("POST /learn", s.postLearn)
	mux.HandleFunc("GET /codebook", s.pageCodebook)
	mux.HandleFunc("GET /codebook/edit/{id}", s.pageCodeEdit)
	mux.HandleFunc("POST /codebook/edit/{id}", s.postCodeEdit)
	mux.HandleFunc("POST /codebook/autocode", s.postAutocode)
	mux.HandleFunc("GET /search", s.pageSearch)
	mux.HandleFunc("GET /report", s.pageReport)
	mux.HandleFunc("GET /report/view", s.reportView)
	mux.HandleFunc("GET /agreement", s.pageAgreement)
	mux.HandleFunc("GET /coder", s.pageCoder)
	mux.HandleFunc("POST /coder", s.postCoder)
	mux.HandleFunc("GET /privacy", s.pagePrivacy)

	mux.HandleFunc("GET /api/documents", s.apiDocuments)
	mux.HandleFunc("GET /api/documents/{id}", s.apiDocument)
	mux.HandleFunc("GET /api/documents/{id}/turns", s.apiTurns)
	mux.HandleFunc("GET /api/documents/{id}/codings", s.apiDocCodings)
	mux.HandleFunc("GET /api/codings", s.apiCodings)
	mux.HandleFunc("POST /api/codings", s.apiCreateCoding)
	mux.HandleFunc("PATCH /api/codings/{id}", s.apiChangeCoding)
	mux.HandleFunc("DELETE /api/codings/{id}", s.apiDeleteCoding)
	mux.HandleFunc("POST /api/codings/{id}/memos", s.apiAddMemo)
	mux.HandleFunc("GET /api/suggestions", s.apiSuggestions)
	mux.HandleFunc("POST /api/suggestions/{id}/{action}", s.apiReview)
	mux.HandleFunc("GET /api/codebook", s.apiCodebook)
	mux.HandleFunc("PUT /api/codebook/codes/{id}", s.apiEditCode)
	mux.HandleFunc("POST /api/autocode", s.apiAutocode)
	mux.HandleFunc("GET /api/learned", s.apiLearned)
	mux.HandleFunc("GET /api/next", s.apiNext)
	mux.HandleFunc("GET /api/learn", s.apiLearnStatus)
	mux.HandleFunc("POST /api/learn", s.apiLearn)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/agreement", s.apiAgreement)
	mux.HandleFunc("GET /api/coder", s.apiCoder)
	s.groundedRoutes(mux)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		apiError(w, http.StatusNotFound, "no such API endpoint: %s %s", r.Method, r.URL.Path)
	})
	return mux
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
	start  time.Time
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
		// Server-Timing: how long the server took before the first byte.
		w.Header().Set("Server-Timing", fmt.Sprintf("app;dur=%.1f", float64(time.Since(w.start).Microseconds())/1000))
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// defaultCSP allows only the workbench's own scripts, styles and images.
const defaultCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"

// middleware wraps the routes with security headers, logging, the host
// check, token authentication and CSRF protection, in that order.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w := &statusWriter{ResponseWriter: rw, start: time.Now()}
		h := w.Header()
		h.Set("Content-Security-Policy", defaultCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "SAMEORIGIN")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		defer func() {
			// The path names documents at most; the query (search words,
			// tokens) is left out.
			s.logf("%s %s %d %s", r.Method, r.URL.Path, w.status, time.Since(w.start).Round(10*time.Microsecond))
		}()
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if s.token == "" && !loopbackHost(r.Host) {
			http.Error(w, "groundwork serve answers only to localhost / 127.0.0.1 (start it with --token to serve other hosts)", http.StatusForbidden)
			return
		}
		if s.token != "" && !s.authenticate(w, r) {
			return
		}
		if !safeMethod(r.Method) {
			if err := checkCSRF(r); err != nil {
				if strings.HasPrefix(r.URL.Path, "/api/") {
					apiError(w, http.StatusForbidden, "%v", err)
				} else {
					http.Error(w, err.Error()+"; reload the page and try again", http.StatusForbidden)
				}
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// loopbackHost reports whether a Host header names the loopback interface.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// authenticate checks the access token, from the query (then remembered in
// a cookie and taken out of the address), a cookie or a header.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) bool {
	if q := r.URL.Query().Get(tokenParam); q != "" {
		if equal(q, s.token) {
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: s.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
			if safeMethod(r.Method) && !strings.HasPrefix(r.URL.Path, "/api/") {
				u := *r.URL
				v := u.Query()
				v.Del(tokenParam)
				u.RawQuery = v.Encode()
				http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
				return false
			}
			return true
		}
	}
	if c, err := r.Cookie(tokenCookie); err == nil && equal(c.Value, s.token) {
		return true
	}
	if a := r.Header.Get("Authorization"); a != "" {
		for _, scheme := range []string{"token ", "Token ", "Bearer "} {
			if t, ok := strings.CutPrefix(a, scheme); ok && equal(strings.TrimSpace(t), s.token) {
				return true
			}
		}
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		apiError(w, http.StatusUnauthorized, "this workbench needs its access token: open the address groundwork serve printed (with ?token=...)")
	} else {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintln(w, "This groundwork workbench needs its access token.\nOpen the address that `groundwork serve` printed, which ends in ?token=...")
	}
	return false
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// checkCSRF checks a write request: it must come from the workbench's own
// pages (Origin and Sec-Fetch-Site, when the browser sends them) and carry
// the CSRF cookie's value in the X-CSRF-Token header or the csrf form field
// (double-submit).
func checkCSRF(r *http.Request) error {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return errors.New("cross-site request refused")
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		u, err := url.Parse(o)
		if err != nil || !strings.EqualFold(u.Host, r.Host) {
			return errors.New("request from another origin refused")
		}
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) < 16 {
		return errors.New("missing CSRF cookie")
	}
	got := r.Header.Get(csrfHeader)
	if got == "" {
		ct := r.Header.Get("Content-Type")
		if strings.HasPrefix(ct, "application/x-www-form-urlencoded") || strings.HasPrefix(ct, "multipart/form-data") {
			got = r.PostFormValue(csrfField)
		}
	}
	if got == "" || !equal(got, c.Value) {
		return errors.New("missing or wrong CSRF token")
	}
	return nil
}

// csrfToken returns the request's CSRF token, setting the cookie when the
// browser has none yet.
func csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 16 && isHex(c.Value) {
		return c.Value
	}
	t := randomHex(16)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: t, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return t
}

func isHex(s string) bool {
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// coder returns the current coder's name from the cookie ("" when none).
func coder(r *http.Request) string {
	c, err := r.Cookie(coderCookie)
	if err != nil {
		return ""
	}
	v, err := url.QueryUnescape(c.Value)
	if err != nil || validCoder(v) != nil {
		return ""
	}
	return v
}

// validCoder checks a coder name: 1 to 40 letters, digits, spaces and . _ - @,
// and not a suggester's name.
func validCoder(name string) error {
	if name == "" || len([]rune(name)) > 40 {
		return errors.New("give a name of 1 to 40 characters")
	}
	if corpus.IsSuggester(strings.ToLower(name)) {
		return fmt.Errorf("%q is a suggester's name; choose another", strings.ToLower(name))
	}
	for _, r := range name {
		if !(r == ' ' || r == '.' || r == '_' || r == '-' || r == '@' || isLetterOrDigit(r)) {
			return errors.New("use letters, digits, spaces and . _ - @ only")
		}
	}
	if strings.TrimSpace(name) != name {
		return errors.New("no spaces at the start or end")
	}
	return nil
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// codebook returns the project's codebook, parsed again only when the
// file changed on disk.
func (s *Server) codebook() (*cachedCodebook, error) {
	path := s.proj.CodebookPath()
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading the codebook: %w", err)
	}
	s.cbMu.Lock()
	defer s.cbMu.Unlock()
	if c := s.cb; c != nil && c.modTime.Equal(fi.ModTime()) && c.size == fi.Size() {
		return c, nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the codebook: %w", err)
	}
	cb, err := codebook.Parse(path, src)
	if err != nil {
		return nil, err
	}
	c := &cachedCodebook{modTime: fi.ModTime(), size: fi.Size(), cb: cb, src: src, classes: map[string]string{}}
	for i, code := range cb.Codes() {
		c.classes[code.ID] = "c" + strconv.Itoa(i)
	}
	s.cb = c
	return c, nil
}

// codebookWith returns the project's codebook after checking that it has
// every code of codes: one it lacks is an error of the request (badEdit).
func (s *Server) codebookWith(codes []string) (*cachedCodebook, error) {
	c, err := s.codebook()
	if err != nil {
		return nil, err
	}
	for _, id := range codes {
		if _, ok := c.cb.Code(id); !ok {
			return nil, badEdit{fmt.Errorf("no code %q in the codebook", id)}
		}
	}
	return c, nil
}

// requireCodebook returns the project's codebook, or answers why it cannot
// be read.
func (s *Server) requireCodebook(w http.ResponseWriter, r *http.Request) (*cachedCodebook, bool) {
	c, err := s.codebook()
	if err != nil {
		s.apiFail(w, r, err)
		return nil, false
	}
	return c, true
}

// forgetCodebook drops the cached codebook (after the server wrote it).
func (s *Server) forgetCodebook() {
	s.cbMu.Lock()
	s.cb = nil
	s.cbMu.Unlock()
}

// colour is a code's colour, inherited from its nearest ancestor that has
// one, or a neutral grey.
func colour(cb *codebook.Codebook, id string) string {
	c, ok := cb.Code(id)
	for ok && c != nil {
		if c.Colour != "" {
			return c.Colour
		}
		c = c.Parent()
	}
	return "#757575"
}

// write runs fn in one store transaction (which keeps the index the
// workbench holds up to date) and tells Run that something changed.
func (s *Server) write(ctx context.Context, fn func(tx *corpus.Tx) error) error {
	if err := s.st.Tx(ctx, fn); err != nil {
		return err
	}
	s.signalChange()
	return nil
}

// signalChange wakes Run to rebuild the report.
func (s *Server) signalChange() {
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

// Run keeps the workbench ready until ctx is done: it catches the search
// index up with changes other processes (the command line) make to the
// store, and rebuilds the theme report in the background a little after
// codings change, so that the Search and Report pages answer at once.
// Serving works without it; it only saves waiting.
func (s *Server) Run(ctx context.Context) {
	// Learning started from a page stops with the workbench, before the
	// store closes (an interrupted run stores nothing).
	defer s.learn.wg.Wait()
	defer s.next.wg.Wait()
	defer s.stopBg()
	const settle = 2 * time.Second // let a burst of codings finish first
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	last := "" // the last problem logged, so that a lasting one is logged once
	warn := func(what string, err error) {
		if err == nil || ctx.Err() != nil {
			return
		}
		if msg := what + ": " + err.Error(); msg != last {
			last = msg
			s.logf("warning: %s", msg)
		}
	}
	for {
		warn("bringing the search index up to date", s.ix.Refresh(ctx, s.st))
		_, err := s.reportHTML(ctx, false, false)
		warn("building the report", err)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-s.changed:
			select {
			case <-ctx.Done():
				return
			case <-time.After(settle):
			}
		}
	}
}

// autocode applies the codebook's rules (analysis.AutoCode) to the codes
// given, or to every code whose rules changed, running query rules on the
// index the server holds.
func (s *Server) autocode(ctx context.Context, codes []string) (*analysis.AutoResult, error) {
	c, err := s.codebookWith(codes)
	if err != nil {
		return nil, err
	}
	if err := s.ix.Refresh(ctx, s.st); err != nil {
		return nil, err
	}
	runQuery := func(ctx context.Context, q string) (map[string]bool, error) {
		var keys map[string]bool
		err := s.ix.read(func(ix *corpus.Index) error {
			var err error
			keys, err = ix.SegmentsMatching(ctx, q)
			return err
		})
		return keys, err
	}
	res, err := analysis.AutoCode(ctx, s.st, c.cb, runQuery, analysis.AutoOptions{Codes: codes})
	if err != nil {
		return nil, err
	}
	if added, removed := res.Total(); added+removed > 0 {
		s.signalChange()
	}
	return res, nil
}

// search runs a search on an index brought up to date first.
func (s *Server) search(ctx context.Context, req corpus.SearchRequest) (*corpus.SearchResult, error) {
	if c, err := s.codebook(); err == nil && req.Codebook == nil {
		req.Codebook = c.cb // a code filter finds the codes below it too
	}
	if err := s.ix.Refresh(ctx, s.st); err != nil {
		s.logf("warning: bringing the search index up to date: %v", err)
	}
	var res *corpus.SearchResult
	err := s.ix.read(func(ix *corpus.Index) error {
		var err error
		res, err = ix.Search(ctx, req)
		return err
	})
	return res, err
}
