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
// wrangler in front, startWorkerd): workerd's own user and system time
// over a run of requests one after another, divided by their number, after
// a warm-up so the wasm is compiled by V8's optimizing tier. That is what
// Cloudflare bills and limits (cpu_ms), not wall time; it includes
// workerd's HTTP work, which the hello-world Worker's rows show. It never
// fails on time. `make bench-worker` runs it (CROSSCHECK_WORKER_CPU=1).
func TestWorkerCPU(t *testing.T) {
	if os.Getenv("CROSSCHECK_WORKER_CPU") == "" {
		t.Skip("CROSSCHECK_WORKER_CPU is not set: `make bench-worker` runs this")
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	api := startWorkerd(t, root, filepath.Join(root, "worker", "build"), nil)
	hello := startWorkerd(t, root, filepath.Join(root, "worker", "build-bench", "hello"), nil)
	tiny := []byte(`[{"id": "a", "text": "Police said 3 people were killed."}]`)
	mb1 := corpusBody(t, 1_000_000)
	client := &http.Client{Timeout: 5 * time.Minute, Transport: &http.Transport{DisableKeepAlives: true}}
	fmt.Printf("\nCPU time a request in workerd (user + system of the workerd process, after a warm-up):\n")
	fmt.Printf("%-40s %12s %6s\n", "request", "CPU", "n")
	row := func(name string, w *workerd, path string, body []byte, n int) {
		send := func() {
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
		for range max(3, n/4) {
			send()
		}
		c0 := w.CPU()
		for range n {
			send()
		}
		per := (w.CPU() - c0) / time.Duration(n)
		fmt.Printf("%-40s %9.1f ms %6d\n", name, float64(per.Microseconds())/1000, n)
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
