//go:build unix

package api

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck"
)

// TestWorkerCPU prints the CPU time a request costs in workerd (no
// wrangler in front, startWorkerd): workerd's own user and system time,
// all of it and its main thread's, which runs the isolate's JavaScript and
// WebAssembly (the rest is V8 compiling the wasm's optimized tier in the
// background). That is what Cloudflare bills and limits (cpu_ms), not wall
// time; it includes workerd's HTTP work, which the hello-world Worker's
// rows show. It never fails on time. `make bench-worker` runs it
// (CROSSCHECK_WORKER_CPU=1).
//
// Cold rows are the first requests of a fresh isolate, one after another:
// the Go instance starts on the first (runtime and package inits), the
// built-in rules are compiled on the first check, and each function runs
// in V8's baseline tier until its optimized code is ready. Warm rows are
// means over a run of requests after a warm-up.
func TestWorkerCPU(t *testing.T) {
	if os.Getenv("CROSSCHECK_WORKER_CPU") == "" {
		t.Skip("CROSSCHECK_WORKER_CPU is not set: `make bench-worker` runs this")
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	build := filepath.Join(root, "worker", "build")
	tiny := []byte(`[{"id": "a", "text": "Police said 3 people were killed."}]`)
	mb1 := corpusBody(t, 1_000_000)
	client := &http.Client{Timeout: 5 * time.Minute, Transport: &http.Transport{DisableKeepAlives: true}}
	send := func(name string, w *workerd, path string, body []byte) {
		method := http.MethodGet
		if body != nil {
			method = http.MethodPost
		}
		req, _ := http.NewRequest(method, w.Base+path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if a, err := Do(client, req); err != nil || a.Status != http.StatusOK {
			t.Errorf("%s: %v %d %s", name, err, a.Status, clip(a.Body))
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

	const colds = 5
	fmt.Printf("\nCPU time of the first requests of a fresh isolate in workerd, in turn (means of %d isolates):\n", colds)
	fmt.Printf("%-40s %12s %12s\n", "request", "main thread", "all")
	type step struct {
		name, path string
		body       []byte
	}
	steps := []step{
		{"1st: GET /v1/health (the Go instance)", "/v1/health", nil},
		{"2nd: check one sentence (+ the rules)", "/v1/check", tiny},
		{"3rd: check the demo corpus", "/v1/check", crosscheck.DemoCorpus},
		{"4th: check the demo corpus", "/v1/check", crosscheck.DemoCorpus},
	}
	main, all := make([]time.Duration, len(steps)), make([]time.Duration, len(steps))
	for range colds {
		t.Run("cold", func(t *testing.T) {
			w := startWorkerdCold(t, root, build)
			for i, s := range steps {
				m0, a0 := w.MainCPU(), w.CPU()
				send(s.name, w, s.path, s.body)
				// The background compiler's share lands after the answer.
				time.Sleep(300 * time.Millisecond)
				main[i] += w.MainCPU() - m0
				all[i] += w.CPU() - a0
			}
		})
	}
	for i, s := range steps {
		fmt.Printf("%-40s %9.1f ms %9.1f ms\n", s.name, ms(main[i]/colds), ms(all[i]/colds))
	}

	api := startWorkerd(t, root, build, nil)
	hello := startWorkerd(t, root, filepath.Join(root, "worker", "build-bench", "hello"), nil)
	fmt.Printf("\nCPU time a request in workerd, warm (after a warm-up):\n")
	fmt.Printf("%-40s %12s %12s %6s\n", "request", "main thread", "all", "n")
	row := func(name string, w *workerd, path string, body []byte, n int) {
		for range max(3, n/4) {
			send(name, w, path, body)
		}
		m0, a0 := w.MainCPU(), w.CPU()
		for range n {
			send(name, w, path, body)
		}
		m, a := (w.MainCPU()-m0)/time.Duration(n), (w.CPU()-a0)/time.Duration(n)
		fmt.Printf("%-40s %9.1f ms %9.1f ms %6d\n", name, ms(m), ms(a), n)
	}
	row("hello: GET", hello, "/", nil, 200)
	row("api: GET /v1/health", api, "/v1/health", nil, 200)
	row("api: check one sentence", api, "/v1/check", tiny, 200)
	row(fmt.Sprintf("hello: POST the demo corpus (%d KB)", len(crosscheck.DemoCorpus)/1000), hello, "/", crosscheck.DemoCorpus, 100)
	row("api: check the demo corpus", api, "/v1/check", crosscheck.DemoCorpus, 60)
	row(fmt.Sprintf("hello: POST %.1f MB", float64(len(mb1))/1e6), hello, "/", mb1, 20)
	row(fmt.Sprintf("api: check %.1f MB", float64(len(mb1))/1e6), api, "/v1/check", mb1, 5)
	fmt.Println("(the clock ticks in 10 ms: rows are means over n requests)")
}
