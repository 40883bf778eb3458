//go:build js && wasm

package main

import "runtime/debug"

// One Go instance serves every request of the isolate (worker/glue.mjs),
// and its linear memory never shrinks: what it once takes, the isolate
// holds for good, inside its 128 MB. The collector runs only near a soft
// limit, so small checks seldom pay for a collection (the live heap between
// requests is the compiled rules, a few MB), and the heap stays near the
// limit rather than growing to twice the live set as GOGC=100 lets it.
// Admission (internal/httpapi, admission.go) keeps what the requests in
// flight hold within the handler's memory budget; the soft limit is that
// budget, so garbage is collected before the instance grows past it.
func init() {
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(48 << 20)
}
