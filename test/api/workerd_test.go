//go:build unix

package api

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// workerd is a Worker served by workerd itself, with no wrangler in front
// and nothing else in the process: its resident memory and CPU time are the
// isolate's, plus workerd's own fixed share (measured before any request).
type workerd struct {
	Base string
	PID  int
	out  *lockedBuffer
}

// Log is the end of workerd's output.
func (w *workerd) Log() string { return w.out.Tail(3000) }

// startWorkerd serves the built Worker in dir (worker.mjs, runtime.mjs,
// wasm_exec.js, app.wasm, as scripts/build-worker.sh leaves them) with
// workerd from worker/node_modules, on a free port of 127.0.0.1, and stops
// it when the test ends. bindings are text bindings of the Worker's env
// (CROSSCHECK_BENCH=1 adds the Go memory header, worker/glue.mjs).
func startWorkerd(t *testing.T, root, dir string, bindings map[string]string) *workerd {
	t.Helper()
	return startWorkerdAs(t, root, dir, bindings, false)
}

// startWorkerdCold is startWorkerd with no request sent: the isolate's
// Go instance starts on the caller's first request.
func startWorkerdCold(t *testing.T, root, dir string) *workerd {
	t.Helper()
	return startWorkerdAs(t, root, dir, nil, true)
}

func startWorkerdAs(t *testing.T, root, dir string, bindings map[string]string, cold bool) *workerd {
	t.Helper()
	bin := filepath.Join(root, "worker", "node_modules", "workerd", "bin", "workerd")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s: %v (run `npm ci --prefix worker`)", bin, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "app.wasm")); err != nil {
		t.Fatalf("the Worker is not built (run `make worker`): %v", err)
	}
	port := freePort(t)
	var binds []string
	for k, v := range bindings {
		binds = append(binds, fmt.Sprintf("(name = %q, text = %q)", k, v))
	}
	// embed names files relative to the config, so it goes beside them.
	cfg := fmt.Sprintf(`using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .w) ],
  sockets = [ (name = "http", address = "127.0.0.1:%d", http = (), service = "main") ],
);
const w :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "runtime.mjs", esModule = embed "runtime.mjs"),
    (name = "wasm_exec.js", esModule = embed "wasm_exec.js"),
    (name = "app.wasm", wasm = embed "app.wasm"),
  ],
  compatibilityDate = "2026-04-01",
  bindings = [ %s ],
);
`, port, strings.Join(binds, ", "))
	cfgPath := filepath.Join(dir, fmt.Sprintf("workerd-%d.capnp", port))
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(cfgPath) })
	cmd := exec.Command(bin, "serve", cfgPath)
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("workerd exited:\n%s", out.Tail(4000))
		default:
		}
		if cold {
			// Listening is enough: no request may start the isolate's Go
			// instance before the caller's first.
			if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
				c.Close()
				return &workerd{Base: base, PID: cmd.Process.Pid, out: out}
			}
		} else if res, err := http.Get(base + "/v1/health"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return &workerd{Base: base, PID: cmd.Process.Pid, out: out}
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("workerd did not answer in time:\n%s", out.Tail(4000))
	return nil
}

// RSS is workerd's resident memory now, in bytes.
func (w *workerd) RSS() int64 { return procStatus(w.PID, "VmRSS") }

// CPU is the CPU time workerd has used, user and system.
func (w *workerd) CPU() time.Duration {
	return statCPU(fmt.Sprintf("/proc/%d/stat", w.PID))
}

// MainCPU is the CPU time of workerd's threads named workerd, which run
// the isolate's JavaScript and WebAssembly; the rest is V8's helper
// threads, which compile the optimized tier of the wasm in the background.
func (w *workerd) MainCPU() time.Duration {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*", w.PID))
	var sum time.Duration
	for _, t := range tasks {
		if comm, err := os.ReadFile(filepath.Join(t, "comm")); err == nil && strings.TrimSpace(string(comm)) == "workerd" {
			sum += statCPU(filepath.Join(t, "stat"))
		}
	}
	return sum
}

// statCPU reads utime and stime from a /proc stat file.
func statCPU(path string) time.Duration {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses: utime and
	// stime are the 12th and 13th, in clock ticks (100 a second on Linux).
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	k, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+k) * 10 * time.Millisecond
}

// procStatus reads a "kB" line of /proc/PID/status, in bytes.
func procStatus(pid int, key string) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), key+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n << 10
		}
	}
	return 0
}
