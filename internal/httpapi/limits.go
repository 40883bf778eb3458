package httpapi

// Limits bound the work one request can ask for. Every bound is on input
// size, never on time: on Cloudflare Workers the clock does not advance
// while Go computes, so a deadline would never fire there. The engine's
// own work is linear in the text it reads (internal/diff bounds the diff by
// size), so bounding bytes and documents bounds CPU and memory.
type Limits struct {
	// RequestBytes is the largest request body.
	RequestBytes int64 `json:"request_bytes"`
	// Documents is the most documents one check reads.
	Documents int `json:"documents"`
	// DocumentBytes is the longest text of one document, in bytes.
	DocumentBytes int `json:"document_bytes"`
	// RulesBytes is the longest rule text a request may carry.
	RulesBytes int `json:"rules_bytes"`
	// MemoryBudget is the memory the requests in flight may reserve
	// together (RequestCost each); past it a request is answered 503.
	// Zero means the default.
	MemoryBudget int64 `json:"memory_budget"`
}

// DefaultLimits are the limits both hosts apply. A Worker isolate may use
// 128 MB in all, and one Go instance serves all its requests: a 3 MB check
// alone takes it to about 72 MB of linear memory (a 4 MB one to 64-96 MB,
// an 8 MB one to 280 MB), and the budget keeps the requests in flight
// together within 64 MiB, so the instance stays near 75 MB (`make
// bench-worker`; see README, "HTTP API").
var DefaultLimits = Limits{
	RequestBytes:  3 << 20,
	Documents:     5000,
	DocumentBytes: 1 << 20,
	RulesBytes:    512 << 10,
	MemoryBudget:  64 << 20,
}
