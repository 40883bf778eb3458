package main

import (
	"bytes"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// compiled keeps the last compiled rule set: the page re-checks on every
// pause in typing, and most re-checks (new documents, exports) reuse the
// same rules. Compiling them costs more than checking a small corpus.
var compiled struct {
	srcs []rule.Source
	x    *claim.Extractor
}

// extractor compiles rule files, or returns the cached compilation of the
// same files. On errors it returns the diagnostics and no extractor.
func extractor(files []File) (*claim.Extractor, diag.List, error) {
	srcs, err := sources(files)
	if err != nil {
		return nil, nil, err
	}
	if compiled.x != nil && sameSources(compiled.srcs, srcs) {
		return compiled.x, nil, nil
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		return nil, diags, nil
	}
	compiled.srcs, compiled.x = srcs, claim.New(rs)
	return compiled.x, diags, nil
}

func sameSources(a, b []rule.Source) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			return false
		}
	}
	return true
}

// builtinRules reads the embedded rule files, named as the CLI names them.
func builtinRules() ([]rule.Source, error) {
	return check.RuleSources(crosscheck.Rules, "rules")
}

// lintAnswer is the answer to lint.
type lintAnswer struct {
	Diagnostics diag.List `json:"diagnostics"`
}

// doLint checks rule files without running them, as `crosscheck lint`
// does: errors (the rules cannot be used) and warnings (likely mistakes),
// each with the file, line and column the editor marks.
func doLint(req *Request) []byte {
	srcs, err := sources(req.Rules)
	if err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	return encode(lintAnswer{Diagnostics: nonNil(rule.Lint(srcs))})
}

// builtinAnswer is the answer to builtin.
type builtinAnswer struct {
	Rules []File `json:"rules"`
	Demo  File   `json:"demo"`
}

// doBuiltin returns the built-in rule files and the demo corpus, so the
// page ships them once, inside the engine.
func doBuiltin() []byte {
	srcs, err := builtinRules()
	if err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	ans := builtinAnswer{Demo: File{Name: "demo/corpus.json", Data: string(crosscheck.DemoCorpus)}}
	for _, s := range srcs {
		ans.Rules = append(ans.Rules, File{Name: s.Name, Data: string(s.Data)})
	}
	return encode(ans)
}
