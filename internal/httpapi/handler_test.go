package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck"
)

func post(h http.Handler, path, ctype string, body []byte) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// TestPanicBecomesProblem: a panic in a route is answered as a 500
// problem, the host hears of it, and the next request is served.
func TestPanicBecomesProblem(t *testing.T) {
	var heard any
	h := New(Options{OnPanic: func(v any) { heard = v }})
	h.routes["/v1/boom"] = map[string]func(*http.Request) *response{
		http.MethodGet: func(*http.Request) *response { panic("index out of range") },
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/v1/boom", nil))
	if w.Code != http.StatusInternalServerError || w.Header().Get("Content-Type") != "application/problem+json" {
		t.Fatalf("got %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	var p Problem
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || p.Status != 500 || p.Type != "/problems/internal" {
		t.Errorf("problem %+v (%v)", p, err)
	}
	if strings.Contains(w.Body.String(), "index out of range") {
		t.Error("the panic value leaked into the answer")
	}
	if heard != "index out of range" {
		t.Errorf("OnPanic heard %v", heard)
	}
	if w.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Error("a 500 must still carry CORS headers, or browsers hide it")
	}
	if w := post(h, "/v1/check", "application/json", crosscheck.DemoCorpus); w.Code != http.StatusOK {
		t.Errorf("after a panic: %d", w.Code)
	}
}

// TestConcurrentChecks: one handler (as `crosscheck serve` keeps it)
// answers concurrent checks with the same bytes; the built-in rules are
// compiled once and shared.
func TestConcurrentChecks(t *testing.T) {
	h := New(Options{})
	want := post(h, "/v1/check", "application/json", crosscheck.DemoCorpus).Body.Bytes()
	var wg sync.WaitGroup
	got := make([][]byte, 6)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = post(h, "/v1/check", "application/json", crosscheck.DemoCorpus).Body.Bytes()
		}()
	}
	wg.Wait()
	for i, b := range got {
		if !bytes.Equal(b, want) {
			t.Errorf("concurrent check %d answered differently", i)
		}
	}
}

// TestOptionsLimits: limits given to New replace the defaults.
func TestOptionsLimits(t *testing.T) {
	h := New(Options{Limits: Limits{RequestBytes: 200, Documents: 2, DocumentBytes: 40, RulesBytes: 10}})
	tests := []struct {
		name, body, limit string
	}{
		{"201 bytes", `[{"text": "` + strings.Repeat("x", 187) + `"}]`, "request_bytes"},
		{"three documents", `[{"text": "a"}, {"text": "b"}, {"text": "c"}]`, "documents"},
		{"a 41-byte text", `[{"text": "` + strings.Repeat("x", 41) + `"}]`, "document_bytes"},
		{"11 bytes of rules", `{"documents": [{"text": "a"}], "rules": "counts: []\n"}`, "rules_bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := post(h, "/v1/check", "application/json", []byte(tt.body))
			var p Problem
			json.Unmarshal(w.Body.Bytes(), &p)
			if w.Code != http.StatusRequestEntityTooLarge || p.Limit != tt.limit {
				t.Errorf("got %d, limit %q; want 413 %q: %s", w.Code, p.Limit, tt.limit, w.Body)
			}
		})
	}
	if w := post(h, "/v1/check", "application/json", []byte(`[{"text": "Police said 3 people were killed."}]`)); w.Code != http.StatusOK {
		t.Errorf("within the limits: %d %s", w.Code, w.Body)
	}
}

// FuzzCheck: whatever the body, the check answers a report or a problem
// of the status it says, never a 500.
func FuzzCheck(f *testing.F) {
	f.Add("application/json", `{"documents": [{"id": "a", "outlet": "Daily A", "published": "2024-03-24", "text": "Turkish police detained 47 people."}], "fail_on": "medium"}`)
	f.Add("application/json", `[{"text": "Police said 3 people were killed."}, 7]`)
	f.Add("application/json", `{"documents": "{\"text\": \"At least 140 people were killed.\"}\n{\"text\": \"Almost 400 were injured.\"}", "map": {"text": "body"}}`)
	f.Add("application/json", `{"documents": [], "rules": "counts:\n  - id: x\n    verbz: [y]\n", "rules_mode": "replace"}`)
	f.Add("application/x-ndjson", "{\"text\": \"Dozens were detained.\"}\n{\"text\": ")
	f.Add("application/json", `{"documents": {"articles": [{"body": "ISIS claimed the attack."}]}, "format": "csv"}`)
	h := New(Options{})
	f.Fuzz(func(t *testing.T, ctype, body string) {
		w := post(h, "/v1/check", ctype, []byte(body))
		if w.Code == http.StatusInternalServerError {
			t.Fatalf("500 for %q: %s", body, w.Body)
		}
		if w.Code == http.StatusOK {
			return
		}
		var p Problem
		if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || p.Status != w.Code || p.Type == "" || p.Title == "" {
			t.Fatalf("status %d with problem %+v (%v)", w.Code, p, err)
		}
		for _, d := range p.Diagnostics {
			if d.Line < 0 || d.Col < 0 || d.Offset < 0 || (d.Line > 0 && d.Offset > len(body)) {
				t.Fatalf("diagnostic out of the body: %+v", d)
			}
		}
	})
}

// BenchmarkBuiltinRules is the start-up work a Worker's Go instance pays
// once, on the isolate's first check with the built-in rules: reading and
// compiling them. `make bench-worker` runs it natively and under GOOS=js
// GOARCH=wasm.
func BenchmarkBuiltinRules(b *testing.B) {
	for range b.N {
		h := New(Options{})
		if x, _ := h.builtinExtractor(); x == nil {
			b.Fatal("no extractor")
		}
	}
}

// TestRemoveDots: dot segments go as a WHATWG URL parser drops them.
func TestRemoveDots(t *testing.T) {
	for in, want := range map[string]string{
		"/v1/health":       "/v1/health",
		"/v1/./health":     "/v1/health",
		"/v1/x/../health":  "/v1/health",
		"/../v1/health":    "/v1/health",
		"/v1/health/.":     "/v1/health/",
		"/v1/health/..":    "/v1/",
		"/v1/health.json":  "/v1/health.json",
		"/v1/..health":     "/v1/..health",
		"/.":               "/",
		"/..":              "/",
		"/v1/rules/./lint": "/v1/rules/lint",
	} {
		if got := removeDots(in); got != want {
			t.Errorf("removeDots(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRulesChangeABuiltInCheck: with rules_mode extend (the default), a
// request's rules change a built-in check by its id alone (issue 13), and
// off: true turns it off; with replace, the same text is a check without
// kind.
func TestRulesChangeABuiltInCheck(t *testing.T) {
	h := New(Options{})
	docs := `[{"id": "a", "source": "A", "published": "2024-03-01", "text": "A bomb killed 12 people in Quetta on Friday."},
	          {"id": "b", "source": "B", "published": "2024-03-01", "text": "A bomb killed 40 people in Quetta on Friday."}]`
	severities := func(rules, mode string) (int, []string) {
		body, _ := json.Marshal(map[string]any{"documents": json.RawMessage(docs), "rules": rules, "rules_mode": mode})
		w := post(h, "/v1/check", "application/json", body)
		var rep struct {
			Findings []struct {
				Rule     string `json:"rule"`
				Severity string `json:"severity"`
			} `json:"findings"`
		}
		json.Unmarshal(w.Body.Bytes(), &rep)
		var out []string
		for _, f := range rep.Findings {
			out = append(out, f.Rule+"/"+f.Severity)
		}
		return w.Code, out
	}
	if code, got := severities("checks:\n  - id: death-toll\n    severity: low\n", "extend"); code != 200 || strings.Join(got, " ") != "death-toll/low" {
		t.Errorf("severity low: %d %q, want death-toll/low", code, got)
	}
	if code, got := severities("checks:\n  - id: death-toll\n    off: true\n", "extend"); code != 200 || len(got) != 0 {
		t.Errorf("off: %d %q, want no finding", code, got)
	}
	if code, _ := severities("checks:\n  - id: death-toll\n    severity: low\n", "replace"); code != http.StatusUnprocessableEntity {
		t.Errorf("replace: %d, want 422 (a check with no kind)", code)
	}
}
