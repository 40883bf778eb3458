//go:build js && wasm

package main

import "runtime/debug"

// One Go instance serves every request of the isolate (worker/glue.mjs),
// and its linear memory never shrinks: what it once takes, the isolate
// holds for good, inside its 128 MB. Between requests the live heap is the
// compiled rules, a few MB, and a demo check allocates about 4 MB.
//
// GOGC=400 lets small checks run several to a collection: each collection
// marks the rules' heap on the request's one thread, with assists and
// write barriers, which at GOGC=100 was a sixth of a warm demo check's CPU
// in workerd. The soft limit of 32 MiB keeps large checks from growing
// the heap to five times their live data: the collector starts earlier
// than under the 48 MiB limit GOGC=100 had, and a burst of 3 MB checks
// peaks lower than it did. Admission (internal/httpapi, admission.go)
// keeps what the requests in flight hold within the handler's memory
// budget, past which they are answered 503.
func init() {
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(32 << 20)
}
