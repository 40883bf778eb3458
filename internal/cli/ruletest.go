package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/ruletest"
)

// runTest runs the test cases beside the rules: `crosscheck test [DIR]`.
// Exit status: 0 every case passed (todo cases may fail), 1 a case failed
// (or, with --strict, a rule has no positive or negative case, or a todo
// case passes and should lose its mark), 2 the rule or test files cannot
// be read or have errors.
func runTest(args []string, env Env) int {
	fl := flag.NewFlagSet("test", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	format := fl.String("format", "text", "output format: text or json")
	match := fl.String("run", "", "run only the cases whose name contains this text")
	verbose := fl.Bool("v", false, "show passing cases, and the details of todo cases")
	strict := fl.Bool("strict", false, "fail when a rule has no positive or no negative case, or a todo case passes")
	rules := addRulesFlags(fl)
	names, err := parseArgs(fl, args)
	if err != nil {
		return ExitBadInput
	}
	srcs, ownOnly, ok := ruleArgs("test", names, *format, rules, env)
	if !ok {
		return ExitBadInput
	}
	res := ruletest.Run(srcs, ruletest.Options{Match: *match, OwnOnly: ownOnly})
	if *format == "json" {
		if err := ruletest.WriteJSON(env.Stdout, res); err != nil {
			return ExitBadInput
		}
	} else {
		ruletest.WriteText(env.Stdout, res, *verbose, sourceOf(srcs))
		if *match != "" && len(res.Cases) == 0 && !res.Stopped {
			fmt.Fprintf(env.Stdout, "no case name contains %q\n", *match)
		}
	}
	switch {
	case res.Diagnostics.HasErrors():
		return ExitBadInput
	case res.Summary.Failed > 0, *strict && (len(res.Uncovered) > 0 || res.Summary.Fixed > 0):
		return ExitFindings
	}
	return ExitOK
}

// ruleArgs checks what lint and test share after their flags (a text or
// json format, at most one path) and reads the rules: the path named (a
// file or a folder; default the built-in rules), with the --rules paths on
// top. ownOnly: see rulesFlags.layers. Errors are printed.
func ruleArgs(cmd string, names []string, format string, rules *rulesFlags, env Env) (srcs []rule.Source, ownOnly bool, ok bool) {
	if format != "text" && format != "json" {
		fmt.Fprintf(env.Stderr, "crosscheck: unknown format %q (formats: text, json)\n", format)
		return nil, false, false
	}
	if len(names) > 1 {
		fmt.Fprintf(env.Stderr, "crosscheck %s: give one rule file or folder (more go in --rules, each on top of the one before)\n", cmd)
		return nil, false, false
	}
	base := ""
	if len(names) == 1 {
		base = names[0]
	}
	srcs, ownOnly, diags := rules.layers(base, env)
	if diags.HasErrors() {
		printDiags(env.Stderr, diags)
		return nil, false, false
	}
	return srcs, ownOnly, true
}

// ruleSources reads the .yaml files of a rule folder (the built-in rules
// when dir is "", one file when a file is named), each named under dir as
// the user wrote it, so file:line:col opens in an editor and an absolute
// path stays absolute.
func ruleSources(dir string, env Env) ([]rule.Source, diag.List) {
	var fsys fs.FS = crosscheck.Rules
	root, shown := "rules", "rules"
	if dir != "" {
		fsys, root, shown = env.FS, env.Path(dir), strings.TrimSuffix(dir, "/")
		if shown == "" {
			shown = "/"
		}
	}
	fail := func(code, msg string) ([]rule.Source, diag.List) {
		return nil, diag.List{{Code: code, Severity: diag.Error, File: dir, Message: msg}}
	}
	st, err := fs.Stat(fsys, root)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail("read-error", "no such directory")
	case err != nil:
		return fail("read-error", readErrorMessage(err))
	case !st.IsDir() && path.Ext(root) != ".yaml" && path.Ext(root) != ".yml":
		return fail("read-error", "not a folder or a .yaml rule file")
	}
	srcs, err := check.RuleSources(fsys, root)
	if err != nil {
		return fail("read-error", readErrorMessage(err))
	}
	if len(srcs) == 0 {
		return nil, diag.List{{Code: "no-rules", Severity: diag.Error, File: shown, Message: "no .yaml rule files here"}}
	}
	for i := range srcs {
		rel := strings.TrimPrefix(strings.TrimPrefix(srcs[i].Name, root), "/")
		srcs[i].Name = path.Join(shown, rel)
	}
	return srcs, nil
}

// sourceOf looks a file's bytes up by name, for carets.
func sourceOf(srcs []rule.Source) func(string) []byte {
	return func(name string) []byte {
		for _, s := range srcs {
			if s.Name == name {
				return s.Data
			}
		}
		return nil
	}
}
