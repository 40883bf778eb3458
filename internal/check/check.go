// Package check runs the whole pipeline: documents → claims → findings →
// report. Every host calls Run, so every host gives the same report.
package check

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/finding"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Result is a report with the claims behind it, for tools that show them.
type Result struct {
	Report report.Report
	Claims []claim.Claim
}

// Extracted is one document as read, with everything the comparison
// needs of it: the document itself (the comparison quotes and diffs its
// passages and reads the words around dates), its claims in the order of
// their words, and what the event stage needs. Claims' Doc is 0: the
// comparison numbers the documents itself. A claims file (internal/claimfile)
// holds one a line, so extraction can run elsewhere.
type Extracted struct {
	Doc     document.Document
	Claims  []claim.Claim
	Lede    claim.Subject
	HasLede bool
	Related [][2]string
	Names   map[string]string
	Venues  []string
	Victims []string
}

// Extract reads every document, on as many cores as the process may use:
// each document is read on its own, and the results are kept in the
// documents' order, so the report is the same on one core or many, and
// documents read in shards on other machines give the same claims.
func Extract(x *claim.Extractor, docs []document.Document) []Extracted {
	out := make([]Extracted, len(docs))
	one := func(k int) {
		xd := x.Extract(0, &docs[k])
		cs := xd.Claims
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
		out[k] = Extracted{Doc: docs[k], Claims: cs, Lede: xd.Lede, HasLede: xd.HasLede, Related: xd.Related, Names: xd.Names, Venues: xd.Venues, Victims: xd.Victims}
	}
	Parallel(len(docs), one)
	return out
}

// Parallel calls f(0) … f(n-1) on as many cores as the process may use,
// each index once; callers keep results by index, so order never depends
// on the cores.
func Parallel(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// Run checks documents under a compiled rule set: Extract, then Compare.
func Run(x *claim.Extractor, docs []document.Document, diags diag.List) Result {
	return Compare(x.Rules(), Extract(x, docs), diags)
}

// Compare compares documents read by Extract (here, or elsewhere and
// brought back through a claims file) under the rule set they were read
// under. The documents are compared in an order of their own (publication
// date, id, content), so the same documents give the same report whatever
// order they come in; the report lists them as given.
func Compare(rs *rule.Set, read []Extracted, diags diag.List) Result {
	docs := make([]document.Document, len(read))
	for i := range read {
		docs[i] = read[i].Doc
	}
	perm, keys := canonicalOrder(docs)
	sorted := make([]document.Document, len(docs))
	for k, i := range perm {
		sorted[k] = docs[i]
	}
	total := 0
	for i := range read {
		total += len(read[i].Claims)
	}
	all := make([]claim.Claim, 0, total) // claims are large: grow once
	evDocs := make([]event.Doc, len(sorted))
	counts := make([]int, len(docs))
	for k := range sorted {
		d := &sorted[k]
		xd := &read[perm[k]]
		n := len(all)
		all = append(all, xd.Claims...)
		for i := n; i < len(all); i++ {
			all[i].Doc = k
		}
		counts[perm[k]] = len(xd.Claims)
		ed := event.Doc{Key: keys[perm[k]], Lede: xd.Lede, HasLede: xd.HasLede, Related: xd.Related, Names: xd.Names, Venues: xd.Venues, Victims: xd.Victims}
		ed.Published, ed.HasPub = when.ParseDay(d.Published)
		evDocs[k] = ed
	}
	ev := event.Identify(evDocs, all)
	cmp := finding.Compare(rs, sorted, all, ev)
	rep := report.Report{Schema: report.Schema, Documents: make([]report.Document, 0, len(docs)), Events: cmp.Events, Findings: cmp.Findings}
	for i := range docs {
		d := &docs[i]
		rep.Documents = append(rep.Documents, report.Document{
			ID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published, URL: d.URL, Claims: counts[i],
		})
	}
	if rep.Findings == nil {
		rep.Findings = []report.Finding{}
	}
	rep.Diagnostics = append(append(diag.List{}, diags...), cmp.Diagnostics...)
	rep.Summary = report.Summary{
		Documents: len(docs), Claims: len(all), Findings: len(rep.Findings),
		BySeverity: map[string]int{}, ByKind: map[string]int{},
	}
	for _, f := range rep.Findings {
		rep.Summary.BySeverity[f.Severity]++
		rep.Summary.ByKind[f.Kind]++
	}
	// Claims point at the caller's documents, in the caller's order.
	for i := range all {
		all[i].Doc = perm[all[i].Doc]
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].Doc < all[b].Doc })
	return Result{Report: rep, Claims: all}
}

// canonicalOrder returns the indexes of docs sorted by publication day,
// id, and then content, so that order is a property of the documents, and
// each document's key.
func canonicalOrder(docs []document.Document) ([]int, []string) {
	keys := make([]string, len(docs))
	for i := range docs {
		d := &docs[i]
		h := fnv.New64a()
		for _, s := range []string{d.Title, d.Outlet, d.URL, d.Text} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		day := "~"
		if p, ok := when.ParseDay(d.Published); ok {
			day = p.String()
		}
		keys[i] = fmt.Sprintf("%s\x00%s\x00%016x", day, d.ID, h.Sum64())
	}
	perm := make([]int, len(docs))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return keys[perm[a]] < keys[perm[b]] })
	return perm, keys
}

// RuleSources reads every .yaml file of a rule tree.
func RuleSources(fsys fs.FS, root string) ([]rule.Source, error) {
	return rule.Sources(fsys, root)
}
