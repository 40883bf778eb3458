// Package api holds the HTTP API's conformance cases (cases/*.json) and
// runs them: natively against the handler (internal/httpapi's tests), and
// against the Worker in local workerd next to the native handler
// (worker_test.go, `make test-worker`), where both must answer the same
// status, headers and bytes.
package api

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cli"
)

// Case is one request and what its answer must hold.
type Case struct {
	Name string `json:"name"`
	// File is the case file it came from, for messages.
	File     string   `json:"-"`
	Request  Request  `json:"request"`
	Response Expected `json:"response"`
}

// Request is what a case sends. The body is one of Body (raw text), JSON
// (sent compact), BodyFile (a file of the repository) or Repeat.
type Request struct {
	Method   string            `json:"method"`
	Path     string            `json:"path"`
	Headers  map[string]string `json:"headers"`
	Body     *string           `json:"body"`
	JSON     json.RawMessage   `json:"json"`
	BodyFile string            `json:"body_file"`
	Repeat   *Repeat           `json:"repeat"`
	// Chunked sends the body without a Content-Length.
	Chunked bool `json:"chunked"`
	// Gzip sends the body gzipped, with Content-Encoding: gzip (a case's
	// headers may name another encoding); a case's CLI reads it plain.
	Gzip bool `json:"gzip"`
	// NoRequestID sends no X-Request-Id. Otherwise a case without one of
	// its own sends DefaultRequestID, so that both hosts answer the same
	// bytes (a generated id is random).
	NoRequestID bool `json:"no_request_id"`
}

// DefaultRequestID is the X-Request-Id a case sends unless it says.
const DefaultRequestID = "conformance"

// Repeat builds a large body: Head, then Item Times times joined by Sep,
// then Tail. Over-limit cases use it instead of megabytes of case file.
type Repeat struct {
	Head  string `json:"head"`
	Item  string `json:"item"`
	Sep   string `json:"sep"`
	Times int    `json:"times"`
	Tail  string `json:"tail"`
}

// Expected is what the answer must hold. Headers must match exactly; JSON
// maps JSON pointers of the body to the value there; Lengths to the length
// of the array there; Contains lists texts the body holds; CLI, when set,
// is a command line whose standard output (with the request body as its
// standard input) the body must equal byte for byte.
type Expected struct {
	Status  int               `json:"status"`
	Headers map[string]string `json:"headers"`
	// Matching maps headers to a regular expression their value matches.
	Matching map[string]string          `json:"matching"`
	JSON     map[string]json.RawMessage `json:"json"`
	Lengths  map[string]int             `json:"lengths"`
	Contains []string                   `json:"contains"`
	Empty    bool                       `json:"empty"`
	CLI      []string                   `json:"cli"`
}

// Answer is a response, read whole.
type Answer struct {
	Status int
	Header http.Header
	Body   []byte
}

// Compared are the headers both hosts must send alike. Date, Server and
// Content-Length (which workerd may replace with chunking) are the hosts'.
var Compared = []string{
	"Content-Type", "Allow", "Accept-Post", "X-Content-Type-Options",
	"Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
	"Access-Control-Max-Age", "Access-Control-Expose-Headers",
	"Crosscheck-Failed", "Crosscheck-Fail-On", "Accept-Encoding", "Retry-After", "X-Request-Id",
}

// Load reads every case file of dir, in name order.
func Load(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var all []Case
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var cs []Case
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields() // a misspelt expectation must not pass silently
		if err := dec.Decode(&cs); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for i := range cs {
			cs[i].File = filepath.Base(f)
			if cs[i].Name == "" || cs[i].Response.Status == 0 {
				return nil, fmt.Errorf("%s: case %d has no name or no expected status", f, i)
			}
		}
		all = append(all, cs...)
	}
	return all, nil
}

// BodyBytes builds the request body; root is the repository's directory.
func (r Request) BodyBytes(root string) ([]byte, error) {
	switch {
	case r.Body != nil:
		return []byte(*r.Body), nil
	case r.JSON != nil:
		var b bytes.Buffer
		if err := json.Compact(&b, r.JSON); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	case r.BodyFile != "":
		return os.ReadFile(filepath.Join(root, filepath.FromSlash(r.BodyFile)))
	case r.Repeat != nil:
		var b bytes.Buffer
		b.WriteString(r.Repeat.Head)
		for i := 0; i < r.Repeat.Times; i++ {
			if i > 0 {
				b.WriteString(r.Repeat.Sep)
			}
			b.WriteString(r.Repeat.Item)
		}
		b.WriteString(r.Repeat.Tail)
		return b.Bytes(), nil
	}
	return nil, nil
}

// New builds the HTTP request against base (e.g. "http://127.0.0.1:8787",
// or "http://example" for an in-memory handler).
func (r Request) New(base string, body []byte) (*http.Request, error) {
	var rd io.Reader
	if r.Gzip {
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write(body)
		w.Close()
		body = z.Bytes()
	}
	if body != nil {
		rd = bytes.NewReader(body)
		if r.Chunked {
			rd = io.MultiReader(rd) // hides the length: sent chunked
		}
	}
	req, err := http.NewRequest(r.Method, base+r.Path, rd)
	if err != nil {
		return nil, err
	}
	if r.Gzip {
		req.Header.Set("Content-Encoding", "gzip")
	}
	if !r.NoRequestID {
		req.Header.Set("X-Request-Id", DefaultRequestID)
	}
	for k, v := range r.Headers {
		req.Header.Set(k, v)
	}
	return req, nil
}

// Check lists every way the answer a differs from what the case expects.
// cliOut, when the case names a command line, is what it printed.
func (c Case) Check(a Answer, cliOut []byte) []string {
	var bad []string
	e := c.Response
	if a.Status != e.Status {
		bad = append(bad, fmt.Sprintf("status %d, want %d; body: %s", a.Status, e.Status, clip(a.Body)))
	}
	for k, v := range e.Headers {
		if got := a.Header.Get(k); got != v {
			bad = append(bad, fmt.Sprintf("header %s: %q, want %q", k, got, v))
		}
	}
	for k, v := range e.Matching {
		re, err := regexp.Compile("^(?:" + v + ")$")
		if err != nil {
			bad = append(bad, fmt.Sprintf("case pattern for %s: %v", k, err))
		} else if got := a.Header.Get(k); !re.MatchString(got) {
			bad = append(bad, fmt.Sprintf("header %s: %q does not match %s", k, got, v))
		}
	}
	if e.Empty && len(a.Body) > 0 {
		bad = append(bad, fmt.Sprintf("body should be empty, got %s", clip(a.Body)))
	}
	for _, s := range e.Contains {
		if !bytes.Contains(a.Body, []byte(s)) {
			bad = append(bad, fmt.Sprintf("body lacks %q: %s", s, clip(a.Body)))
		}
	}
	if len(e.JSON) > 0 || len(e.Lengths) > 0 {
		var doc any
		if err := json.Unmarshal(a.Body, &doc); err != nil {
			return append(bad, fmt.Sprintf("body is not JSON (%v): %s", err, clip(a.Body)))
		}
		for _, p := range sortedKeys(e.JSON) {
			var want any
			if err := json.Unmarshal(e.JSON[p], &want); err != nil {
				bad = append(bad, fmt.Sprintf("case value at %s: %v", p, err))
				continue
			}
			got, ok := Pointer(doc, p)
			if !ok || !reflect.DeepEqual(got, want) {
				bad = append(bad, fmt.Sprintf("%s = %s, want %s", p, show(got, ok), e.JSON[p]))
			}
		}
		for _, p := range sortedKeys(e.Lengths) {
			got, ok := Pointer(doc, p)
			arr, isArr := got.([]any)
			switch {
			case !ok || !isArr:
				bad = append(bad, fmt.Sprintf("%s = %s, want an array of %d", p, show(got, ok), e.Lengths[p]))
			case len(arr) != e.Lengths[p]:
				bad = append(bad, fmt.Sprintf("len(%s) = %d, want %d: %s", p, len(arr), e.Lengths[p], clip([]byte(show(got, ok)))))
			}
		}
	}
	if e.CLI != nil && !bytes.Equal(a.Body, cliOut) {
		bad = append(bad, fmt.Sprintf("body differs from `crosscheck %s` output at byte %d", strings.Join(e.CLI, " "), firstDiff(a.Body, cliOut)))
	}
	return bad
}

// RunCases runs every case against handler h in memory, each as a subtest,
// with the command line's answer beside it where a case asks for one.
func RunCases(t *testing.T, root string, cases []Case, h http.Handler) {
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.File, ".json")+"/"+c.Name, func(t *testing.T) {
			body, err := c.Request.BodyBytes(root)
			if err != nil {
				t.Fatal(err)
			}
			req, err := c.Request.New("http://crosscheck.test", body)
			if err != nil {
				t.Fatal(err)
			}
			var cliOut []byte
			if c.Response.CLI != nil {
				if cliOut, err = CLIOutput(root, c.Response.CLI, body); err != nil {
					t.Fatal(err)
				}
			}
			for _, msg := range c.Check(Serve(h, req), cliOut) {
				t.Error(msg)
			}
		})
	}
}

// Serve answers req with an in-memory handler.
func Serve(h http.Handler, req *http.Request) Answer {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return Answer{Status: w.Code, Header: w.Header(), Body: w.Body.Bytes()}
}

// Do sends req to a running server and reads the whole answer.
func Do(client *http.Client, req *http.Request) (Answer, error) {
	res, err := client.Do(req)
	if err != nil {
		return Answer{}, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return Answer{Status: res.StatusCode, Header: res.Header, Body: b}, err
}

// CLIOutput runs the command line in memory, with stdin as its standard
// input and files named relative to root, and returns its standard output.
func CLIOutput(root string, args []string, stdin []byte) ([]byte, error) {
	var out, errs bytes.Buffer
	env := cli.Env{
		Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errs,
		FS: os.DirFS(root), Path: func(n string) string { return filepath.ToSlash(n) },
	}
	if code := cli.Main(args, env); code != cli.ExitOK && code != cli.ExitFindings {
		return nil, fmt.Errorf("crosscheck %s: exit %d: %s", strings.Join(args, " "), code, errs.String())
	}
	return out.Bytes(), nil
}

// Pointer resolves a JSON pointer (RFC 6901) in a decoded document.
func Pointer(doc any, p string) (any, bool) {
	if p == "" {
		return doc, true
	}
	if !strings.HasPrefix(p, "/") {
		return nil, false
	}
	cur := doc
	for _, tok := range strings.Split(p[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch v := cur.(type) {
		case map[string]any:
			next, ok := v[tok]
			if !ok {
				return nil, false
			}
			cur = next
		case []any:
			var i int
			if _, err := fmt.Sscanf(tok, "%d", &i); err != nil || i < 0 || i >= len(v) || fmt.Sprint(i) != tok {
				return nil, false
			}
			cur = v[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

func show(v any, ok bool) string {
	if !ok {
		return "(absent)"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// clip shortens a body for a message.
func clip(b []byte) string {
	if len(b) > 600 {
		return string(b[:600]) + "…"
	}
	return string(b)
}

// firstDiff is the offset of the first byte where a and b differ.
func firstDiff(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
