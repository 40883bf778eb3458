# crosscheck: `make run` shows the demo corpus findings, `make test` runs every test.
GO      ?= go
GOFLAGS ?= -trimpath
BIN     := bin/crosscheck
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
CORE_WASM_PKGS := ./internal/diag ./internal/text ./internal/quantity ./internal/when ./internal/yamlx ./internal/diff ./internal/document ./internal/rule ./internal/claim ./internal/event ./internal/finding ./internal/report ./internal/check ./internal/claimfile ./internal/ruletest

.PHONY: eval fuzz-short run test test-rules build bench fuzz lint pure deps clean site test-browser bench-site worker test-worker bench-worker snapshot lint-openapi size

deps:
	$(GO) mod download

build: deps
	$(GO) build $(GOFLAGS) -ldflags="-s -w" -o $(BIN) ./cmd/crosscheck
	@ls -l $(BIN) | awk '{print "built $(BIN): " $$5 " bytes"}'

# run builds the engine as WebAssembly and the page, then serves them on
# localhost with the API: the demo corpus is checked on first visit.
ADDR ?= 127.0.0.1:8080
run: site
	$(GO) run $(GOFLAGS) ./cmd/crosscheck serve --addr $(ADDR)

# site builds the page into site/public: wasm/ as engine.wasm.gz, the bundles.
site: deps
	./scripts/build-site.sh

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(CORE_WASM_PKGS)

pure:
	./scripts/check-pure.sh

test: deps lint pure
	$(GO) test -count=1 ./...
	@if command -v node >/dev/null 2>&1; then \
	  echo "core tests under GOOS=js GOARCH=wasm (node):"; \
	  GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASMEXEC)" $(CORE_WASM_PKGS); \
	else echo "node not found: skipping the wasm run of the core tests"; fi
	@$(MAKE) --no-print-directory test-rules
	@$(MAKE) --no-print-directory fuzz-short
	@$(MAKE) --no-print-directory test-browser
	@$(MAKE) --no-print-directory lint-openapi
	@$(MAKE) --no-print-directory test-worker

# test-rules checks the built-in rule files and runs the cases beside them
# (rules/*_test.yaml) as a rule author does; --strict fails on a rule with
# no positive or negative case and on a todo case that passes.
test-rules: build
	./$(BIN) lint
	./$(BIN) test --strict

# test-browser runs the page's tests in Debian's Chromium (installed by .ci/run).
test-browser: site build
	@if GOOS=js GOARCH=wasm $(GO) list -deps ./wasm | grep -qx net/http; then \
	  echo "wasm/ imports net/http: keep it out of the browser binary" >&2; exit 1; fi
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "chromium not found: skipping the browser tests (apt-get install chromium)"; exit 0; fi; \
	CROSSCHECK_BIN=$(CURDIR)/$(BIN) node --test site/test/browser.mjs

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem -benchtime=3x ./bench/
	$(GO) test -run '^$$' -bench . -benchmem ./internal/quantity ./internal/when ./internal/diff
	$(GO) test -run '^$$' -bench 'OneLine' -benchmem ./internal/rule ./internal/yamlx
	@$(MAKE) --no-print-directory bench-site
	@$(MAKE) --no-print-directory bench-worker

# bench-site prints the page's figures: Wasm size, time to the first
# findings, a 1,000-document check, and date extraction against chrono-node.
bench-site: site
	@if command -v chromium >/dev/null 2>&1; then node site/test/bench.mjs; \
	else echo "chromium not found: skipping the page benchmarks"; fi

# size prints what the page's engine is made of: code by package, the
# runtime's function table and the embedded files (scripts/wasmsize). The
# build keeps function names (no -s), which the shipped engine drops.
size: deps
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags=-w -o bin/engine-names.wasm ./wasm
	$(GO) run ./scripts/wasmsize bin/engine-names.wasm rules/*.yaml rules/lexicon/*.yaml testdata/demo/corpus.json

# snapshot remakes internal/httpapi/builtin_rules.json, the loaded built-in
# rules the hosts start from, after the rule files changed.
snapshot: deps
	$(GO) test ./internal/httpapi -run '^TestBuiltinSnapshot$$' -update

# worker builds the Cloudflare Worker (./worker: the API handler through
# syumai/workers) into worker/build/, which wrangler.toml serves and deploys.
worker: deps
	./scripts/build-worker.sh

# test-worker runs the API's conformance cases (test/api/cases) against the
# Worker in local workerd (`wrangler dev`) and the native handler, and
# checks that both answer the same bytes. Needs `npm ci --prefix worker`.
test-worker: worker
	./scripts/test-worker.sh

# lint-openapi checks the API's OpenAPI description with Redocly's rules
# (worker/redocly.yaml); @redocly/cli comes with `npm ci --prefix worker`.
lint-openapi:
	@test -x worker/node_modules/.bin/redocly || npm ci --prefix worker --no-audit --no-fund
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true worker/node_modules/.bin/redocly lint \
	  --config worker/redocly.yaml --format stylish internal/httpapi/openapi.json

# bench-worker prints the Worker's bundle size, latency and throughput next
# to a hello-world Go Worker, and the Go instance's memory per request size.
bench-worker: deps
	./scripts/bench-worker.sh

# eval scores the engine on real news excerpts (eval/manifest.yaml,
# eval/labels.yaml); the texts stay out of git, in eval/text/, and the
# score is skipped with a message when they are absent (eval/README.md).
eval: deps
	$(GO) run ./eval $(EVALFLAGS)

# Every fuzz target, as package:Function. make test runs each for
# FUZZSHORT; make fuzz for FUZZTIME. Crashers go to the package's
# testdata/fuzz and stay there as seeds.
FUZZ_TARGETS := ./internal/text:FuzzTokenize ./internal/text:FuzzTokenizeAsReference ./internal/document:FuzzLoad ./internal/quantity:FuzzScan \
  ./internal/when:FuzzScan ./internal/yamlx:FuzzDecode ./internal/yamlx:FuzzScalarOffset ./internal/rule:FuzzLoad \
  ./internal/ruletest:FuzzRun ./internal/diff:FuzzPassages ./internal/check:FuzzRun ./internal/httpapi:FuzzCheck \
  ./internal/claimfile:FuzzRead ./internal/text:FuzzCase ./internal/report:FuzzWriteJSON
# The test binary's own deadline is set well past FUZZTIME: go test's
# default of 10m ends a 10-minute run as a failure.
FUZZTIME ?= 10s
FUZZSHORT ?= 3s
FUZZTIMEOUT ?= 60m
fuzz: deps
	@GO=$(GO) ./scripts/fuzz.sh $(FUZZTIME) $(FUZZTIMEOUT) $(FUZZ_TARGETS)

fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=$(FUZZSHORT)

clean:
	rm -rf bin
