package httpapi

import (
	_ "embed"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// builtinSnapshot is the built-in rule set as rule.Load makes it, saved
// by `go test ./internal/httpapi -run TestBuiltinSnapshot -update`.
// Reading it instead of the YAML takes a seventh of the time, which a
// Worker pays once per isolate (see rule.FromSnapshot); the test fails
// when it no longer matches the rule files, and until it is remade the
// handler reads the YAML, so a stale snapshot never changes an answer.
//
//go:embed builtin_rules.json
var builtinSnapshot []byte

// loadBuiltin returns what rule.Load returns for the built-in rule files,
// from the snapshot when it was made from these very files.
func loadBuiltin(srcs []rule.Source) (*rule.Set, diag.List) {
	if rs, diags, ok := rule.FromSnapshot(builtinSnapshot, srcs); ok {
		return rs, diags
	}
	return rule.Load(srcs)
}
