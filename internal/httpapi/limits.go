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
}

// DefaultLimits are the limits both hosts apply. An 8 MB request checks
// in about 100 MB of the 128 MB a Worker isolate may use; a 10 MB one took
// 122 MB, too near it (see README, "HTTP API").
var DefaultLimits = Limits{
	RequestBytes:  8 << 20,
	Documents:     5000,
	DocumentBytes: 1 << 20,
	RulesBytes:    512 << 10,
}
