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
	if err := fl.Parse(args); err != nil {
		return ExitBadInput
	}
	srcs, ok := ruleDirArg("test", fl, *format, env)
	if !ok {
		return ExitBadInput
	}
	res := ruletest.Run(srcs, ruletest.Options{Match: *match})
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

// readRuleDir reads every .yaml file of a rule directory (the built-in
// rules when dir is ""), named as the user wrote the directory so that
// file:line:col in messages opens in an editor. Errors are printed.
// ruleDirArg checks what lint and test share after their flags (a text or
// json format, at most one directory) and reads the directory's rules.
func ruleDirArg(cmd string, fl *flag.FlagSet, format string, env Env) ([]rule.Source, bool) {
	if format != "text" && format != "json" {
		fmt.Fprintf(env.Stderr, "crosscheck: unknown format %q (formats: text, json)\n", format)
		return nil, false
	}
	if fl.NArg() > 1 {
		fmt.Fprintf(env.Stderr, "crosscheck %s: give one rule directory\n", cmd)
		return nil, false
	}
	return readRuleDir(fl.Arg(0), env)
}

func readRuleDir(dir string, env Env) ([]rule.Source, bool) {
	var fsys fs.FS = crosscheck.Rules
	root, shown := "rules", "rules"
	if dir != "" {
		fsys, root, shown = env.FS, env.Path(dir), strings.TrimSuffix(dir, "/")
	}
	if st, err := fs.Stat(fsys, root); err != nil || !st.IsDir() {
		msg := "not a directory"
		if errors.Is(err, fs.ErrNotExist) {
			msg = "no such directory"
		} else if err != nil {
			msg = err.Error()
		}
		fmt.Fprintf(env.Stderr, "%s: error: %s [read-error]\n", dir, msg)
		return nil, false
	}
	srcs, err := check.RuleSources(fsys, root)
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s: error: %v [read-error]\n", dir, err)
		return nil, false
	}
	if len(srcs) == 0 {
		fmt.Fprintf(env.Stderr, "%s: error: no .yaml rule files here [no-rules]\n", shown)
		return nil, false
	}
	for i := range srcs {
		rel := strings.TrimPrefix(strings.TrimPrefix(srcs[i].Name, root), "/")
		srcs[i].Name = path.Join(shown, rel)
	}
	return srcs, true
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
