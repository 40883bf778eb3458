package httpapi

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestAdmission: a request whose body the budget cannot hold besides the
// requests in flight is answered 503 with Retry-After, before its body is
// checked; once they are done, the same request is served. A body sent
// without a length is held to the budget as it arrives.
func TestAdmission(t *testing.T) {
	const doc = `[{"text": "Police said 3 people were killed."}]`
	// Room for one small request in flight and the fixed part of another.
	h := New(Options{Limits: Limits{RequestBytes: 1 << 20, Documents: 10, DocumentBytes: 1 << 10, RulesBytes: 1 << 10,
		MemoryBudget: RequestCost(int64(len(doc))) + requestBase}})

	// A request in flight: its length is known, its body not yet sent.
	pr, pw := io.Pipe()
	held := httptest.NewRequest(http.MethodPost, "/v1/check", pr)
	held.ContentLength = int64(len(doc))
	held.Header.Set("Content-Type", "application/json")
	first := make(chan *httptest.ResponseRecorder)
	go func() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, held)
		first <- w
	}()
	// Wait until it holds its reservation.
	for {
		h.budget.mu.Lock()
		used := h.budget.used
		h.budget.mu.Unlock()
		if used == RequestCost(int64(len(doc))) {
			break
		}
	}

	w := post(h, "/v1/check", "application/json", []byte(doc))
	var p Problem
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || w.Code != http.StatusServiceUnavailable ||
		p.Type != problemType("busy") || w.Header().Get("Retry-After") != retryAfter {
		t.Errorf("beside a request in flight: %d, Retry-After %q, %s", w.Code, w.Header().Get("Retry-After"), w.Body)
	}
	// Without a length the reservation grows with the body as it is read:
	// its first bytes are already past the room left.
	r := httptest.NewRequest(http.MethodPost, "/v1/check", io.MultiReader(strings.NewReader(doc)))
	r.ContentLength = -1
	r.Header.Set("Content-Type", "application/json")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("a body without a length beside a request in flight: %d %s", w.Code, w.Body)
	}

	pw.Write([]byte(doc))
	pw.Close()
	if w := <-first; w.Code != http.StatusOK {
		t.Errorf("the request in flight: %d %s", w.Code, w.Body)
	}
	if h.budget.used != 0 {
		t.Errorf("%d bytes still reserved after every request is done", h.budget.used)
	}
	if w := post(h, "/v1/check", "application/json", []byte(doc)); w.Code != http.StatusOK {
		t.Errorf("once the budget is free: %d %s", w.Code, w.Body)
	}
}
