//go:build unix

package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/bench"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestWorkerBench prints the Worker's figures in local workerd: latency
// (median, p99) and throughput of the API next to a hello-world Go Worker
// served the same way, and the Go instance's memory for a 1 MB and a 3 MB
// check. It never fails on time. scripts/bench-worker.sh builds the three
// Workers (API, hello, API with -tags memstats) and runs it.
func TestWorkerBench(t *testing.T) {
	dirs := os.Getenv("CROSSCHECK_WORKER_BENCH")
	if dirs == "" {
		t.Skip("CROSSCHECK_WORKER_BENCH is not set: `make bench-worker` runs this")
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	// API, hello and memstats build directories, colon-separated.
	d := strings.Split(dirs, ":")
	if len(d) != 3 {
		t.Fatalf("CROSSCHECK_WORKER_BENCH=%q: want API:HELLO:MEMSTATS directories", dirs)
	}
	for i := range d {
		if !filepath.IsAbs(d[i]) {
			d[i] = filepath.Join(root, d[i]) // named from the repository
		}
	}
	api := startWrangler(t, root, "--config", benchConfig(t, "api", d[0]))
	hello := startWrangler(t, root, "--config", benchConfig(t, "hello", d[1]))

	mb1 := corpusBody(t, 1_000_000)
	tiny := []byte(`[{"id": "a", "text": "Police said 3 people were killed."}]`)
	fmt.Printf("\nWorker latency in local workerd (wrangler dev, 127.0.0.1; one client, then 4 at once):\n")
	fmt.Printf("%-44s %9s %9s %9s %8s\n", "request", "median", "p99", "req/s", "n")
	row := func(name, base, path string, body []byte, n int) time.Duration {
		med, p99, rps := measure(t, base, path, body, n)
		fmt.Printf("%-44s %9s %9s %9.1f %8d\n", name, ms(med), ms(p99), rps, n)
		return med
	}
	hGet := row("hello: GET", hello, "/", nil, 40)
	aHealth := row("api: GET /v1/health", api, "/v1/health", nil, 40)
	aTiny := row("api: check one sentence", api, "/v1/check", tiny, 40)
	hDemo := row(fmt.Sprintf("hello: POST demo corpus (%d KB)", len(crosscheck.DemoCorpus)/1000), hello, "/", crosscheck.DemoCorpus, 30)
	aDemo := row("api: check the demo corpus", api, "/v1/check", crosscheck.DemoCorpus, 30)
	h1 := row(fmt.Sprintf("hello: POST %.1f MB", float64(len(mb1))/1e6), hello, "/", mb1, 8)
	a1 := row(fmt.Sprintf("api: check %.1f MB", float64(len(mb1))/1e6), api, "/v1/check", mb1, 8)
	fmt.Printf("ratios: demo check / hello POST %.1f×; 1 MB check / hello POST %.1f×; health / hello %.1f×\n",
		ratio(aDemo, hDemo), ratio(a1, h1), ratio(aHealth, hGet))
	fmt.Printf("a one-sentence check costs %s over /v1/health (the instance and its rules are the isolate's, made once)\n", ms(aTiny-aHealth))

	mem := startWrangler(t, root, "--config", benchConfig(t, "memstats", d[2]))
	mb3 := corpusBody(t, 3_000_000)
	fmt.Printf("\nGo instance memory (-tags memstats build; one instance serves the three in turn, and sys, the wasm linear memory taken, never shrinks: each row is the peak so far):\n")
	for _, c := range []struct {
		name string
		body []byte
	}{{"demo corpus", crosscheck.DemoCorpus}, {"1 MB", mb1}, {"3 MB", mb3}} {
		req, _ := http.NewRequest(http.MethodPost, mem+"/v1/check", bytes.NewReader(c.body))
		req.Header.Set("Content-Type", "application/json")
		t0 := time.Now()
		a, err := Do(&http.Client{Timeout: 5 * time.Minute}, req)
		if err != nil {
			fmt.Printf("%-12s %9d bytes: %v\n", c.name, len(c.body), err)
			continue
		}
		fmt.Printf("%-12s %9d bytes: status %d, %s, answer %d bytes, %s\n", c.name, len(c.body), a.Status,
			memMB(a.Header.Get("Crosscheck-Go-Memory")), len(a.Body), ms(time.Since(t0)))
	}
	fmt.Println("(an isolate may use 128 MB in all: this instance, the JS heap and any other request in flight)")
}

// benchConfig writes a wrangler config serving the prebuilt Worker in dir.
func benchConfig(t *testing.T, name, dir string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name+".toml")
	cfg := fmt.Sprintf("name = %q\nmain = %q\ncompatibility_date = \"2026-04-01\"\n", "bench-"+name, filepath.Join(dir, "worker.mjs"))
	if err := os.WriteFile(p, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// corpusBody is a JSON array of generated news reports (bench.Corpus) of at
// least size bytes.
func corpusBody(t *testing.T, size int) []byte {
	t.Helper()
	var docs []document.Document
	total := 0
	for _, d := range bench.Corpus(size/5000+50, 1) {
		if total >= size {
			break
		}
		docs = append(docs, d)
		total += len(d.Text) + len(d.Title) + 100
	}
	b, err := json.Marshal(docs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// measure sends n requests one after another (latency), then n more from
// 4 clients at once (throughput).
func measure(t *testing.T, base, path string, body []byte, n int) (med, p99 time.Duration, rps float64) {
	client := &http.Client{Timeout: 5 * time.Minute}
	one := func() time.Duration {
		method := http.MethodGet
		if body != nil {
			method = http.MethodPost
		}
		req, _ := http.NewRequest(method, base+path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		t0 := time.Now()
		a, err := Do(client, req)
		if err != nil || a.Status != http.StatusOK {
			t.Errorf("%s %s: %v %d %s", method, path, err, a.Status, clip(a.Body))
		}
		return time.Since(t0)
	}
	one() // warm: workerd compiles the module on first use
	var lat []time.Duration
	for range n {
		lat = append(lat, one())
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	med = lat[len(lat)/2]
	p99 = lat[min(len(lat)-1, (len(lat)*99+99)/100-1)]
	var wg sync.WaitGroup
	next := make(chan struct{}, n)
	for range n {
		next <- struct{}{}
	}
	close(next)
	t0 := time.Now()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				one()
			}
		}()
	}
	wg.Wait()
	return med, p99, float64(n) / time.Since(t0).Seconds()
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func ratio(a, b time.Duration) float64 { return float64(a) / float64(max(b, 1)) }

// memMB shows the memstats header in megabytes.
func memMB(h string) string {
	if h == "" {
		return "no memory header"
	}
	var sys, heap, alloc, gc int64
	fmt.Sscanf(h, "sys=%d heap_sys=%d total_alloc=%d num_gc=%d", &sys, &heap, &alloc, &gc)
	return fmt.Sprintf("sys %.1f MB, heap %.1f MB, allocated %.1f MB in all, %d GCs", float64(sys)/1e6, float64(heap)/1e6, float64(alloc)/1e6, gc)
}
