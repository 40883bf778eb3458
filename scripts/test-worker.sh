#!/usr/bin/env bash
# test-worker.sh runs the API's conformance cases (test/api/cases) against
# the Worker in local workerd (`wrangler dev` on 127.0.0.1, started and
# stopped by the Go test) and against the native host, comparing the two
# hosts' answers byte for byte; then a small load test straight against
# workerd (60 demo checks, 20 at once: every one answered, the isolate
# within 128 MB), and `wrangler deploy --dry-run` from the repository and
# from worker/. `make test-worker` builds the Worker first.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1; then
  echo "test-worker: node not found: cannot run wrangler; the cases ran natively only (internal/httpapi)" >&2
  exit 1
fi
if [ ! -x worker/node_modules/.bin/wrangler ]; then
  echo "test-worker: installing wrangler (npm ci --prefix worker)"
  npm ci --prefix worker --no-audit --no-fund
fi
CROSSCHECK_WORKER=1 CROSSCHECK_WORKER_LOAD=${CROSSCHECK_WORKER_LOAD:-60:20} \
  ${GO:-go} test -count=1 -v -run '^(TestWorker|TestWorkerLoad)$' ./test/api/ "$@" |
  grep -v -E '^(=== RUN|=== PAUSE|=== CONT|    --- PASS)' || exit 1
# wrangler.toml must work from the repository and from worker/ (wrangler
# finds it upwards and runs its build command where it was started).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in . worker; do
  if ! out=$(cd "$dir" && WRANGLER_SEND_METRICS=false "$OLDPWD/worker/node_modules/.bin/wrangler" deploy --dry-run --outdir "$tmp/$dir" 2>&1); then
    echo "test-worker: wrangler deploy --dry-run from $dir failed:" >&2
    echo "$out" >&2
    exit 1
  fi
  echo "wrangler deploy --dry-run from $dir: $(echo "$out" | grep -a 'Total Upload' || echo 'no size reported')"
done
