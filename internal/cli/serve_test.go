package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/site"
)

// TestServeHandler: the API's paths go to the API, the rest to the page.
func TestServeHandler(t *testing.T) {
	page := fstest.MapFS{
		"index.html":       {Data: []byte("<!doctype html><title>crosscheck</title>")},
		"engine.wasm.gz":   {Data: []byte{0x1f, 0x8b}},
		"v1-notes/x.txt":   {Data: []byte("a page file under a name like the API's")},
		"openapi-page.txt": {Data: []byte("not the API description")},
	}
	h := ServeHandler(page, nil)
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w
	}
	if w := get("/"); w.Code != 200 || !strings.Contains(w.Body.String(), "<title>crosscheck</title>") {
		t.Errorf("GET /: %d %q", w.Code, w.Body)
	}
	if w := get("/v1-notes/x.txt"); w.Code != 200 {
		t.Errorf("a page file beginning with v1: %d", w.Code)
	}
	if w := get("/v1/health"); w.Code != 200 || w.Header().Get("Content-Type") != "application/json" {
		t.Errorf("GET /v1/health: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	if w := get("/openapi.json"); w.Code != 200 || !strings.Contains(w.Body.String(), `"openapi": "3.1.0"`) {
		t.Errorf("GET /openapi.json: %d", w.Code)
	}
	if w := get("/v1/nothing"); w.Code != 404 || w.Header().Get("Content-Type") != "application/problem+json" {
		t.Errorf("an unknown API path is the API's 404 problem, not the page's: %d %q", w.Code, w.Header().Get("Content-Type"))
	}

	// The check answers what `crosscheck check --format json` prints.
	r := httptest.NewRequest(http.MethodPost, "/v1/check", bytes.NewReader(crosscheck.DemoCorpus))
	r.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	_, want, _ := run(t, string(crosscheck.DemoCorpus), nil, "check", "--format", "json", "-")
	if w.Code != 200 || w.Body.String() != want {
		t.Errorf("POST /v1/check: %d; the body differs from the command line's report", w.Code)
	}
}

// TestServeListensAndStops runs the real server on a free port, asks it
// for its health, then stops it as SIGINT would.
func TestServeListensAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	old := ServeContext
	ServeContext = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	defer func() { ServeContext = old }()

	logR, logW := io.Pipe()
	code := make(chan int, 1)
	go func() {
		code <- Main([]string{"serve", "--addr", "127.0.0.1:0"}, Env{Stdout: io.Discard, Stderr: logW})
		logW.Close()
	}()
	lines := bufio.NewScanner(logR)
	var first string
	for lines.Scan() {
		// A line saying the page is not built may come first.
		if first = lines.Text(); strings.Contains(first, "listening on ") {
			break
		}
	}
	var log lockedLog
	copied := make(chan struct{})
	go func() { io.Copy(&log, logR); close(copied) }()
	_, rest, ok := strings.Cut(first, "listening on ")
	url, _, _ := strings.Cut(rest, " ")
	if !ok || !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Fatalf("first line: %q", first)
	}
	res, err := http.Get(url + "v1/health")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("health: %d", res.StatusCode)
	}
	cancel()
	select {
	case c := <-code:
		if c != ExitOK {
			t.Errorf("exit %d after the interrupt", c)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get(url + "v1/health"); err == nil {
		t.Error("still answering after it stopped")
	}
	<-copied
	if !regexp.MustCompile(`crosscheck serve: 200 GET /v1/health \(\d+ bytes\) request [0-9a-f]{24}\n`).MatchString(log.String()) {
		t.Errorf("no log line with the request id:\n%s", log.String())
	}
}

// lockedLog collects serve's standard error.
type lockedLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeBadArguments(t *testing.T) {
	files := fstest.MapFS{"page/index.html": {Data: []byte("x")}, "notes.txt": {Data: []byte("x")}}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--site", "nowhere"}, "--site nowhere: no such directory"},
		{[]string{"serve", "--site", "notes.txt"}, "--site notes.txt: not a directory"},
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, "crosscheck serve: listen tcp"},
		// A good --site passes; the bad port then stops it.
		{[]string{"serve", "--site", "page", "--addr", "127.0.0.1:99999"}, "crosscheck serve: listen tcp"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, "", files, tt.args...)
		if code != ExitBadInput || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}

// TestServeBusyPort: a port another program holds is an error that says
// how to choose another, not a bare "address already in use".
func TestServeBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var stderr strings.Builder
	code := Main([]string{"serve", "--addr", ln.Addr().String()}, Env{Stdout: io.Discard, Stderr: &stderr})
	if code != ExitBadInput {
		t.Errorf("exit %d, want %d", code, ExitBadInput)
	}
	if got := stderr.String(); !strings.Contains(got, "is taken") || !strings.Contains(got, "make run ADDR=") {
		t.Errorf("stderr does not say how to choose another port:\n%s", got)
	}
}

// TestServePolicyHeader sends the page's own Content-Security-Policy as a
// header, with frame-ancestors, which its <meta> cannot carry.
func TestServePolicyHeader(t *testing.T) {
	page := fstest.MapFS{"index.html": {Data: []byte(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`)}}
	w := httptest.NewRecorder()
	ServeHandler(page, nil).ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if got, want := w.Header().Get("Content-Security-Policy"), "default-src 'none'; script-src 'self'; frame-ancestors 'none'"; got != want {
		t.Errorf("policy %q, want %q", got, want)
	}
	w = httptest.NewRecorder()
	ServeHandler(site.FS, nil).ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if got := w.Header().Get("Content-Security-Policy"); !strings.Contains(got, "script-src 'self' 'wasm-unsafe-eval'") || !strings.HasSuffix(got, "frame-ancestors 'none'") {
		t.Errorf("the built page's policy: %q", got)
	}
}

// TestServeTimeouts: a client that stops sending its body is cut off at
// the read timeout instead of holding its connection and its reservation
// for ever.
func TestServeTimeouts(t *testing.T) {
	old := serveTimeouts
	serveTimeouts.read = 300 * time.Millisecond
	defer func() { serveTimeouts = old }()
	ctx, cancel := context.WithCancel(context.Background())
	oldCtx := ServeContext
	ServeContext = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	defer func() { ServeContext = oldCtx }()
	logR, logW := io.Pipe()
	code := make(chan int, 1)
	go func() {
		code <- Main([]string{"serve", "--addr", "127.0.0.1:0"}, Env{Stdout: io.Discard, Stderr: logW})
		logW.Close()
	}()
	defer func() { cancel(); <-code }()
	lines := bufio.NewScanner(logR)
	var addr string
	for lines.Scan() {
		if _, rest, ok := strings.Cut(lines.Text(), "listening on http://"); ok {
			addr, _, _ = strings.Cut(rest, "/")
			break
		}
	}
	go io.Copy(io.Discard, logR)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Ten bytes of a hundred promised, then nothing.
	io.WriteString(conn, "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"text\": ")
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	t0 := time.Now()
	got, err := io.ReadAll(conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server still held the connection after %v", time.Since(t0))
	}
	if len(got) > 0 && !strings.HasPrefix(string(got), "HTTP/1.1 400") {
		t.Errorf("answer to a stalled body: %q", got)
	}
}

// TestPageBuilt: serve says when the page's scripts are missing.
func TestPageBuilt(t *testing.T) {
	if pageBuilt(fstest.MapFS{"index.html": {Data: []byte("x")}}) {
		t.Error("a page without app.js is not built")
	}
	if !pageBuilt(fstest.MapFS{"index.html": {Data: []byte("x")}, "app.js": {Data: []byte("x")}}) {
		t.Error("a page with app.js is built")
	}
}
