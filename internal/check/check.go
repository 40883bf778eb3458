// Package check runs the whole pipeline: documents → claims → findings →
// report. Every host calls Run, so every host gives the same report.
package check

import (
	"io/fs"
	"path"
	"sort"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/finding"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Result is a report with the claims behind it, for tools that show them.
type Result struct {
	Report report.Report
	Claims []claim.Claim
}

// Run checks documents under a compiled rule set.
func Run(x *claim.Extractor, docs []document.Document, diags diag.List) Result {
	var all []claim.Claim
	rep := report.Report{Schema: report.Schema, Documents: []report.Document{}, Findings: []report.Finding{}}
	for i := range docs {
		d := &docs[i]
		cs := x.Extract(i, d).Claims
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
		all = append(all, cs...)
		rep.Documents = append(rep.Documents, report.Document{
			ID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published, URL: d.URL, Claims: len(cs),
		})
	}
	rep.Findings = finding.Compare(x.Rules(), docs, all)
	if rep.Findings == nil {
		rep.Findings = []report.Finding{}
	}
	rep.Diagnostics = append(diag.List{}, diags...)
	rep.Summary = report.Summary{
		Documents: len(docs), Claims: len(all), Findings: len(rep.Findings),
		BySeverity: map[string]int{}, ByKind: map[string]int{},
	}
	for _, f := range rep.Findings {
		rep.Summary.BySeverity[f.Severity]++
		rep.Summary.ByKind[f.Kind]++
	}
	return Result{Report: rep, Claims: all}
}

// RuleSources reads every .yaml file of a rule tree.
func RuleSources(fsys fs.FS, root string) ([]rule.Source, error) {
	var out []rule.Source
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || (path.Ext(p) != ".yaml" && path.Ext(p) != ".yml") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, rule.Source{Name: p, Data: b})
		return nil
	})
	return out, err
}
