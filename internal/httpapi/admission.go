package httpapi

import (
	"context"
	"net/http"
	"sync"
)

// A Worker isolate has 128 MB for everything, and one Go instance serves
// all its requests at once (worker/glue.mjs). Admission keeps the requests
// in flight within a memory budget: each holds a reservation for what it
// may need at most (RequestCost: a fixed part, and memoryPerByte for every
// byte of its body, counted as read, after gzip is undone), and a request
// that would take the budget past Limits.MemoryBudget is answered 503 with
// Retry-After instead of being read further. The same budget applies
// natively, so both hosts answer alike.

// requestBase is what a request may hold besides its body: the request
// and answer structures, and the small documents' working set.
const requestBase = 256 << 10

// memoryPerByte is the most a check holds per byte of body: the body, the
// documents' texts, tokens, claims, events, the report and its rendering
// (measured in workerd: a 4 MB check of generated reports peaks near 15
// bytes of Go heap a byte, and more documents cost more than linearly;
// see README, "HTTP API"). Rule text counts the same, generously: compiled
// rules are smaller than that.
const memoryPerByte = 16

// RequestCost is what admission reserves for a request whose body is n
// bytes once decoded.
func RequestCost(n int64) int64 { return requestBase + memoryPerByte*n }

// budget counts the bytes reserved by the requests in flight.
type budget struct {
	mu   sync.Mutex
	max  int64
	used int64
}

// take reserves n bytes, or says there is not room.
func (b *budget) take(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.used+n > b.max {
		return false
	}
	b.used += n
	return true
}

func (b *budget) give(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
}

// ticket is one request's reservation.
type ticket struct {
	b    *budget
	held int64
}

// grow reserves n more bytes for the request.
func (t *ticket) grow(n int64) bool {
	if t == nil {
		return true
	}
	if !t.b.take(n) {
		return false
	}
	t.held += n
	return true
}

// done gives the whole reservation back.
func (t *ticket) done() {
	if t != nil && t.held > 0 {
		t.b.give(t.held)
		t.held = 0
	}
}

type ticketKey struct{}

// admit reserves a request's fixed part; nil when the budget is full.
func (h *Handler) admit() *ticket {
	t := &ticket{b: &h.budget}
	if !t.grow(requestBase) {
		return nil
	}
	return t
}

func withTicket(r *http.Request, t *ticket) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), ticketKey{}, t))
}

func ticketOf(r *http.Request) *ticket {
	t, _ := r.Context().Value(ticketKey{}).(*ticket)
	return t
}

// retryAfter is the Retry-After of a 503, in seconds: a demo check takes
// tens of milliseconds, a 1 MB one under a second.
const retryAfter = "1"

// busyProblem is the 503 problem when the budget is full; its answer
// carries Retry-After (problemResponse adds it).
func busyProblem() *Problem {
	return newProblem(http.StatusServiceUnavailable, "busy",
		"the requests in flight hold this server's memory budget; retry after the Retry-After seconds")
}

// busy is the 503 answer when the budget is full.
func busy(r *http.Request) *response { return problemResponse(busyProblem(), r) }
