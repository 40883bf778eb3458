//go:build js && wasm

package main

import "runtime/debug"

// The glue starts a fresh Go instance for every request and drops it after,
// so the collector only needs to keep one request under the isolate's
// 128 MB. With the default GOGC=100 it collects from a 4 MB heap on, and
// lets a 10 MB check reach about 210 MB of linear memory; collecting only
// near a 32 MB soft limit skips collection for small requests (the demo
// corpus allocates 6 MB: 140 → 85 ms in local workerd) and holds a 10 MB
// check to about 95 MB (measured under Node; `make bench-worker` prints the
// figures in workerd).
func init() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(32 << 20)
}
