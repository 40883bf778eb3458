package cli

import (
	"flag"
	"fmt"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Rule modes: how --rules paths combine with the base rules.
const (
	modeExtend  = "extend"  // the base rules, then each --rules path on top
	modeReplace = "replace" // the --rules paths alone
)

// rulesFlags are --rules PATH (repeatable; a file or a folder) and
// --rules-mode, shared by check, claims, test and lint so that every
// command reads rules the same way (issue 13: check --rules FILE used
// the file alone, and a second --rules replaced the first).
type rulesFlags struct {
	paths multi
	mode  *string
}

func addRulesFlags(fl *flag.FlagSet) *rulesFlags {
	r := &rulesFlags{}
	fl.Var(&r.paths, "rules", "a rule file or folder on top of the built-in rules (repeatable; later paths win)")
	r.mode = fl.String("rules-mode", modeExtend, "extend: the built-in rules and the --rules paths; replace: the --rules paths alone")
	return r
}

// layers reads the rules a command runs under, each path its own layer:
// the base (base names a file or folder, or is "" for the built-in rules;
// left out with --rules-mode replace when base is ""), then each --rules
// path in the order given. ownOnly is set when the base is the built-in
// rules under --rules paths: their tests are not run and their warnings
// are not the author's business, as in the API's extend mode.
func (r *rulesFlags) layers(base string, env Env) (srcs []rule.Source, ownOnly bool, ds diag.List) {
	if *r.mode != modeExtend && *r.mode != modeReplace {
		return nil, false, diag.List{{Code: "bad-args", Severity: diag.Error, File: "--rules-mode",
			Message: fmt.Sprintf("unknown rules mode %q", *r.mode), Hint: "--rules-mode extend | replace"}}
	}
	if *r.mode == modeReplace && base == "" && len(r.paths) == 0 {
		return nil, false, diag.List{{Code: "bad-args", Severity: diag.Error, File: "--rules-mode",
			Message: "--rules-mode replace needs at least one --rules path", Hint: "name the rules to use instead of the built-in ones: --rules FOLDER"}}
	}
	layer := 0
	if base != "" || *r.mode == modeExtend {
		s, d := ruleSources(base, env)
		if base == "" && len(r.paths) > 0 {
			// The built-in tests check the built-in rules; they are run
			// by `crosscheck test` alone.
			ownOnly = true
			s = withoutTests(s)
		}
		srcs, ds = append(srcs, s...), append(ds, d...)
		layer++
	}
	for _, p := range r.paths {
		s, d := ruleSources(p, env)
		for i := range s {
			s[i].Layer = layer
		}
		srcs, ds = append(srcs, s...), append(ds, d...)
		layer++
	}
	return srcs, ownOnly, ds
}

func withoutTests(srcs []rule.Source) []rule.Source {
	var out []rule.Source
	for _, s := range srcs {
		if !rule.IsTestFile(s.Name) {
			out = append(out, s)
		}
	}
	return out
}

// own keeps the diagnostics an author of the --rules paths must see: all
// of them, or with ownOnly the errors anywhere and the warnings in their
// own files (layer above 0).
func own(ds diag.List, srcs []rule.Source, ownOnly bool) diag.List {
	if !ownOnly {
		return ds
	}
	base := map[string]bool{}
	for _, s := range srcs {
		if s.Layer == 0 {
			base[s.Name] = true
		}
	}
	var out diag.List
	for _, d := range ds {
		if d.Severity == diag.Error || !base[d.File] {
			out = append(out, d)
		}
	}
	return out
}

// loadRules compiles the rules of check and claims. Errors are printed
// as lint prints them, with the source line and a caret.
func (r *rulesFlags) load(env Env) (*claim.Extractor, bool) {
	srcs, _, ds := r.layers("", env)
	if ds.HasErrors() {
		printDiags(env.Stderr, ds)
		return nil, false
	}
	rs, ds := rule.Load(srcs)
	pr := diag.Printer{W: env.Stderr, Color: env.Color, Source: sourceOf(srcs)}
	if ds.HasErrors() {
		for _, d := range ds {
			pr.Print(d)
		}
		return nil, false
	}
	// The author's own warnings are shown too (issue 13: a claim kind no
	// check compares gave "2 claims read, 0 findings" and no clue why).
	// Only with --rules paths: the built-in rules have none to show.
	if len(r.paths) > 0 {
		for _, d := range own(rule.Lint(srcs), srcs, *r.mode == modeExtend) {
			if d.Severity == diag.Warning {
				pr.Print(d)
			}
		}
	}
	return claim.New(rs), true
}
