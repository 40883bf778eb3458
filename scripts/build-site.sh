#!/usr/bin/env bash
# Builds the web page into site/public: the engine compiled to WebAssembly
# (shipped gzip-compressed; the worker inflates it, so any static server
# sends the small file) and the page's bundled scripts. The raw .wasm stays
# in bin/ for the benchmarks; it is not embedded in the command line.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o bin/engine.wasm ./wasm
# One data segment where Go's linker writes 76,000: 0.13 MB less gzipped.
go run ./scripts/wasmdata bin/engine.wasm
gzip -9 -n -c bin/engine.wasm > site/public/engine.wasm.gz
raw=$(wc -c < bin/engine.wasm); gz=$(wc -c < site/public/engine.wasm.gz)
echo "site: engine.wasm ${raw} bytes raw, ${gz} bytes gzip (served)"
cd site
# npm ci only when the lock changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs
