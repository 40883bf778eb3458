package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

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
		case "event-date":
			return "date"
		}
		return f.Claim // another milestone: renamed, insurgency …
	}
	return f.Kind
}

// flagged is a pair of documents a finding sets against each other, with
// the value each gives.
type flagged struct {
	key
	relation string
	finding  string          // the finding's id
	values   [2]report.Value // for key.a and key.b
	// alts are the values of each document's own claims on its side, for
	// a responsibility side that gathers several actors and stances.
	alts [][2]report.Value
}

// flaggedPairs lists, for every finding, each pair of documents on two
// sides it sets against each other (its pairs, or else every two sides),
// and the document itself for a finding within one document.
func flaggedPairs(rep *report.Report) []flagged {
	type seenKey struct {
		key
		va, vb string
	}
	seen := map[seenKey]bool{}
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
		value := map[string]report.Value{}
		for _, v := range f.Values {
			value[v.Side] = v
		}
		// A responsibility side gathers several actors and stances; each
		// document's own claims on it say which of its labelled facts it
		// stands for.
		own := map[[2]string][]report.Value{}
		if f.Kind == "responsibility" {
			for _, e := range f.Evidence {
				if v, ok := evidenceStance(e.Value); ok {
					own[[2]string{e.Side, e.Doc}] = append(own[[2]string{e.Side, e.Doc}], v)
				}
			}
		}
		add := func(a, b string, sa, sb string, relation string) {
			va, vb := value[sa], value[sb]
			k := pairKey(a, b, fact)
			var alts [][2]report.Value
			for _, x := range own[[2]string{sa, a}] {
				for _, y := range own[[2]string{sb, b}] {
					alts = append(alts, [2]report.Value{x, y})
				}
			}
			if k.a != a {
				va, vb = vb, va
				for i := range alts {
					alts[i][0], alts[i][1] = alts[i][1], alts[i][0]
				}
			}
			sk := seenKey{k, va.Text, vb.Text}
			if seen[sk] {
				return
			}
			seen[sk] = true
			out = append(out, flagged{key: k, relation: relation, finding: f.ID, values: [2]report.Value{va, vb}, alts: alts})
		}
		pairs := f.Pairs
		if len(pairs) == 0 {
			for i := range order {
				for j := i + 1; j < len(order); j++ {
					pairs = append(pairs, report.SidePair{A: order[i], B: order[j], Relation: f.Relation})
				}
			}
		}
		if len(order) == 1 {
			for _, d := range sides[order[0]] {
				add(d, d, order[0], "", f.Relation)
			}
		}
		for _, p := range pairs {
			for _, a := range sides[p.A] {
				for _, b := range sides[p.B] {
					add(a, b, p.A, p.B, p.Relation)
				}
			}
		}
	}
	return out
}

// labelFact is the fact a label names as the engine names it: labellers
// wrote "other:abducted" for counts the rules had no kind for, and the
// engine's kind of that name is the same count.
func labelFact(f string) string { return strings.TrimPrefix(f, "other:") }

// evidenceStance reads a responsibility claim as the report shows it in
// its evidence: "Al-Shabaab (claimed)", "not Al-Shabaab (denied, per
// Uhuru Kenyatta)", "no claim (unclaimed, per AP)".
func evidenceStance(s string) (report.Value, bool) {
	i := strings.LastIndex(s, " (")
	if i < 0 || !strings.HasSuffix(s, ")") {
		return report.Value{}, false
	}
	actor := strings.TrimPrefix(s[:i], "not ")
	stance, _, _ := strings.Cut(s[i+2:len(s)-1], ",")
	return report.Value{Text: s, Actor: actor, Stance: stance}, true
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
	// reports counts pairs of reports and a fact, whatever figures they
	// give: found when a finding sets the two against each other on the
	// fact at all. A report that gives two figures has a labelled pair for
	// each; a finding that shows one of them still shows the reader the
	// two reports disagree.
	reports reportPairs
}

// reportPairs are the pairs of reports (and a fact) with a conflict or an
// update labelled between them (pos), those with only consistent or
// different-event labels (neg), and how many of each a finding flags.
type reportPairs struct {
	pos, found, neg, falseFlags int
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
	byKey := map[key][]int{}
	for i, p := range l.Pairs {
		if !present[p.A] || !present[p.B] || excluded[p.Event] || excluded[p.BEvent] {
			continue
		}
		k := pairKey(p.A, p.B, labelFact(p.Fact))
		byKey[k] = append(byKey[k], i)
	}
	// Each flagged pair meets the labelled pair of its documents and fact
	// whose values it gives: one report may recall an older attack beside
	// its own, and the two are labelled apart.
	hit := map[int]flagged{}
	for _, f := range flaggedPairs(rep) {
		cands := byKey[f.key]
		if len(cands) == 0 {
			if present[f.a] && present[f.b] && f.fact != "arithmetic" {
				t(f.fact).unlabelled++
				s.unlabelled = append(s.unlabelled, f)
			}
			continue
		}
		best, bestScore := cands[0], -1
		for _, i := range cands {
			p := &l.Pairs[i]
			va, vb := p.AValue, p.BValue
			if p.A != f.a {
				va, vb = vb, va
			}
			// Values that may be the labelled ones count first; the very
			// interval of a count breaks ties (29 is "29" rather than "at
			// least 7"); a pair another finding met counts less.
			sc := 4*(valueMatch(va, f.values[0])+valueMatch(vb, f.values[1])) + sameCount(va, f.values[0]) + sameCount(vb, f.values[1])
			for _, alt := range f.alts {
				sc = max(sc, 4*(valueMatch(va, alt[0])+valueMatch(vb, alt[1])))
			}
			if _, taken := hit[i]; taken {
				sc -= 4 // another finding's pair already met it
			}
			if sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if _, taken := hit[best]; !taken {
			hit[best] = f
		}
		// A responsibility side gathers several claims of a report: one
		// finding sets each labelled pair of the two reports against each
		// other whose two values stand, as their own claims, on the two
		// sides ("IS claimed" and "not IRPT" against "IRPT blamed").
		if f.fact == "responsibility" {
			for _, i := range cands {
				if _, taken := hit[i]; !taken && bothOnSides(&l.Pairs[i], f) {
					hit[i] = f
				}
			}
		}
	}
	flaggedKeys := map[key]bool{}
	for _, f := range flaggedPairs(rep) {
		flaggedKeys[f.key] = true
	}
	worthy := map[key]bool{}
	for _, p := range l.Pairs {
		if !present[p.A] || !present[p.B] || excluded[p.Event] || excluded[p.BEvent] {
			continue
		}
		k := pairKey(p.A, p.B, labelFact(p.Fact))
		worthy[k] = worthy[k] || flagWorthy(p.Label)
	}
	for k, w := range worthy {
		switch {
		case w:
			s.reports.pos++
			if flaggedKeys[k] {
				s.reports.found++
			}
		default:
			s.reports.neg++
			if flaggedKeys[k] {
				s.reports.falseFlags++
			}
		}
	}
	for i, p := range l.Pairs {
		if !present[p.A] || !present[p.B] || excluded[p.Event] || excluded[p.BEvent] {
			continue
		}
		tk := t(labelFact(p.Fact))
		tk.byLabel[p.Label]++
		f, ok := hit[i]
		if ok {
			tk.flaggedByLabel[p.Label]++
		}
		if flagWorthy(p.Label) {
			tk.positives++
			if ok {
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
		if ok {
			tk.falseFlags++
			s.falseFlags = append(s.falseFlags, falseFlag{p, f})
		}
	}
	return s
}

// bothOnSides reports a labelled pair whose two values are the reports'
// own claims on the two sides of a flagged pair.
func bothOnSides(p *Pair, f flagged) bool {
	va, vb := p.AValue, p.BValue
	if p.A != f.a {
		va, vb = vb, va
	}
	for _, alt := range f.alts {
		if valueMatch(va, alt[0]) == 1 && valueMatch(vb, alt[1]) == 1 {
			return true
		}
	}
	return false
}

// valueMatch says whether a labelled value ("at least 35", "claimed:IS")
// may be the value the engine read: 1 when it may, 0 when it cannot.
func valueMatch(label string, v report.Value) int {
	if v.From != "" {
		lo, hi, ok := labelDates(label)
		if ok && lo <= v.To && v.From <= hi {
			return 1
		}
		return 0
	}
	if v.Lo == nil {
		if v.Actor == "" {
			return 0
		}
		stance, full, _ := strings.Cut(label, ":")
		actor, _, _ := strings.Cut(full, " (")
		// A stance of no one, a denial, and blame or a claim must match.
		same := stance == "unclaimed" && v.Stance == "unclaimed" || stance == "denied" && v.Stance == "denied" ||
			(stance == "claimed" || stance == "blamed") && v.Stance != "denied" && v.Stance != "unclaimed"
		if !same {
			return 0
		}
		// "foreign states (a US ally in the region; per Zarif)" is what a
		// reader of "a US ally" labelled: the words in brackets count too.
		// A short label ("IS") is a word, not letters inside one ("Islamic").
		if stance == "unclaimed" {
			return 1
		}
		// "Blackwater/Xe", "rebels/\"terrorists\"": a label's names
		// joined by a slash are one actor's names, any of them read.
		for _, name := range strings.Split(actor, "/") {
			name = strings.Trim(strings.TrimSpace(name), `"“”`)
			if name == "" {
				continue
			}
			inside := len(name) > 3 && strings.Contains(strings.ToLower(v.Actor), strings.ToLower(name))
			if inside || containsWords(v.Actor, name) || initialsMatch(name, v.Actor) || sameStateSide(name, v.Actor) || sameActor(name, v.Actor) {
				return 1
			}
		}
		// "foreign states (Gulf countries, US, Israel; per IRGC)": an
		// actor the brackets list, as read ("US") or with more words
		// ("neighbouring Gulf countries"), is the labelled one too; who
		// said so ("per IRGC") is not.
		if _, rest, ok := strings.Cut(full, " ("); ok {
			named, _, _ := strings.Cut(strings.TrimSuffix(rest, ")"), ";")
			for _, item := range strings.Split(named, ",") {
				if item = strings.TrimSpace(item); !strings.HasPrefix(item, "per ") && (containsWords(v.Actor, item) || containsWords(item, v.Actor)) {
					return 1
				}
			}
		}
		return 0
	}
	lo, hi, ok := labelInterval(label)
	if !ok {
		return 0
	}
	vhi := int64(math.MaxInt64)
	if v.Hi != nil {
		vhi = *v.Hi
	}
	if lo <= vhi && *v.Lo <= hi {
		return 1
	}
	return 0
}

// sameCount reports 1 when a labelled count is the very interval the
// engine read, else 0.
func sameCount(label string, v report.Value) int {
	if v.Lo == nil || v.From != "" {
		return 0
	}
	lo, hi, ok := labelInterval(label)
	vhi := int64(math.MaxInt64)
	if v.Hi != nil {
		vhi = *v.Hi
	}
	if ok && lo == *v.Lo && hi == vhi {
		return 1
	}
	return 0
}

// labelDates reads a labelled date ("2007", "2007-12", "2007-12-13",
// "Friday=2022-10-26", "2002/2004") as the first and last day it allows,
// as YYYY-MM-DD strings that sort as days do.
func labelDates(v string) (lo, hi string, ok bool) {
	if _, d, found := strings.Cut(v, "="); found {
		v = d
	}
	from, to, found := strings.Cut(v, "/")
	if !found {
		to = from
	}
	lo, ok1 := datePart(strings.TrimSpace(from), "01", "01")
	hi, ok2 := datePart(strings.TrimSpace(to), "12", "31")
	return lo, hi, ok1 && ok2
}

// datePart fills a year or month out to a day with the month and day given.
func datePart(s, month, day string) (string, bool) {
	switch len(s) {
	case 4:
		return s + "-" + month + "-" + day, true
	case 7:
		return s + "-" + day, true // "-31" still sorts after every day of the month
	case 10:
		return s, true
	}
	return "", false
}

// labelInterval reads a labelled count as an interval, as the labeller did.
func labelInterval(v string) (lo, hi int64, ok bool) {
	v = strings.TrimSpace(v)
	num := func(s string) (int64, bool) {
		n, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
		return n, err == nil
	}
	if a, b, found := strings.Cut(v, "-"); found {
		x, ok1 := num(a)
		y, ok2 := num(b)
		return x, y, ok1 && ok2
	}
	for _, form := range []struct {
		prefix string
		lo, hi float64 // multiples of the number; hi < 0: unbounded
		add    int64
	}{
		{"at least ", 1, -1, 0}, {"more than ", 1, -1, 1}, {"about ", 0.9, 1.1, 0}, {"up to ", 0, 1, 0},
		{"nearly ", 0.85, 1, -1}, {"close to ", 0.85, 1, 0}, {"", 1, 1, 0},
	} {
		rest, found := strings.CutPrefix(v, form.prefix)
		if !found {
			continue
		}
		n, good := num(rest)
		if !good {
			continue
		}
		lo = int64(float64(n)*form.lo) + max(form.add, 0)
		hi = math.MaxInt64
		if form.hi >= 0 {
			hi = int64(float64(n)*form.hi+0.999) + min(form.add, 0)
		}
		return lo, hi, true
	}
	switch v {
	case "dozens":
		return 24, 199, true
	case "scores":
		return 40, 999, true
	case "several":
		return 3, 9, true
	}
	return 0, 0, false
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
	fmt.Fprintf(w, "report pairs (two reports and a fact, whatever figures they give): recall %s (%d of %d), false %s (%d of %d)\n",
		ratio(s.reports.found, s.reports.pos), s.reports.found, s.reports.pos, ratio(s.reports.falseFlags, s.reports.neg), s.reports.falseFlags, s.reports.neg)
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
		fmt.Fprintf(w, "  %-9s %-14s %s %q / %s %q  engine: %s %s vs %s\n", f.Label, f.Pair.Fact, f.A, f.AValue, f.B, f.BValue, f.relation, f.values[0].Text, f.values[1].Text)
	}
	fmt.Fprintln(w, "\nflagged, not labelled:")
	for _, f := range s.unlabelled {
		fmt.Fprintf(w, "  %-14s %s / %s  engine: %s %s vs %s\n", f.fact, f.a, f.b, f.relation, f.values[0].Text, f.values[1].Text)
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// initialsMatch reports a labelled actor written as initials ("IRPT")
// that the engine's name spells out ("Islamic Renaissance Party of
// Tajikistan", or "Islamic Renaissance Party" for its first letters) in
// one of the names a side lists ("A / B").
func initialsMatch(label, names string) bool {
	if len(label) < 2 || len(label) > 6 {
		return false
	}
	// "HuJI", "JeM": initials in mixed case are their capitals.
	var caps []rune
	for _, r := range label {
		if unicode.IsUpper(r) {
			caps = append(caps, r)
		} else if !unicode.IsLower(r) {
			return false
		}
	}
	if len(caps) < 2 || len(caps) < len([]rune(label))-2 {
		return false
	}
	label = string(caps)
	for _, name := range strings.Split(names, " / ") {
		var ini []rune
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
			if r := []rune(w)[0]; unicode.IsUpper(r) {
				ini = append(ini, r)
			}
		}
		if len(ini) >= 2 && strings.HasPrefix(label, string(ini)) {
			return true
		}
	}
	return false
}

// containsWords reports whether the words of short stand together in long,
// whole, case and punctuation aside.
func containsWords(long, short string) bool {
	norm := func(s string) string {
		f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		return " " + strings.Join(f, " ") + " "
	}
	n := norm(short)
	return n != "  " && strings.Contains(norm(long), n)
}
