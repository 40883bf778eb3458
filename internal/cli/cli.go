// Package cli is the command line: check (and, later, test, lint, serve).
// Streams, files and the terminal are passed in, so tests run it in memory.
package cli

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Exit codes.
const (
	ExitOK       = 0 // nothing reached --fail-on
	ExitFindings = 1 // a finding reached --fail-on
	ExitBadInput = 2 // bad arguments, documents or rules
)

// Env is what the command line may touch.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// FS opens files named on the command line (os.DirFS("/") or a test map).
	FS fs.FS
	// Path turns a command-line name into a path inside FS.
	Path  func(name string) string
	Color bool // stdout is a terminal
}

const usage = `crosscheck finds where news reports disagree on counts, dates and responsibility.

Usage:
  crosscheck check [--rules PATH]... [--rules-mode extend|replace] [--format text|json|csv|markdown] [--fail-on SEVERITY] [--map FIELD=PATH]... [--strict] [--claims] [FILE|-]...
  crosscheck claims [--rules PATH]... [--rules-mode extend|replace] [--format text|json|jsonl] [--explain] [--map FIELD=PATH]... [--strict] [FILE|-]...
  crosscheck test [--rules PATH]... [--format text|json] [--run TEXT] [-v] [--strict] [PATH]   run the rule tests (*_test.yaml)
  crosscheck lint [--rules PATH]... [--format text|json] [PATH]                                check rule and test files
  crosscheck serve [--addr HOST:PORT] [--site DIR]                          serve the HTTP API and the web page

--rules PATH (a rule file or folder, repeatable) adds to the built-in rules, each path on top
of the ones before: its checks may change or turn off earlier checks by id. --rules-mode
replace uses the --rules paths alone. test and lint take the rules to test as PATH
(default: the built-in rules), with any --rules paths on top.
With no files, check reads the built-in demo corpus. Flags may come before or after
the files; "--" ends them. "-" (standard input) may be named once.
Documents: JSON (an array, or an object with "documents"), JSON Lines, .txt, .md, .html.
check --claims compares claims files written by claims --format jsonl (shards read
elsewhere, under the same rules) instead of reading documents.
Exit status: 0 nothing reached --fail-on, 1 a finding did, 2 bad input. A bad record or
file is reported and the rest is still checked (exit 2); --strict checks nothing then.
`

// Main runs the command line and returns the exit code.
func Main(args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitBadInput
	}
	switch args[0] {
	case "check":
		return runCheck(args[1:], env)
	case "claims":
		return runClaims(args[1:], env)
	case "test":
		return runTest(args[1:], env)
	case "lint":
		return runLint(args[1:], env)
	case "serve":
		return runServe(args[1:], env)
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "crosscheck: unknown command %q\n\n%s", args[0], usage)
	return ExitBadInput
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func runCheck(args []string, env Env) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	rules := addRulesFlags(fl)
	format := fl.String("format", "text", "output format: text, json, csv, markdown")
	failOn := fl.String("fail-on", "high", "exit 1 when a finding has this severity or higher: info, low, medium, high, never")
	var maps multi
	fl.Var(&maps, "map", "read a document field from another JSON path, e.g. text=article.body (repeatable)")
	strict := fl.Bool("strict", false, "check nothing when any input is bad (default: check the documents that were read)")
	claimsIn := fl.Bool("claims", false, "the files are claims files written by claims --format jsonl: compare them, reading no document again")
	names, err := parseArgs(fl, args)
	if err != nil {
		return ExitBadInput
	}
	if ds := checkInputs(names); ds.HasErrors() {
		printDiags(env.Stderr, ds)
		return ExitBadInput
	}
	if !validFormat(*format) {
		fmt.Fprintf(env.Stderr, "crosscheck: unknown format %q (formats: %s)\n", *format, strings.Join(report.Formats, ", "))
		return ExitBadInput
	}
	if *failOn != "never" && rule.SeverityRank(*failOn) < 0 {
		fmt.Fprintf(env.Stderr, "crosscheck: unknown severity %q for --fail-on (%s, never)\n", *failOn, strings.Join(rule.Severities, ", "))
		return ExitBadInput
	}
	x, ok := rules.load(env)
	if !ok {
		return ExitBadInput
	}
	var res check.Result
	var ddiags diag.List
	if *claimsIn {
		if len(maps) > 0 {
			fmt.Fprintln(env.Stderr, "crosscheck: --map applies where documents are read: give it to claims --format jsonl, not to check --claims")
			return ExitBadInput
		}
		if len(names) == 0 {
			fmt.Fprintln(env.Stderr, "crosscheck: --claims needs the claims files to compare (made by crosscheck claims --format jsonl)")
			return ExitBadInput
		}
		read, ds, ok := readClaims(names, x.Rules(), env)
		if !ok || stopAtBadInput(env, read, ds, *strict) {
			return ExitBadInput
		}
		res, ddiags = check.Compare(x.Rules(), read, ds), ds
	} else {
		m, mdiags := document.ParseMap(maps)
		if mdiags.HasErrors() {
			printDiags(env.Stderr, mdiags)
			return ExitBadInput
		}
		docs, ds := loadDocs(names, document.Options{Map: m}, env)
		if stopAtBadInput(env, docs, ds, *strict) {
			return ExitBadInput
		}
		res, ddiags = check.Run(x, docs, ds), ds
	}
	if err := report.Write(env.Stdout, &res.Report, *format, env.Color && *format == "text"); err != nil {
		fmt.Fprintf(env.Stderr, "crosscheck: %v\n", err)
		return ExitBadInput
	}
	if ddiags.HasErrors() {
		return ExitBadInput // the report is partial: it says so, and so must the status
	}
	if *failOn != "never" {
		for _, f := range res.Report.Findings {
			if rule.SeverityRank(f.Severity) >= rule.SeverityRank(*failOn) {
				return ExitFindings
			}
		}
	}
	return ExitOK
}

// stopAtBadInput decides what bad documents cost. A bad record or an
// unreadable file is an error, but the documents that were read are still
// checked: the errors are printed here and kept in the report, and the
// exit status is 2 all the same. Under --strict, or when nothing could be
// read, nothing is checked, as pipelines that want all or nothing expect.
func stopAtBadInput[D any](env Env, docs []D, ds diag.List, strict bool) bool {
	if !ds.HasErrors() {
		return false
	}
	if strict || len(docs) == 0 {
		printDiags(env.Stderr, ds)
		return true
	}
	var errs diag.List
	for _, d := range ds {
		if d.Severity != diag.Warning {
			errs = append(errs, d)
		}
	}
	printDiags(env.Stderr, errs)
	return false
}

func validFormat(f string) bool {
	for _, v := range report.Formats {
		if v == f {
			return true
		}
	}
	return f == "md"
}

// loadDocs reads the named inputs ("-" is standard input), or the demo
// corpus, and makes their ids unique.
func loadDocs(names []string, opt document.Options, env Env) ([]document.Document, diag.List) {
	docs, all := readDocs(names, opt, env)
	if len(names) == 0 {
		return docs, all
	}
	// Ids must be unique across files too, or evidence would be ambiguous.
	return docs, append(all, document.DedupeIDs(docs)...)
}

// readDocs reads the named inputs, or the demo corpus, with ids as given:
// a shard's claims file keeps them, and the comparison of all shards makes
// them unique as a single run over the same files would.
func readDocs(names []string, opt document.Options, env Env) ([]document.Document, diag.List) {
	if len(names) == 0 {
		return document.Load("demo/corpus.json", crosscheck.DemoCorpus, opt)
	}
	var docs []document.Document
	var all diag.List
	for _, n := range names {
		var data []byte
		var err error
		name := n
		if n == "-" {
			name = "<stdin>"
			data, err = io.ReadAll(env.Stdin)
		} else {
			data, err = fs.ReadFile(env.FS, env.Path(n))
		}
		if err != nil {
			msg := readErrorMessage(err)
			if st, serr := fs.Stat(env.FS, env.Path(n)); n != "-" && serr == nil && st.IsDir() {
				msg = "is a directory; name the files in it"
			}
			all = append(all, diag.Diagnostic{Code: "read-error", Severity: diag.Error, File: n, Message: msg})
			continue
		}
		ds, diags := document.Load(name, data, opt)
		docs = append(docs, ds...)
		all = append(all, diags...)
	}
	return docs, all
}

// printDiags prints one diagnostic a line, control characters escaped: a
// message quotes the input, and a terminal must only show it.
func printDiags(w io.Writer, ds diag.List) {
	for _, d := range ds {
		fmt.Fprintln(w, report.Visible(d.Error()))
	}
}
