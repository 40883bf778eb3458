package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/report"
)

// factOf names the labelled fact a finding is about: the count kind, or
// the kind of dated fact and of responsibility.
func factOf(f report.Finding) string {
	switch f.Kind {
	case "count":
		return f.Claim
	case "responsibility":
		return "responsibility"
	case "date":
		switch f.Claim {
		case "founded":
			return "founded"
		case "killed":
			return "leader-killed"
		}
		return "date"
	}
	return f.Kind
}

// flagged is a pair of documents a finding sets against each other.
type flagged struct {
	key
	relation string
	finding  string // the finding's id
	values   [2]string
}

// flaggedPairs lists, for every finding, each pair of documents on two of
// its sides (a finding may list several figures, one side each), and the
// document itself for a finding within one document.
func flaggedPairs(rep *report.Report) []flagged {
	seen := map[key]bool{}
	var out []flagged
	for _, f := range rep.Findings {
		fact := factOf(f)
		sides := map[string][]string{}
		var order []string
		for _, e := range f.Evidence {
			if _, ok := sides[e.Side]; !ok {
				order = append(order, e.Side)
			}
			if !contains(sides[e.Side], e.Doc) {
				sides[e.Side] = append(sides[e.Side], e.Doc)
			}
		}
		value := map[string]string{}
		for _, v := range f.Values {
			value[v.Side] = v.Text
		}
		add := func(a, b, va, vb string) {
			k := pairKey(a, b, fact)
			if seen[k] {
				return
			}
			seen[k] = true
			out = append(out, flagged{key: k, relation: f.Relation, finding: f.ID, values: [2]string{va, vb}})
		}
		if len(order) == 1 {
			for _, d := range sides[order[0]] {
				add(d, d, value[order[0]], "")
			}
		}
		for i := range order {
			for j := i + 1; j < len(order); j++ {
				for _, a := range sides[order[i]] {
					for _, b := range sides[order[j]] {
						add(a, b, value[order[i]], value[order[j]])
					}
				}
			}
		}
	}
	return out
}

// tally counts one fact kind's labelled pairs and what the engine did with them.
type tally struct {
	positives, found        int // conflict and update pairs; of them flagged
	relationAgrees          int // flagged with the labelled relation
	negatives, falseFlags   int // consistent and different-event pairs; of them flagged
	unlabelled              int // flagged pairs no label speaks of
	byLabel, flaggedByLabel map[string]int
}

// Score compares the engine's findings with the labels.
type Score struct {
	kinds      map[string]*tally
	missed     []Pair
	falseFlags []falseFlag
	unlabelled []flagged
}

type falseFlag struct {
	Pair
	flagged
}

func score(l *Labels, rep *report.Report, present, excluded map[string]bool) *Score {
	s := &Score{kinds: map[string]*tally{}}
	t := func(fact string) *tally {
		if s.kinds[fact] == nil {
			s.kinds[fact] = &tally{byLabel: map[string]int{}, flaggedByLabel: map[string]int{}}
		}
		return s.kinds[fact]
	}
	flags := map[key]flagged{}
	for _, f := range flaggedPairs(rep) {
		flags[f.key] = f
	}
	labelled := map[key]bool{}
	for _, p := range l.Pairs {
		if !present[p.A] || !present[p.B] || excluded[p.Event] || excluded[p.BEvent] {
			continue
		}
		k := pairKey(p.A, p.B, p.Fact)
		labelled[k] = true
		tk := t(p.Fact)
		tk.byLabel[p.Label]++
		f, hit := flags[k]
		if hit {
			tk.flaggedByLabel[p.Label]++
		}
		if flagWorthy(p.Label) {
			tk.positives++
			if hit {
				tk.found++
				if f.relation == report.Update && p.Label == Update || f.relation != report.Update && p.Label == Conflict {
					tk.relationAgrees++
				}
			} else {
				s.missed = append(s.missed, p)
			}
			continue
		}
		tk.negatives++
		if hit {
			tk.falseFlags++
			s.falseFlags = append(s.falseFlags, falseFlag{p, f})
		}
	}
	for _, f := range flaggedPairs(rep) {
		if !labelled[f.key] && present[f.a] && present[f.b] && f.fact != "arithmetic" {
			t(f.fact).unlabelled++
			s.unlabelled = append(s.unlabelled, f)
		}
	}
	return s
}

// totals sums the tallies of the given fact kinds (all when none).
func (s *Score) totals(kinds ...string) tally {
	var sum tally
	for k, t := range s.kinds {
		if len(kinds) > 0 && !contains(kinds, k) {
			continue
		}
		sum.positives += t.positives
		sum.found += t.found
		sum.relationAgrees += t.relationAgrees
		sum.negatives += t.negatives
		sum.falseFlags += t.falseFlags
		sum.unlabelled += t.unlabelled
	}
	return sum
}

func ratio(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

// print writes the figures, and with verbose every miss and false flag.
func (s *Score) print(w io.Writer, verbose bool) {
	var kinds []string
	for k := range s.kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "%-16s %9s %6s %7s %9s %9s %6s %10s\n", "fact", "to flag", "found", "recall", "relation", "not flag", "false", "unlabelled")
	row := func(name string, t tally) {
		fmt.Fprintf(w, "%-16s %9d %6d %7s %9s %9d %6d %10d\n", name, t.positives, t.found, ratio(t.found, t.positives),
			ratio(t.relationAgrees, t.found), t.negatives, t.falseFlags, t.unlabelled)
	}
	for _, k := range kinds {
		row(k, *s.kinds[k])
	}
	all := s.totals()
	row("all", all)
	counts := s.totals("killed", "injured", "detained", "casualties", "attackers", "hospitalised")
	fmt.Fprintf(w, "\npair recall %s (%d of %d conflict and update pairs flagged)\n", ratio(all.found, all.positives), all.found, all.positives)
	fmt.Fprintf(w, "false pairs %s (%d of %d consistent and different-event pairs flagged); %d flagged pairs unlabelled\n",
		ratio(all.falseFlags, all.negatives), all.falseFlags, all.negatives, all.unlabelled)
	fmt.Fprintf(w, "counts: recall %s, false pairs %s; dates, facts and responsibility: recall %s\n",
		ratio(counts.found, counts.positives), ratio(counts.falseFlags, counts.negatives),
		ratio(s.totals("date", "founded", "leader-killed", "responsibility").found, s.totals("date", "founded", "leader-killed", "responsibility").positives))
	if !verbose {
		return
	}
	fmt.Fprintln(w, "\nmissed:")
	for _, p := range s.missed {
		fmt.Fprintf(w, "  %-9s %-14s %s %q / %s %q  (%s)\n", p.Label, p.Fact, p.A, p.AValue, p.B, p.BValue, oneLine(p.Why))
	}
	fmt.Fprintln(w, "\nflagged, labelled consistent or different events:")
	for _, f := range s.falseFlags {
		fmt.Fprintf(w, "  %-9s %-14s %s %q / %s %q  engine: %s %s vs %s\n", f.Label, f.Pair.Fact, f.A, f.AValue, f.B, f.BValue, f.relation, f.values[0], f.values[1])
	}
	fmt.Fprintln(w, "\nflagged, not labelled:")
	for _, f := range s.unlabelled {
		fmt.Fprintf(w, "  %-14s %s / %s  engine: %s %s vs %s\n", f.fact, f.a, f.b, f.relation, f.values[0], f.values[1])
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
