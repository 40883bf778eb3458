package ruletest

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Schema names the JSON form of a Result and its version.
const Schema = "crosscheck.ruletest/v1"

// Statuses of a case.
const (
	Pass  = "pass"
	Fail  = "fail"
	Todo  = "todo"  // a known gap, still failing: does not fail the run
	Fixed = "fixed" // marked todo, but passes: remove the mark
)

// Result is the outcome of a run: every case, the rules no case covers,
// and the problems found in the rule and test files.
type Result struct {
	Schema      string       `json:"schema"`
	Cases       []CaseResult `json:"cases"`
	Uncovered   []Uncovered  `json:"uncovered"`
	Summary     Summary      `json:"summary"`
	Diagnostics diag.List    `json:"diagnostics"`
	// Stopped is set when the rule files have errors: no case is run.
	Stopped bool `json:"stopped,omitempty"`
}

// Summary counts cases by status.
type Summary struct {
	Files  int `json:"files"` // test files with a case run
	Cases  int `json:"cases"`
	Passed int `json:"passed"`
	Failed int `json:"failed"`
	Todo   int `json:"todo"`
	Fixed  int `json:"fixed"`
}

// CaseResult is one case's outcome, with everything read from its
// documents so a failure can be understood without running anything else.
type CaseResult struct {
	File       string    `json:"file"`
	Line       int       `json:"line"`
	Col        int       `json:"col"`
	Name       string    `json:"name"`
	Status     string    `json:"status"`
	Todo       string    `json:"todo,omitempty"`
	Missed     []Problem `json:"missed,omitempty"`
	Unexpected []Problem `json:"unexpected,omitempty"`
	// Claims are every claim read from the case's documents, normalised.
	Claims []ClaimRow `json:"claims"`
	// Findings are every finding the documents gave, or nil when the case
	// does not check findings.
	Findings []FindingRow `json:"findings"`
}

// Problem is an expectation no claim or finding met (missed), or a claim
// or finding nothing expected (unexpected).
type Problem struct {
	What string `json:"what"` // "claim" or "finding"
	Text string `json:"text"` // the expectation, or what was read, in one line
	// Line and Col are where a missed expectation is written.
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
	// Near are claims or findings of the same kind that were read instead:
	// the "got" beside a missed "expected".
	Near []string `json:"near,omitempty"`
}

// ClaimRow is one claim read, as a test writes it.
type ClaimRow struct {
	Doc   string `json:"doc"`
	Type  string `json:"type"`
	Kind  string `json:"kind"`
	Value string `json:"value"`
	// Counts: the counted group when it is specific ("service members"),
	// a vague amount ("scores"), one part of a breakdown.
	Population string `json:"population,omitempty"`
	Vague      bool   `json:"vague,omitempty"`
	Part       bool   `json:"part,omitempty"`
	// Parts are a breakdown's parts: "11", "4", "3" of "11 suspects,
	// including 11 from Russia, four from Uzbekistan and three …".
	Parts      []string `json:"parts,omitempty"`
	Words      string   `json:"words"`
	Subject    string   `json:"subject,omitempty"`
	Attributor string   `json:"attributor,omitempty"`
	Trace      []string `json:"trace,omitempty"`
}

// FindingRow is one finding given, as a test writes it.
type FindingRow struct {
	Rule     string   `json:"rule"`
	Kind     string   `json:"kind"`
	Claim    string   `json:"claim"`
	Relation string   `json:"relation"`
	Severity string   `json:"severity"`
	Values   []string `json:"values"`
	Message  string   `json:"message"`
}

// Options narrow a run.
type Options struct {
	// Match keeps only cases whose name contains it (case ignored).
	Match string
	// OwnOnly is set when layer 0 is the built-in rules under an author's
	// --rules paths: its rules need no case here (the built-in tests cover
	// them) and its warnings are left out; its errors are kept.
	OwnOnly bool
}

// Failed reports whether the run failed: a case failed, or a rule or test
// file has errors. Todo cases and uncovered rules do not fail it.
func (r *Result) Failed() bool {
	return r.Summary.Failed > 0 || r.Diagnostics.HasErrors()
}

// Run loads the rule files of srcs, then runs every case of its test files
// (see Split) against them, without stopping at a failure. Rule and test
// file problems are in the result's Diagnostics; a case whose file has
// errors is still run when the case itself is sound.
func Run(srcs []rule.Source, opt Options) *Result {
	res := &Result{Schema: Schema, Cases: []CaseResult{}, Uncovered: []Uncovered{}}
	ruleSrcs, testSrcs := Split(srcs)
	rs, diags := rule.Load(ruleSrcs)
	res.Diagnostics = append(res.Diagnostics, diags...)
	if diags.HasErrors() {
		res.Diagnostics.Sort()
		res.Stopped = true
		return res
	}
	x := claim.New(rs)
	var all []*Case
	var results []*check.Result
	for _, src := range testSrcs {
		f, ds := Parse(src)
		res.Diagnostics = append(res.Diagnostics, ds...)
		bad := map[int]bool{}
		for i := range f.Tests {
			cds := validate(rs, f, i)
			res.Diagnostics = append(res.Diagnostics, cds...)
			if cds.HasErrors() {
				bad[i] = true
			}
		}
		ran := false
		for i := range f.Tests {
			c := &f.Tests[i]
			if bad[i] || (opt.Match != "" && !strings.Contains(strings.ToLower(c.Name), strings.ToLower(opt.Match))) {
				continue
			}
			cr, out := runCase(x, c)
			ran = true
			res.Cases = append(res.Cases, cr)
			all = append(all, c)
			results = append(results, out)
		}
		if ran {
			res.Summary.Files++
		}
	}
	for _, c := range res.Cases {
		res.Summary.Cases++
		switch c.Status {
		case Pass:
			res.Summary.Passed++
		case Fail:
			res.Summary.Failed++
		case Todo:
			res.Summary.Todo++
		case Fixed:
			res.Summary.Fixed++
		}
	}
	if opt.Match == "" {
		res.Uncovered = coverage(rs, all, results)
	}
	if opt.OwnOnly {
		base := map[string]bool{}
		for _, s := range srcs {
			base[s.Name] = s.Layer == 0
		}
		var us []Uncovered
		for _, u := range res.Uncovered {
			if !base[u.File] {
				us = append(us, u)
			}
		}
		res.Uncovered = append([]Uncovered{}, us...)
		var ds diag.List
		for _, d := range res.Diagnostics {
			if d.Severity == diag.Error || !base[d.File] {
				ds = append(ds, d)
			}
		}
		res.Diagnostics = ds
	}
	res.Diagnostics.Sort()
	return res
}

// runCase reads a case's documents and compares what they give with what
// the case expects.
func runCase(x *claim.Extractor, c *Case) (CaseResult, *check.Result) {
	docs := make([]document.Document, len(c.Docs))
	for i, d := range c.Docs {
		docs[i] = document.Document{ID: docID(d, i), Title: d.Title, Outlet: d.Outlet, Published: d.Published, Text: d.Text,
			Origin: fmt.Sprintf("%s:%d", c.File, c.Line)}
	}
	out := check.Run(x, docs, nil)
	cr := CaseResult{File: c.File, Line: c.Line, Col: c.Col, Name: c.Name, Todo: c.Todo, Claims: []ClaimRow{}}
	for i := range out.Claims {
		cr.Claims = append(cr.Claims, claimRow(&out.Claims[i], docs))
	}
	if c.Claims != nil {
		missed, unexpected := matchClaims(c, docs, out.Claims)
		for _, wi := range missed {
			w := &(*c.Claims)[wi]
			p := w.Loc.Pos()
			pr := Problem{What: "claim", Text: wantClaimText(w), Line: p.Line, Col: p.Col}
			for gi := range out.Claims {
				if g := &out.Claims[gi]; g.Kind == w.Kind && (w.Type == "" || w.Type == g.Type) {
					pr.Near = append(pr.Near, claimText(cr.Claims[gi]))
				}
			}
			cr.Missed = append(cr.Missed, pr)
		}
		for _, gi := range unexpected {
			cr.Unexpected = append(cr.Unexpected, Problem{What: "claim", Text: claimText(cr.Claims[gi])})
		}
	}
	if c.Findings != nil {
		cr.Findings = []FindingRow{}
		for _, f := range out.Report.Findings {
			cr.Findings = append(cr.Findings, findingRow(f))
		}
		missed, unexpected := matchFindings(*c.Findings, out.Report.Findings)
		for _, wi := range missed {
			w := &(*c.Findings)[wi]
			p := w.Loc.Pos()
			pr := Problem{What: "finding", Text: wantFindingText(w), Line: p.Line, Col: p.Col}
			for _, f := range cr.Findings {
				if (w.Rule == "" || w.Rule == f.Rule) && (w.Kind == "" || w.Kind == f.Kind) {
					pr.Near = append(pr.Near, findingText(f))
				}
			}
			cr.Missed = append(cr.Missed, pr)
		}
		for _, gi := range unexpected {
			cr.Unexpected = append(cr.Unexpected, Problem{What: "finding", Text: findingText(cr.Findings[gi])})
		}
	}
	ok := len(cr.Missed) == 0 && len(cr.Unexpected) == 0
	switch {
	case c.Todo != "" && ok:
		cr.Status = Fixed
	case c.Todo != "":
		cr.Status = Todo
	case ok:
		cr.Status = Pass
	default:
		cr.Status = Fail
	}
	return cr, &out
}

// docID is a document's id: as given, or a, b, c … by position.
func docID(d Doc, i int) string {
	if d.ID != "" {
		return d.ID
	}
	if i < 26 {
		return string(rune('a' + i))
	}
	return fmt.Sprintf("d%d", i+1)
}

func claimRow(c *claim.Claim, docs []document.Document) ClaimRow {
	row := ClaimRow{Doc: docs[c.Doc].ID, Type: c.Type, Kind: c.Kind, Value: valueText(c), Words: c.Words,
		Population: c.Population, Vague: c.Vague, Part: c.Part,
		Subject: subjectOf(c), Attributor: c.Attributor, Trace: c.Trace}
	for _, p := range c.Parts {
		row.Parts = append(row.Parts, countText(p.Lo, p.Hi))
	}
	return row
}

func findingRow(f report.Finding) FindingRow {
	row := FindingRow{Rule: f.Rule, Kind: f.Kind, Claim: f.Claim, Relation: f.Relation, Severity: f.Severity, Message: f.Message}
	for _, v := range f.Values {
		row.Values = append(row.Values, v.Text)
	}
	return row
}
