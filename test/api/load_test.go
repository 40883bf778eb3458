//go:build unix

package api

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck"
)

// isolateLimit is what Cloudflare lets one isolate hold.
const isolateLimit = 128 << 20

// TestWorkerLoad sends bounded bursts of checks at once to the Worker in
// workerd (no wrangler in front, startWorkerd) and fails on an error, or
// when the isolate's memory passes 128 MB: the Go
// instance's linear memory (the glue's Crosscheck-Wasm-Memory header) or
// workerd's resident memory over what it held before the burst (VmHWM, the
// peak, minus VmRSS before). CROSSCHECK_WORKER_LOAD lists the bursts as
// REQUESTS:CONCURRENCY[:MB],… where MB, when given, makes each body a
// generated corpus of that many megabytes instead of the demo corpus
// (`make test-worker`: 60:20; `make bench-worker`: 200:20,200:50,200:100,12:6:3).
// Demo checks must all be answered 200; a burst of large checks may be
// answered 503 with Retry-After when the memory budget is full, never
// anything else. CROSSCHECK_WORKER_DIR is the built Worker (worker/build).
// Each burst runs in a fresh workerd, so each peak is its own.
func TestWorkerLoad(t *testing.T) {
	spec := os.Getenv("CROSSCHECK_WORKER_LOAD")
	if spec == "" {
		t.Skip("CROSSCHECK_WORKER_LOAD is not set: `make test-worker` and `make bench-worker` run this")
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	dir := filepath.Join(root, "worker", "build")
	if d := os.Getenv("CROSSCHECK_WORKER_DIR"); d != "" {
		dir = d
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
	}
	for _, burst := range strings.Split(spec, ",") {
		f := strings.Split(burst, ":")
		n := make([]int, len(f))
		for i := range f {
			var err error
			if n[i], err = strconv.Atoi(f[i]); err != nil || n[i] < 1 {
				n[0] = 0
			}
		}
		if len(f) < 2 || len(f) > 3 || n[0] < 1 || n[1] < 1 {
			t.Fatalf("CROSSCHECK_WORKER_LOAD=%q: want REQUESTS:CONCURRENCY[:MB],…", spec)
		}
		body, what := crosscheck.DemoCorpus, "demo checks"
		if len(f) == 3 {
			body = corpusBody(t, n[2]*1_000_000)
			what = fmt.Sprintf("%.1f MB checks", float64(len(body))/1e6)
		}
		t.Run(burst, func(t *testing.T) { loadBurst(t, root, dir, n[0], n[1], body, what, len(f) == 3) })
	}
}

func loadBurst(t *testing.T, root, dir string, requests, conc int, body []byte, what string, mayRefuse bool) {
	w := startWorkerd(t, root, dir, map[string]string{"CROSSCHECK_BENCH": "1"})
	before := w.RSS()
	cpu0 := w.CPU()
	// One connection per request: local workerd resets some reused
	// keep-alive connections under this load (a few in a hundred, with
	// the old per-request glue as with this one); Cloudflare's edge, not
	// workerd, holds the clients' connections in production.
	client := &http.Client{Timeout: 5 * time.Minute, Transport: &http.Transport{DisableKeepAlives: true}}
	var (
		mu       sync.Mutex
		statuses = map[int]int{}
		errs     []string
		wasmPeak int64
	)
	next := make(chan int, requests)
	for i := range requests {
		next <- i
	}
	close(next)
	t0 := time.Now()
	var wg sync.WaitGroup
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				req, _ := http.NewRequest(http.MethodPost, w.Base+"/v1/check", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				a, err := Do(client, req)
				mu.Lock()
				if err != nil {
					errs = append(errs, err.Error())
				} else {
					statuses[a.Status]++
					if a.Status == http.StatusServiceUnavailable && a.Header.Get("Retry-After") == "" {
						errs = append(errs, "a 503 without Retry-After")
					}
					var now, peak int64
					fmt.Sscanf(a.Header.Get("Crosscheck-Wasm-Memory"), "now=%d peak=%d", &now, &peak)
					wasmPeak = max(wasmPeak, peak)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	wall := time.Since(t0)
	rssPeak := procStatus(w.PID, "VmHWM")
	cpu := w.CPU() - cpu0
	fmt.Printf("load %d %s, %d at once: %v; %.1f s, %.1f checks/s, workerd CPU %.0f ms a check\n",
		requests, what, conc, statuses, wall.Seconds(), float64(requests)/wall.Seconds(), float64(cpu.Milliseconds())/float64(requests))
	fmt.Printf("  Go linear memory peak %.1f MB; workerd resident %.1f MB before, peak %.1f MB (+%.1f MB); limit %d MB\n",
		mb(wasmPeak), mb(before), mb(rssPeak), mb(rssPeak-before), isolateLimit>>20)
	if len(errs) > 0 {
		t.Errorf("%d requests failed: %s\nworkerd:\n%s", len(errs), errs[0], w.Log())
	}
	switch {
	case mayRefuse && statuses[http.StatusOK] == 0:
		t.Errorf("answers %v: none was checked", statuses)
	case mayRefuse && statuses[http.StatusOK]+statuses[http.StatusServiceUnavailable] != requests:
		t.Errorf("answers %v, want 200 or 503 only", statuses)
	case !mayRefuse && statuses[http.StatusOK] != requests:
		t.Errorf("answers %v, want %d × 200", statuses, requests)
	}
	if wasmPeak == 0 {
		t.Error("no Crosscheck-Wasm-Memory header: is this the glue of worker/glue.mjs?")
	}
	if wasmPeak > isolateLimit || rssPeak-before > isolateLimit {
		t.Errorf("over an isolate's %d MB: Go linear memory %.1f MB, workerd grew %.1f MB", isolateLimit>>20, mb(wasmPeak), mb(rssPeak-before))
	}
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }
