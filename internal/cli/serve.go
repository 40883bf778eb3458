package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"path"
	"strings"
	"syscall"
	"time"

	"github.com/crosscheck/crosscheck/internal/httpapi"
	"github.com/crosscheck/crosscheck/site"
)

// ServeContext gives the context `crosscheck serve` runs under: when it is
// done, the server stops taking connections, finishes the requests in
// flight and returns. cmd/crosscheck cancels it on SIGINT and SIGTERM;
// tests cancel their own. Signals belong to the host, not to this package.
var ServeContext = func() (context.Context, context.CancelFunc) {
	return context.WithCancel(context.Background())
}

// serveTimeouts bound each connection of `crosscheck serve`: a request's
// headers, the whole request with its body (3 MiB at 100 KB/s takes 30 s),
// the answer (a 3 MiB check takes a few seconds natively), and an idle
// keep-alive connection. Tests shorten them.
var serveTimeouts = struct{ header, read, write, idle time.Duration }{
	header: 10 * time.Second,
	read:   60 * time.Second,
	write:  120 * time.Second,
	idle:   120 * time.Second,
}

// shutdownGrace is how long requests in flight may take to finish once
// the server is told to stop.
const shutdownGrace = 10 * time.Second

// runServe serves the HTTP API (the handler the Cloudflare Worker runs)
// under /v1/ and /openapi.json, and the web page's files at /.
func runServe(args []string, env Env) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	siteDir := fl.String("site", "", "serve the web page from this directory (default: the page built into the binary)")
	names, err := parseArgs(fl, args)
	if err != nil {
		return ExitBadInput
	}
	if len(names) > 0 {
		fmt.Fprintf(env.Stderr, "crosscheck serve: unexpected argument %q\n", names[0])
		return ExitBadInput
	}
	files := site.FS
	if *siteDir != "" {
		sub, err := siteFS(env, *siteDir)
		if err != nil {
			fmt.Fprintf(env.Stderr, "crosscheck serve: --site %s: %v\n", *siteDir, err)
			return ExitBadInput
		}
		files = sub
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "crosscheck serve: %v\n", err)
		if errors.Is(err, syscall.EADDRINUSE) {
			// The usual cause on a developer's machine: say how to move.
			fmt.Fprintf(env.Stderr, "crosscheck serve: %s is taken by another program; choose another with --addr 127.0.0.1:8081 (make run ADDR=127.0.0.1:8081)\n", *addr)
		}
		return ExitBadInput
	}
	srv := &http.Server{
		Handler: ServeHandler(files, func(v any) {
			fmt.Fprintf(env.Stderr, "crosscheck serve: internal error (answered 500): %v\n", v)
		}, func(a httpapi.Answered) {
			// One line an API answer, with the id the client was given.
			fmt.Fprintf(env.Stderr, "crosscheck serve: %d %s %s (%d bytes) request %s\n", a.Status, a.Method, a.Path, a.Bytes, a.ID)
		}),
		// Connection hygiene for the native host only; the API's own limits
		// are on sizes, so the Worker (whose clock stands still while Go
		// computes) bounds work the same way. A client that stalls its
		// headers or its body, or leaves a connection idle, is cut off.
		ReadHeaderTimeout: serveTimeouts.header,
		ReadTimeout:       serveTimeouts.read,
		WriteTimeout:      serveTimeouts.write,
		IdleTimeout:       serveTimeouts.idle,
	}
	ctx, stop := ServeContext()
	defer stop()
	if !pageBuilt(files) {
		fmt.Fprintln(env.Stderr, "crosscheck serve: the web page is not built (no app.js): run `make site` before `go build`, or `make run`; the API works without it")
	}
	fmt.Fprintf(env.Stderr, "crosscheck serve: listening on http://%s/ (API: /v1/check, /v1/rules, /v1/rules/lint, /v1/health, /openapi.json)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(env.Stderr, "crosscheck serve: %v\n", err)
		return ExitBadInput
	case <-ctx.Done():
	}
	grace, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(grace); err != nil {
		fmt.Fprintf(env.Stderr, "crosscheck serve: shutting down: %v\n", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(env.Stderr, "crosscheck serve: %v\n", err)
	}
	fmt.Fprintln(env.Stderr, "crosscheck serve: stopped")
	return ExitOK
}

// siteFS opens a page directory named on the command line.
func siteFS(env Env, dir string) (fs.FS, error) {
	p := env.Path(dir)
	st, err := fs.Stat(env.FS, p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, errors.New("no such directory")
		}
		return nil, err
	}
	if !st.IsDir() {
		return nil, errors.New("not a directory")
	}
	return fs.Sub(env.FS, p)
}

// ServeHandler is what `crosscheck serve` answers: the API (the handler
// the Cloudflare Worker runs), and GET and HEAD of the web page's files.
// Any other request goes to the API, so a path or method that is neither
// the API's nor the page's is answered as the Worker answers it (a 404 or
// 405 problem, with CORS), not with net/http's text/plain 404.
func ServeHandler(files fs.FS, onPanic func(any), log ...func(httpapi.Answered)) http.Handler {
	opt := httpapi.Options{OnPanic: onPanic}
	if len(log) > 0 {
		opt.OnAnswer = log[0]
	}
	api := httpapi.New(opt)
	static := http.FileServerFS(files)
	policy := pagePolicy(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if api.Has(r.URL.Path) || (r.Method != http.MethodGet && r.Method != http.MethodHead) || !pageFile(files, r.URL.Path) {
			api.ServeHTTP(w, r)
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", policy)
		static.ServeHTTP(w, r)
	})
}

// pageFile reports whether a URL path names one of the page's files ("/"
// names index.html).
func pageFile(files fs.FS, p string) bool {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" {
		name = "index.html"
	}
	st, err := fs.Stat(files, name)
	return err == nil && st.Mode().IsRegular()
}

// pageBuilt reports whether the page's scripts are there: a plain `go
// build` embeds only the static files, and the page is then blank.
func pageBuilt(files fs.FS) bool {
	_, err := fs.Stat(files, "app.js")
	return err == nil
}

// pagePolicy is the page's Content-Security-Policy as a header: the one
// its index.html declares, so there is one to keep, and frame-ancestors,
// which a <meta> cannot set, so no other site can frame the page.
func pagePolicy(files fs.FS) string {
	const frames = "frame-ancestors 'none'"
	page, err := fs.ReadFile(files, "index.html")
	if err != nil {
		return "default-src 'self'; " + frames
	}
	_, rest, ok := strings.Cut(string(page), `http-equiv="Content-Security-Policy" content="`)
	policy, _, closed := strings.Cut(rest, `"`)
	if !ok || !closed || policy == "" {
		return "default-src 'self'; " + frames
	}
	return policy + "; " + frames
}
