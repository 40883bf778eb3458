package ruletest

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// claimText shows a claim read in one line: "b: count/killed 32+ «killing
// at least 32 people»".
func claimText(c ClaimRow) string {
	s := fmt.Sprintf("%s: %s/%s %s", c.Doc, c.Type, c.Kind, c.Value)
	var notes []string
	if c.Population != "" {
		notes = append(notes, c.Population)
	}
	if c.Vague {
		notes = append(notes, "vague")
	}
	if c.Part {
		notes = append(notes, "part of a total")
	}
	if len(c.Parts) > 0 {
		notes = append(notes, "parts "+strings.Join(c.Parts, " + "))
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	s += " «" + c.Words + "»"
	if c.Attributor != "" {
		s += " per " + c.Attributor
	}
	return s
}

// wantClaimText shows an expected claim the way claimText shows a claim.
func wantClaimText(w *WantClaim) string {
	var b strings.Builder
	if w.Doc != "" {
		b.WriteString(w.Doc + ": ")
	}
	if w.Type != "" {
		b.WriteString(w.Type + "/")
	}
	b.WriteString(w.Kind)
	if w.Value != "" {
		b.WriteString(" " + w.Value)
	}
	if w.Words != "" {
		b.WriteString(" «…" + w.Words + "…»")
	}
	if w.Subject != "" {
		b.WriteString(" about …" + w.Subject + "…")
	}
	if w.Attributor != "" {
		b.WriteString(" per …" + w.Attributor + "…")
	}
	return b.String()
}

// findingText shows a finding in one line: "death-toll count/killed
// contradiction: 32+ vs 29".
func findingText(f FindingRow) string {
	return fmt.Sprintf("%s %s/%s %s %s: %s", f.Rule, f.Kind, f.Claim, f.Relation, f.Severity, strings.Join(f.Values, " vs "))
}

func wantFindingText(w *WantFinding) string {
	or := func(s, dflt string) string {
		if s == "" {
			return dflt
		}
		return s
	}
	s := fmt.Sprintf("%s %s/%s %s", or(w.Rule, "(any rule)"), or(w.Kind, "*"), or(w.Claim, "*"), or(w.Relation, "(any relation)"))
	if w.Severity != "" {
		s += " " + w.Severity
	}
	if len(w.Values) > 0 {
		s += ": " + strings.Join(w.Values, " vs ")
	}
	return s
}

// WriteText prints a run for a person: each failure with what was missed
// and what was unexpected, the claims and findings read, and where the
// case is written; a line per todo case; then the summary and the rules
// no case covers. verbose prints passing cases too. sources returns a
// file's bytes, for carets under diagnostics (nil is fine).
func WriteText(w io.Writer, r *Result, verbose bool, sources func(file string) []byte) {
	pr := diag.Printer{W: w, Source: sources}
	for _, d := range r.Diagnostics {
		pr.Print(d)
	}
	if r.Stopped {
		fmt.Fprintln(w, "the rule files have errors, so no case was run")
		return
	}
	for _, c := range r.Cases {
		at := fmt.Sprintf("%s:%d:%d", c.File, c.Line, c.Col)
		switch c.Status {
		case Pass:
			if verbose {
				fmt.Fprintf(w, "%s: ok   %s\n", at, c.Name)
			}
			continue
		case Fixed:
			fmt.Fprintf(w, "%s: fixed %s: it passes now; remove its todo (%s)\n", at, c.Name, c.Todo)
			continue
		case Todo:
			fmt.Fprintf(w, "%s: todo %s: %s\n", at, c.Name, c.Todo)
			if !verbose {
				continue
			}
		default:
			fmt.Fprintf(w, "%s: FAIL %s\n", at, c.Name)
		}
		writeDetails(w, c)
	}
	s := r.Summary
	fmt.Fprintf(w, "%s in %s: %d passed, %d failed, %d todo, %d fixed\n", Plural(s.Cases, "case"), Plural(s.Files, "file"), s.Passed, s.Failed, s.Todo, s.Fixed)
	writeUncovered(w, r.Uncovered)
}

// writeDetails shows why a case failed: expected against got.
func writeDetails(w io.Writer, c CaseResult) {
	for _, p := range c.Missed {
		fmt.Fprintf(w, "    missed %s:     %s", p.What, p.Text)
		if p.Line > 0 {
			fmt.Fprintf(w, "   (expected at %s:%d:%d)", c.File, p.Line, p.Col)
		}
		fmt.Fprintln(w)
		for _, n := range p.Near {
			fmt.Fprintf(w, "        got instead: %s\n", n)
		}
		if len(p.Near) == 0 {
			fmt.Fprintf(w, "        got instead: no %s of that kind\n", p.What)
		}
	}
	for _, p := range c.Unexpected {
		fmt.Fprintf(w, "    unexpected %s: %s\n", p.What, p.Text)
	}
	fmt.Fprintf(w, "    claims read (%d):\n", len(c.Claims))
	for _, cl := range c.Claims {
		fmt.Fprintf(w, "      %s\n", claimText(cl))
		if cl.Subject != "" {
			fmt.Fprintf(w, "          about: %s\n", cl.Subject)
		}
		for _, t := range cl.Trace {
			fmt.Fprintf(w, "          · %s\n", t)
		}
	}
	if c.Findings != nil {
		fmt.Fprintf(w, "    findings given (%d):\n", len(c.Findings))
		for _, f := range c.Findings {
			fmt.Fprintf(w, "      %s\n", findingText(f))
		}
	}
}

// Plural writes a count with its noun: "1 case", "2 cases".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// WriteJSON writes the result as indented JSON (schema crosscheck.ruletest/v1).
func WriteJSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
