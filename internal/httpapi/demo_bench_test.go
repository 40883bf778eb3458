package httpapi

import (
	"testing"

	"github.com/crosscheck/crosscheck"
)

// BenchmarkDemoCheck is a Worker request for the demo corpus once its Go
// instance has compiled the built-in rules: the whole POST /v1/check, body
// to report bytes. `make bench-worker` runs it natively and under GOOS=js
// GOARCH=wasm, beside BenchmarkBuiltinRules, to split a request's CPU
// between start-up and the check.
func BenchmarkDemoCheck(b *testing.B) {
	h := New(Options{})
	post(h, "/v1/check", "application/json", crosscheck.DemoCorpus)
	b.ResetTimer()
	for range b.N {
		if w := post(h, "/v1/check", "application/json", crosscheck.DemoCorpus); w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
