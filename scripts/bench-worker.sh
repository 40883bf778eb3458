#!/usr/bin/env bash
# bench-worker.sh prints the Worker's figures: bundle size (raw and gzip,
# and wrangler's own upload figure), the Go instance's start-up work and a
# demo check measured natively and under Wasm, then latency, throughput and
# memory in local workerd next to a hello-world Go Worker
# (test/api/bench_test.go), CPU time a request, cold and warm
# (test/api/cpu_test.go), and a
# bounded load test straight against workerd (test/api/load_test.go: fails
# on errors or past 128 MB, never on time).
set -euo pipefail
cd "$(dirname "$0")/.."
go=${GO:-go}
if ! command -v node >/dev/null 2>&1; then
  echo "bench-worker: node not found: skipping the Worker benchmarks"; exit 0
fi
if [ ! -x worker/node_modules/.bin/wrangler ]; then
  npm ci --prefix worker --no-audit --no-fund
fi
echo "== bundle"
./scripts/build-worker.sh worker/build ./worker
./scripts/build-worker.sh worker/build-bench/hello ./worker/hello
./scripts/build-worker.sh worker/build-bench/memstats ./worker memstats
glue=$(cat worker/build/*.mjs worker/build/wasm_exec.js | wc -c)
echo "JS glue (worker.mjs, runtime.mjs, wasm_exec.js): $glue bytes"
dry=$(WRANGLER_SEND_METRICS=false worker/node_modules/.bin/wrangler deploy --dry-run \
  --outdir worker/build-bench/dry-run 2>&1 | grep -a 'Total Upload' || true)
echo "wrangler deploy --dry-run: ${dry:-no figure} (aim: ≤ 2.5 MB gzip; Workers allow 3 MB free, 10 MB paid)"

echo "== a Go instance's work: the built-in rules read and compiled, once per isolate (BenchmarkBuiltinRules), and a demo check after (BenchmarkDemoCheck)"
$go test -run '^$' -bench '^Benchmark(BuiltinRules|DemoCheck)$' -benchmem -cpu 1 ./internal/httpapi | grep '^Benchmark' | sed 's/^/native, one core: /'
GOOS=js GOARCH=wasm $go test -run '^$' -bench '^Benchmark(BuiltinRules|DemoCheck)$' -benchmem \
  -exec="$($go env GOROOT)/lib/wasm/go_js_wasm_exec" ./internal/httpapi | grep '^Benchmark' | sed 's/^/wasm (node): /'

echo "== CPU a request straight against workerd"
CROSSCHECK_WORKER_CPU=1 $go test -count=1 -run '^TestWorkerCPU$' -v -timeout 30m ./test/api/ |
  grep -v -E '^(=== RUN|--- PASS|PASS$|ok )'

echo "== load straight against workerd: bursts of demo checks at once, and 3 MB checks past the memory budget"
CROSSCHECK_WORKER_LOAD=${CROSSCHECK_WORKER_LOAD:-200:20,200:50,200:100,12:6:3} \
  $go test -count=1 -run '^TestWorkerLoad$' -v -timeout 30m ./test/api/ |
  grep -v -E '^(=== RUN|    --- PASS|PASS$|ok )'

echo "== local workerd"
CROSSCHECK_WORKER_BENCH=worker/build:worker/build-bench/hello:worker/build-bench/memstats \
  $go test -count=1 -run '^TestWorkerBench$' -v -timeout 30m ./test/api/ |
  grep -v -E '^(=== RUN|--- PASS|PASS$|ok )' || true
