package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/claimfile"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
)

// runClaims lists every claim read from the documents, with how it was
// read: what a rule author looks at when a finding is missing.
func runClaims(args []string, env Env) int {
	fl := flag.NewFlagSet("claims", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	rules := addRulesFlags(fl)
	format := fl.String("format", "text", "output format: text, json, or jsonl (a claims file for check --claims: one document a line, with what the comparison needs)")
	var maps multi
	fl.Var(&maps, "map", "read a document field from another JSON path (repeatable)")
	strict := fl.Bool("strict", false, "list nothing when any input is bad (default: the claims of the documents that were read)")
	explain := fl.Bool("explain", false, "for each sentence with wording of the rules, show the cues found and whether a claim was read from each")
	names, err := parseArgs(fl, args)
	if err != nil {
		return ExitBadInput
	}
	switch {
	case *format != "text" && *format != "json" && *format != "jsonl":
		fmt.Fprintf(env.Stderr, "crosscheck: unknown format %q for claims (formats: text, json, jsonl)\n", *format)
		return ExitBadInput
	case *explain && *format != "text":
		fmt.Fprintln(env.Stderr, "crosscheck: --explain lists claims as text; leave out --format")
		return ExitBadInput
	}
	if ds := checkInputs(names); ds.HasErrors() {
		printDiags(env.Stderr, ds)
		return ExitBadInput
	}
	x, ok := rules.load(env)
	if !ok {
		return ExitBadInput
	}
	m, mdiags := document.ParseMap(maps)
	load := loadDocs
	if *format == "jsonl" {
		load = readDocs // ids as given: check --claims makes them unique over all shards
	}
	docs, ldiags := load(names, document.Options{Map: m}, env)
	ddiags := append(mdiags, ldiags...)
	if mdiags.HasErrors() {
		printDiags(env.Stderr, ddiags)
		return ExitBadInput
	}
	if stopAtBadInput(env, docs, ddiags, *strict) {
		return ExitBadInput
	}
	if *format == "jsonl" {
		// The report of check --claims holds what check's would: the
		// documents' diagnostics, not --map's (check prints those alone).
		if err := writeClaimsFile(env.Stdout, x, docs, ldiags); err != nil {
			fmt.Fprintf(env.Stderr, "crosscheck: %v\n", err)
			return ExitBadInput
		}
		if ddiags.HasErrors() {
			return ExitBadInput
		}
		return ExitOK
	}
	res := check.Run(x, docs, ddiags)
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(claimRows(docs, res.Claims)); err != nil {
			return ExitBadInput
		}
	} else if *explain {
		writeExplain(env.Stdout, x.Rules(), docs, res.Claims)
	} else {
		writeClaims(env.Stdout, docs, res.Claims)
	}
	if ddiags.HasErrors() {
		return ExitBadInput
	}
	return ExitOK
}

// claimRow is one claim as listed by `crosscheck claims --format json`.
type claimRow struct {
	Doc     string   `json:"doc"`
	Type    string   `json:"type"`
	Kind    string   `json:"kind"`
	Value   string   `json:"value"`
	Subject string   `json:"subject,omitempty"`
	Words   string   `json:"words"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Trace   []string `json:"trace"`
}

func claimRows(docs []document.Document, cs []claim.Claim) []claimRow {
	rows := make([]claimRow, 0, len(cs))
	for _, c := range cs {
		rows = append(rows, claimRow{
			Doc: docs[c.Doc].ID, Type: c.Type, Kind: c.Kind, Value: claim.ValueText(&c),
			Subject: c.Subject.Name, Words: c.Words, Start: c.Start, End: c.End, Trace: c.Trace,
		})
	}
	return rows
}

func writeClaims(w io.Writer, docs []document.Document, cs []claim.Claim) {
	for _, c := range cs {
		subj := c.Subject.Name
		if subj == "" {
			subj = c.Subject.Event
		}
		when := ""
		if c.Subject.HasWhen {
			when = " @" + c.Subject.When.Lo.String()
		}
		fmt.Fprintf(w, "%s\t%s/%s\t%s\t[%s]%s\t%q\n", report.Visible(docs[c.Doc].ID), c.Type, c.Kind, report.Visible(claim.ValueText(&c)), report.Visible(subj), when, c.Words)
		if len(c.Trace) > 0 {
			fmt.Fprintf(w, "\t%s\n", report.Visible(strings.Join(c.Trace, " | ")))
		}
	}
}

// writeClaimsFile writes what check --claims compares: the diagnostics of
// the reading, then each document as Extract read it, in the order given.
// Nothing is compared here, so a shard costs only its extraction.
func writeClaimsFile(w io.Writer, x *claim.Extractor, docs []document.Document, ds diag.List) error {
	cw := claimfile.NewWriter(w, claimfile.RulesID(x.Rules()))
	for _, d := range ds {
		if err := cw.Diagnostic(d); err != nil {
			return err
		}
	}
	read := check.Extract(x, docs)
	for i := range read {
		if err := cw.Document(&read[i]); err != nil {
			return err
		}
	}
	return nil
}
