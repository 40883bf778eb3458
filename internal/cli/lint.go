package cli

import (
	"encoding/json"
	"flag"
	"fmt"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/ruletest"
)

// LintSchema names the JSON form of `crosscheck lint` and its version.
const LintSchema = "crosscheck.lint/v1"

// lintResult is `crosscheck lint --format json`.
type lintResult struct {
	Schema      string    `json:"schema"`
	Files       []string  `json:"files"`
	Diagnostics diag.List `json:"diagnostics"`
	Summary     struct {
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
	} `json:"summary"`
}

// runLint checks the rule files and test files of a directory (default:
// the built-in rules) and reports every problem, each at its line and
// column with the source line and a caret. Exit status: 0 clean, 1
// problems found (errors or warnings), 2 the directory cannot be read.
func runLint(args []string, env Env) int {
	fl := flag.NewFlagSet("lint", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	format := fl.String("format", "text", "output format: text or json")
	rules := addRulesFlags(fl)
	names, err := parseArgs(fl, args)
	if err != nil {
		return ExitBadInput
	}
	srcs, ownOnly, ok := ruleArgs("lint", names, *format, rules, env)
	if !ok {
		return ExitBadInput
	}
	ds := own(ruletest.Lint(srcs), srcs, ownOnly)
	res := lintResult{Schema: LintSchema, Files: []string{}, Diagnostics: ds}
	if res.Diagnostics == nil {
		res.Diagnostics = diag.List{}
	}
	for _, s := range srcs {
		res.Files = append(res.Files, s.Name)
	}
	for _, d := range ds {
		if d.Severity == diag.Warning {
			res.Summary.Warnings++
		} else {
			res.Summary.Errors++
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return ExitBadInput
		}
	} else {
		pr := diag.Printer{W: env.Stdout, Color: env.Color, Source: sourceOf(srcs)}
		for _, d := range ds {
			pr.Print(d)
		}
		if len(ds) == 0 {
			fmt.Fprintf(env.Stdout, "no problems in %s\n", ruletest.Plural(len(srcs), "file"))
		} else {
			fmt.Fprintf(env.Stdout, "%s, %s\n", ruletest.Plural(res.Summary.Errors, "error"), ruletest.Plural(res.Summary.Warnings, "warning"))
		}
	}
	if len(ds) > 0 {
		return ExitFindings
	}
	return ExitOK
}
