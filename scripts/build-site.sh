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
# Zopfli writes the same gzip format 4-5% smaller than gzip -9, in about
# 30 s instead of 1 (Debian's zopfli; .ci/run installs it). Without it, or
# with SITE_GZIP=gzip for a quicker build, gzip -9 does.
if [ "${SITE_GZIP:-zopfli}" = zopfli ] && command -v zopfli >/dev/null 2>&1; then
  how="zopfli --i5"; zopfli --i5 -c bin/engine.wasm > site/public/engine.wasm.gz
else
  how="gzip -9"; gzip -9 -n -c bin/engine.wasm > site/public/engine.wasm.gz
fi
raw=$(wc -c < bin/engine.wasm); gz=$(wc -c < site/public/engine.wasm.gz)
echo "site: engine.wasm ${raw} bytes raw, ${gz} bytes ${how} (served)"
cd site
# npm ci only when the lock changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs
