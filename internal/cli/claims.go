package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
)

// runClaims lists every claim read from the documents, with how it was
// read: what a rule author looks at when a finding is missing.
func runClaims(args []string, env Env) int {
	fl := flag.NewFlagSet("claims", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	rules := addRulesFlags(fl)
	format := fl.String("format", "text", "output format: text or json")
	var maps multi
	fl.Var(&maps, "map", "read a document field from another JSON path (repeatable)")
	strict := fl.Bool("strict", false, "list nothing when any input is bad (default: the claims of the documents that were read)")
	explain := fl.Bool("explain", false, "for each sentence with wording of the rules, show the cues found and whether a claim was read from each")
	names, err := parseArgs(fl, args)
	if err != nil {
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
	docs, ddiags := loadDocs(names, document.Options{Map: m}, env)
	ddiags = append(mdiags, ddiags...)
	if mdiags.HasErrors() {
		printDiags(env.Stderr, ddiags)
		return ExitBadInput
	}
	if stopAtBadInput(env, docs, ddiags, *strict) {
		return ExitBadInput
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
