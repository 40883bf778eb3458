# crosscheck: `make run` shows the demo corpus findings, `make test` runs every test.
GO      ?= go
GOFLAGS ?= -trimpath
BIN     := bin/crosscheck
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
CORE_WASM_PKGS := ./internal/diag ./internal/text ./internal/quantity ./internal/when ./internal/yamlx ./internal/diff ./internal/document ./internal/rule ./internal/claim ./internal/finding ./internal/report ./internal/check ./internal/ruletest

.PHONY: run test test-rules build bench fuzz lint pure deps clean

deps:
	$(GO) mod download

build: deps
	$(GO) build $(GOFLAGS) -ldflags="-s -w" -o $(BIN) ./cmd/crosscheck
	@ls -l $(BIN) | awk '{print "built $(BIN): " $$5 " bytes"}'

# Until the web page lands, run prints the demo corpus findings.
run: build
	./$(BIN) check --fail-on never

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

# test-rules checks the built-in rule files and runs the cases beside them
# (rules/*_test.yaml) as a rule author does; --strict fails on a rule with
# no positive or negative case and on a todo case that passes.
test-rules: build
	./$(BIN) lint
	./$(BIN) test --strict

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem -benchtime=3x ./bench/
	$(GO) test -run '^$$' -bench . -benchmem ./internal/quantity ./internal/when ./internal/diff

FUZZTIME ?= 10s
fuzz: deps
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME) ./internal/document
	$(GO) test -run '^$$' -fuzz '^FuzzScan$$' -fuzztime $(FUZZTIME) ./internal/quantity
	$(GO) test -run '^$$' -fuzz '^FuzzScan$$' -fuzztime $(FUZZTIME) ./internal/when
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./internal/yamlx
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME) ./internal/rule
	$(GO) test -run '^$$' -fuzz '^FuzzScalarOffset$$' -fuzztime $(FUZZTIME) ./internal/yamlx
	$(GO) test -run '^$$' -fuzz '^FuzzRun$$' -fuzztime $(FUZZTIME) ./internal/ruletest
	$(GO) test -run '^$$' -fuzz '^FuzzPassages$$' -fuzztime $(FUZZTIME) ./internal/diff
	$(GO) test -run '^$$' -fuzz '^FuzzRun$$' -fuzztime $(FUZZTIME) ./internal/check

clean:
	rm -rf bin
