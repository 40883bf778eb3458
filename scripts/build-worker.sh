#!/usr/bin/env bash
# build-worker.sh builds a Go Worker into a directory: the wasm, and the JS
# glue of github.com/syumai/workers (wasm_exec.js with its context patch,
# runtime.mjs), generated from the module cache, so offline, and
# worker/glue.mjs as worker.mjs.
#
#   scripts/build-worker.sh [OUT_DIR [PACKAGE [BUILD_TAGS]]]
#
# Defaults: worker/build and ./worker, what wrangler.toml serves. The
# benchmarks build the hello-world Worker and a memory-reporting variant
# the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-worker/build}
pkg=${2:-./worker}
tags=${3:-}
go=${GO:-go}
tmp="$out.tmp"
# workers-assets-gen empties its output directory first; build beside it
# and swap, so a running `wrangler dev` never sees a half-built Worker.
"$go" run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o "$tmp"
# Its worker.mjs starts a Go instance per request; ours keeps one for the
# isolate (worker/glue.mjs says why).
cp worker/glue.mjs "$tmp/worker.mjs"
GOOS=js GOARCH=wasm "$go" build -trimpath -ldflags="-s -w" ${tags:+-tags "$tags"} -o "$tmp/app.wasm" "$pkg"
# Joined data segments: about 0.17 MB less gzipped (scripts/wasmdata says why).
"$go" run ./scripts/wasmdata "$tmp/app.wasm"
rm -rf "$out"
mv "$tmp" "$out"
raw=$(wc -c <"$out/app.wasm")
gz=$(gzip -9c "$out/app.wasm" | wc -c)
awk -v o="$out" -v p="$pkg" -v r="$raw" -v g="$gz" 'BEGIN { printf "built %s/app.wasm (%s): %d bytes, %d gzip (%.2f MB)\n", o, p, r, g, g / 1e6 }'
