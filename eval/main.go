// Command eval measures crosscheck on real news reports: excerpts of
// published articles listed in manifest.yaml, and the pairs of statements a
// fact-checker labelled in labels.yaml before the engine was run on them.
// The excerpts are third-party text and stay out of git (eval/text/);
// README.md says how to rebuild them.
//
//	go run ./eval              score the engine (make eval)
//	go run ./eval -v           and list every miss and false flag
//	go run ./eval verify       check the texts against the manifest
//	go run ./eval labels       check the labels, without running the engine
//	go run ./eval queries      the searches that find the texts again
//	go run ./eval import F...  cut the texts out of saved search answers
//	go run ./eval explain FACT DOC...  each claim of a fact, its event and why
//	go run ./eval why          what went wrong with each missed count pair
//	go run ./eval splits       why reports of one labelled event are apart
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/finding"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

func main() {
	dir := flag.String("dir", "eval", "the folder of manifest.yaml and labels.yaml")
	text := flag.String("text", "", "the folder of the excerpts (default DIR/text)")
	verbose := flag.Bool("v", false, "list every miss, false flag and unlabelled flag")
	flag.Parse()
	if *text == "" {
		*text = filepath.Join(*dir, "text")
	}
	m, l, err := loadSet(*dir)
	if err != nil {
		fail(err)
	}
	switch flag.Arg(0) {
	case "verify":
		os.Exit(verifyTexts(m, *text))
	case "queries":
		printQueries(m)
		return
	case "import":
		os.Exit(importAnswers(m, *text, flag.Args()[1:]))
	case "labels":
		// Check the labels without running the engine: a labeller's step.
		if problems := validate(m, l); len(problems) > 0 {
			for _, p := range problems {
				fmt.Fprintln(os.Stderr, "labels:", p)
			}
			os.Exit(2)
		}
		fmt.Printf("%d documents, %d events, %d facts, %d pairs: labels consistent with the manifest\n", len(m.Documents), len(l.Events), len(l.Facts), len(l.Pairs))
		return
	case "", "explain", "why", "clusters", "pops", "splits":
	default:
		fail(fmt.Errorf("unknown command %q", flag.Arg(0)))
	}
	if problems := validate(m, l); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "labels:", p)
		}
		os.Exit(2)
	}
	docs, present := loadTexts(m, *text)
	excluded := map[string]bool{}
	for _, x := range l.Exclude {
		excluded[x.Event] = true
	}
	counted := map[string]bool{} // documents whose pairs count
	for _, s := range m.Documents {
		counted[s.ID] = present[s.ID] && !excluded[s.Event]
	}
	if len(docs) == 0 {
		fmt.Printf("eval: no excerpt texts in %s; skipped (eval/README.md says how to rebuild them)\n", *text)
		return
	}
	x, err := engine()
	if err != nil {
		fail(err)
	}
	res := check.Run(x, docs, nil)
	if flag.Arg(0) == "pops" {
		for _, c := range res.Claims {
			if c.Population != "" {
				fmt.Printf("%s\t%s\t%q\t%v\n", c.Kind, c.Population, c.Words, c.Trace)
			}
		}
		return
	}
	if flag.Arg(0) == "clusters" {
		clusters(res, m)
		return
	}
	if flag.Arg(0) == "splits" {
		splits(x, res, docs, m, *verbose)
		return
	}
	if flag.Arg(0) == "explain" {
		// explain FACT DOC...
		if flag.NArg() < 3 {
			fail(fmt.Errorf("explain needs a fact and at least one document: explain killed DOC..."))
		}
		explain(res, docs, flag.Args()[2:], flag.Arg(1))
		return
	}
	fmt.Printf("%d of %d excerpts present, %d findings\n\n", len(docs), len(m.Documents), len(res.Report.Findings))
	sc := score(l, &res.Report, counted, excluded)
	if flag.Arg(0) == "why" {
		whyMissed(res, sc)
		return
	}
	sc.print(os.Stdout, *verbose)
}

// loadTexts reads the excerpts that are present, as documents.
func loadTexts(m *Manifest, dir string) ([]document.Document, map[string]bool) {
	var docs []document.Document
	present := map[string]bool{}
	for _, s := range m.Documents {
		b, err := os.ReadFile(filepath.Join(dir, s.ID+".txt"))
		if err != nil {
			continue
		}
		present[s.ID] = true
		docs = append(docs, document.Document{
			ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Published: s.Published, Text: string(b),
		})
	}
	return docs, present
}

func engine() (*claim.Extractor, error) {
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		return nil, err
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		return nil, fmt.Errorf("built-in rules: %v", diags)
	}
	return claim.New(rs), nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "eval:", err)
	os.Exit(2)
}

// explain prints, for the documents named, every claim of a fact with the
// event it joined and why, and each event's label: what a miss or a false
// flag needs looked at.
func explain(res check.Result, docs []document.Document, ids []string, fact string) {
	want := map[int]bool{}
	for i, d := range docs {
		if contains(ids, d.ID) {
			want[i] = true
		}
	}
	evOf := map[string]string{}
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			for _, g := range f.Figures {
				evOf[g.Claim] = e.ID + " " + e.Label
			}
		}
	}
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			if fact != "" && f.Claim != fact && !(fact == "responsibility" && f.Kind == "responsibility") {
				continue
			}
			for _, g := range f.Figures {
				if !contains(ids, g.Doc) {
					continue
				}
				cur := " "
				if g.Current {
					cur = "*"
				}
				fmt.Printf("%s %-40s %-10s %-12s %q\n     %s | %s\n", cur, g.Doc, g.Published, g.Text, g.Words, e.ID+" "+e.Label, g.Why)
			}
		}
	}
	for _, c := range res.Claims {
		if !want[c.Doc] || (fact != "" && c.Kind != fact) {
			continue
		}
		id := docs[c.Doc].ID
		if _, ok := evOf[finding.ClaimID(id, &c)]; !ok {
			fmt.Printf("  %-40s %s/%s %q (no event) %v\n", id, c.Type, c.Kind, c.Words, c.Trace)
		}
	}
}

// whyMissed sorts the missed count pairs by what went wrong: a figure not
// read, the two figures in different events, a figure read but not taken
// as the report's own, or both in one event and judged compatible.
func whyMissed(res check.Result, s *Score) {
	type fig struct {
		event   string
		current bool
		lo, hi  int64
	}
	figs := map[string][]fig{} // doc|fact → figures
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			for _, g := range f.Figures {
				if g.Lo == nil {
					continue
				}
				hi := int64(math.MaxInt64)
				if g.Hi != nil {
					hi = *g.Hi
				}
				figs[g.Doc+"|"+f.Claim] = append(figs[g.Doc+"|"+f.Claim], fig{e.ID, g.Current, *g.Lo, hi})
			}
		}
	}
	find := func(doc, fact, value string) []fig {
		lo, hi, ok := labelInterval(value)
		var out []fig
		for _, f := range figs[doc+"|"+fact] {
			if ok && f.lo <= hi && lo <= f.hi {
				out = append(out, f)
			}
		}
		return out
	}
	count := map[string]int{}
	var unreadFigs []string
	// The reports a finding sets against each other: a pair of them
	// counts once, for the labelled pair whose values it gives.
	flaggedDocs := map[key]bool{}
	for _, f := range flaggedPairs(&res.Report) {
		flaggedDocs[f.key] = true
	}
	for _, p := range s.missed {
		if p.Fact == "responsibility" || p.Fact == "date" || p.Fact == "founded" || p.Fact == "leader-killed" {
			continue
		}
		fa, fb := find(p.A, p.Fact, p.AValue), find(p.B, p.Fact, p.BValue)
		why := "both read, one event, judged compatible"
		switch {
		case flaggedDocs[pairKey(p.A, p.B, p.Fact)]:
			why = "the two reports flagged for another labelled pair of theirs"
		case len(fa) == 0 || len(fb) == 0:
			why = "a figure not read"
			for _, u := range [][2]string{{p.A, p.AValue}, {p.B, p.BValue}} {
				if len(find(u[0], p.Fact, u[1])) == 0 {
					unreadFigs = append(unreadFigs, fmt.Sprintf("%s %s %q", u[0], p.Fact, u[1]))
				}
			}
		default:
			same, cur := false, false
			for _, x := range fa {
				for _, y := range fb {
					if x.event == y.event {
						same = true
						cur = cur || x.current && y.current
					}
				}
			}
			switch {
			case !same:
				why = "in different events"
			case !cur:
				why = "not the report's own figure"
			}
		}
		count[why]++
		fmt.Printf("%-40s %-9s %-9s %s %q / %s %q\n", why, p.Label, p.Fact, p.A, p.AValue, p.B, p.BValue)
	}
	fmt.Println(count)
	// Each figure not read once, however many pairs it is in.
	slices.Sort(unreadFigs)
	unreadFigs = slices.Compact(unreadFigs)
	fmt.Printf("count figures not read (%d):\n", len(unreadFigs))
	for _, u := range unreadFigs {
		fmt.Println("  " + u)
	}
	whyMissedOther(res, s)
}

// whyMissedOther sorts the missed responsibility and dated-fact pairs the
// same way: a claim not read (or read with another actor or date), the two
// in different events, or both in one event and not set against each other.
func whyMissedOther(res check.Result, s *Score) {
	type fig struct{ event, text string }
	resp := map[string][]fig{} // doc → responsibility figures
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			if f.Kind != "responsibility" {
				continue
			}
			for _, g := range f.Figures {
				resp[g.Doc] = append(resp[g.Doc], fig{e.ID, g.Text})
			}
		}
	}
	eventDays := map[string][]fig{} // doc → the days its sentences give its events (text: the day)
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			if f.Kind != claim.Date {
				continue
			}
			for _, g := range f.Figures {
				eventDays[g.Doc] = append(eventDays[g.Doc], fig{e.ID, g.Text})
			}
		}
	}
	dates := map[string][]claim.Claim{} // doc|kind → dated facts
	for _, c := range res.Claims {
		if c.Type == claim.Date && c.Doc < len(res.Report.Documents) {
			k := res.Report.Documents[c.Doc].ID + "|" + c.Kind
			dates[k] = append(dates[k], c)
		}
	}
	count := map[string]int{}
	unread := map[string]bool{} // "doc value" of responsibility values no claim matched
	for _, p := range s.missed {
		why := ""
		switch p.Fact {
		case "responsibility":
			match := func(doc, value string) []fig {
				stance, full, _ := strings.Cut(value, ":")
				actor, _, _ := strings.Cut(full, " (")
				var out []fig
				for _, f := range resp[doc] {
					name, rest, _ := strings.Cut(f.text, " (")
					// The scorer's own test, so a value it would match is
					// never counted as unread here.
					kind, _, _ := strings.Cut(strings.TrimSuffix(rest, ")"), ",")
					scored := valueMatch(value, report.Value{Actor: name, Stance: kind}) > 0
					if scored || stance == "unclaimed" && strings.HasPrefix(f.text, "no claim") || actor != "" && (containsWords(f.text, actor) || strings.Contains(strings.ToLower(f.text), strings.ToLower(actor)) || initialsMatch(actor, name)) {
						out = append(out, f)
					}
				}
				return out
			}
			fa, fb := match(p.A, p.AValue), match(p.B, p.BValue)
			for _, u := range [][3]string{{p.A, p.AValue, fmt.Sprint(len(fa))}, {p.B, p.BValue, fmt.Sprint(len(fb))}} {
				if u[2] == "0" {
					unread[u[0]+" "+u[1]] = true
				}
			}
			why = "responsibility: both read, one event, not set against each other"
			if len(fa) == 0 || len(fb) == 0 {
				why = "responsibility: a claim not read, or read with another actor"
			} else {
				same := false
				for _, x := range fa {
					for _, y := range fb {
						same = same || x.event == y.event
					}
				}
				if !same {
					why = "responsibility: in different events"
				}
			}
		case "founded", "leader-killed":
			kind := map[string]string{"founded": "founded", "leader-killed": "killed"}[p.Fact]
			read := func(doc, value string) bool {
				lo, hi, ok := labelDates(value)
				for _, c := range dates[doc+"|"+kind] {
					if ok && lo <= c.Date.Hi.String() && c.Date.Lo.String() <= hi {
						return true
					}
				}
				return false
			}
			why = p.Fact + ": both read, not set against each other (another subject, or judged to agree)"
			if !read(p.A, p.AValue) || !read(p.B, p.BValue) {
				why = p.Fact + ": a date not read"
			}
		case "date":
			// The day each report gives its event, where a sentence tells it
			// (the event's "day of the attack" figures).
			days := func(doc, value string) []fig {
				lo, hi, ok := labelDates(value)
				var out []fig
				for _, f := range eventDays[doc] {
					if ok && lo <= f.text && f.text <= hi {
						out = append(out, f)
					}
				}
				return out
			}
			da, db := days(p.A, p.AValue), days(p.B, p.BValue)
			why = "date: a day told beside the attack not read (or only with a count)"
			if len(da) > 0 && len(db) > 0 {
				why = "date: both read, in different events"
				for _, x := range da {
					for _, y := range db {
						if x.event == y.event {
							why = "date: both read, one event, not set against each other"
						}
					}
				}
			}
		default:
			continue
		}
		count[why]++
		fmt.Printf("%-58s %-9s %s %q / %s %q\n", why, p.Label, p.A, p.AValue, p.B, p.BValue)
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%4d  %s\n", count[k], k)
	}
	if len(unread) > 0 {
		fmt.Printf("\nresponsibility values no claim matched (%d):\n", len(unread))
		vals := make([]string, 0, len(unread))
		for v := range unread {
			vals = append(vals, v)
		}
		sort.Strings(vals)
		for _, v := range vals {
			fmt.Println("  " + v)
		}
	}
}

// clusters prints, for each labelled event, the engine event each of its
// reports' own figures joined.
func clusters(res check.Result, m *Manifest) {
	label := map[string]string{}
	for _, e := range res.Report.Events {
		label[e.ID] = e.Label
	}
	own := ownEvents(res) // doc → engine events of its own figures
	by := map[string][]string{}
	var events []string
	for _, s := range m.Documents {
		if _, ok := by[s.Event]; !ok {
			events = append(events, s.Event)
		}
		by[s.Event] = append(by[s.Event], s.ID)
	}
	for _, ev := range events {
		fmt.Println(ev)
		for _, d := range by[ev] {
			var es []string
			for e := range own[d] {
				es = append(es, e+" "+label[e])
			}
			sort.Strings(es)
			fmt.Printf("  %-45s %s\n", d, strings.Join(es, " | "))
		}
	}
}
