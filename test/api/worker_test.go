//go:build unix

package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/cli"
	"github.com/crosscheck/crosscheck/internal/httpapi"
	"github.com/crosscheck/crosscheck/site"
)

// TestWorker runs every conformance case against the Worker in local
// workerd (`wrangler dev`, started and stopped here) and against the
// native host (`crosscheck serve`'s handler), checks both answers against
// the case, and checks that
// the two hosts answer the same status, headers (Compared) and bytes.
// `make test-worker` runs it after building the Worker; it needs
// `npm ci --prefix worker`.
func TestWorker(t *testing.T) {
	if os.Getenv("CROSSCHECK_WORKER") == "" {
		t.Skip("CROSSCHECK_WORKER is not set: `make test-worker` runs these cases against wrangler dev")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cases, err := Load(filepath.Join(root, "test", "api", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	base := startWrangler(t, root)
	// The native host as `crosscheck serve` runs it: the API and the page,
	// saying it is the Worker's build (go test stamps no commit).
	res, err := http.Get(base + "/v1/health")
	if err != nil {
		t.Fatal(err)
	}
	old := httpapi.Build
	err = json.NewDecoder(res.Body).Decode(&httpapi.Build)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	defer func() { httpapi.Build = old }()
	native := cli.ServeHandler(site.FS, nil)
	client := &http.Client{Timeout: 3 * time.Minute}
	for _, c := range cases {
		t.Run(c.File+"/"+c.Name, func(t *testing.T) {
			body, err := c.Request.BodyBytes(root)
			if err != nil {
				t.Fatal(err)
			}
			var cliOut []byte
			if c.Response.CLI != nil {
				if cliOut, err = CLIOutput(root, c.Response.CLI, body); err != nil {
					t.Fatal(err)
				}
			}
			req, err := c.Request.New(base, body)
			if err != nil {
				t.Fatal(err)
			}
			w, err := Do(client, req)
			if err != nil {
				t.Fatalf("worker: %v", err)
			}
			for _, msg := range c.Check(w, cliOut) {
				t.Errorf("worker: %s", msg)
			}
			req, _ = c.Request.New("http://crosscheck.test", body)
			n := Serve(native, req)
			if wid, nid := w.Header.Get("X-Request-Id"), n.Header.Get("X-Request-Id"); wid != nid && generatedID.MatchString(wid) && generatedID.MatchString(nid) {
				// Each host made its own id: compare the rest.
				w.Body = bytes.ReplaceAll(w.Body, []byte(w.Header.Get("X-Request-Id")), []byte(n.Header.Get("X-Request-Id")))
				w.Header.Set("X-Request-Id", n.Header.Get("X-Request-Id"))
			}
			if w.Status != n.Status {
				t.Errorf("status: worker %d, native %d", w.Status, n.Status)
			}
			for _, k := range Compared {
				if w.Header.Get(k) != n.Header.Get(k) {
					t.Errorf("header %s: worker %q, native %q", k, w.Header.Get(k), n.Header.Get(k))
				}
			}
			if !bytes.Equal(w.Body, n.Body) {
				t.Errorf("bodies differ at byte %d (worker %d bytes, native %d):\nworker: %s\nnative: %s",
					firstDiff(w.Body, n.Body), len(w.Body), len(n.Body), clip(w.Body), clip(n.Body))
			}
		})
	}
}

// generatedID is the form of the ids the handler makes.
var generatedID = regexp.MustCompile(`^[0-9a-f]{24}$`)

// startWrangler runs `wrangler dev` (with args, e.g. another --config) on a
// free port of 127.0.0.1 in its own process group, waits for /v1/health, and stops the group when the test
// ends. Its output is shown only if it fails to start.
func startWrangler(t *testing.T, root string, args ...string) string {
	t.Helper()
	bin := filepath.Join(root, "worker", "node_modules", ".bin", "wrangler")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s: %v (run `npm ci --prefix worker`)", bin, err)
	}
	if _, err := os.Stat(filepath.Join(root, "worker", "build", "app.wasm")); err != nil && len(args) == 0 {
		t.Fatalf("the Worker is not built (run `make worker`): %v", err)
	}
	port, inspector := freePort(t), freePort(t)
	cmd := exec.Command(bin, append([]string{"dev", "--ip", "127.0.0.1", "--port", strconv.Itoa(port),
		"--inspector-port", strconv.Itoa(inspector), "--log-level", "warn"}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "WRANGLER_SEND_METRICS=false", "NO_COLOR=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out lockedBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	// The first start runs the custom build (make worker) and compiles the
	// wasm; on this 2-core machine that can take a minute.
	deadline := time.Now().Add(4 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("wrangler dev exited:\n%s", out.Tail(4000))
		default:
		}
		res, err := http.Get(base + "/v1/health")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return base
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("wrangler dev did not answer /v1/health in time:\n%s", out.Tail(4000))
	return ""
}

// freePort asks the kernel for a free port of 127.0.0.1.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// lockedBuffer collects a child's output from two pipes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// Tail is the last n bytes written.
func (l *lockedBuffer) Tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.b.Bytes()
	return string(b[max(0, len(b)-n):])
}
