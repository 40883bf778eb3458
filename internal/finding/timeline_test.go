package finding

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

var tolls = rule.CountKind{ID: "killed", Grows: true, Victims: true, Label: "killed"}

// fig is a count as a test writes it: "19", "19+", "12-15", with marks
// "earlier", "revised", "vague", "part" and a population "pop=children".
func fig(doc int, spec string) *claim.Claim {
	c := &claim.Claim{Doc: doc, Type: claim.Count, Kind: "killed"}
	fs := strings.Fields(spec)
	v := fs[0]
	switch {
	case strings.HasSuffix(v, "+"):
		fmt.Sscan(strings.TrimSuffix(v, "+"), &c.Lo)
		c.Hi = quantity.Unbounded
	case strings.Contains(v, "-"):
		fmt.Sscanf(v, "%d-%d", &c.Lo, &c.Hi)
	default:
		fmt.Sscan(v, &c.Lo)
		c.Hi = c.Lo
	}
	for _, m := range fs[1:] {
		switch {
		case m == "earlier":
			c.Earlier = true
		case m == "revised":
			c.Revised = true
		case m == "vague":
			c.Vague = true
		case m == "part":
			c.Part = true
		case strings.HasPrefix(m, "pop="):
			c.Population = strings.TrimPrefix(m, "pop=")
		case strings.HasPrefix(m, "at="):
			fmt.Sscan(strings.TrimPrefix(m, "at="), &c.Start)
		case strings.HasPrefix(m, "sent="):
			fmt.Sscan(strings.TrimPrefix(m, "sent="), &c.Sent)
			c.Subject.EventSent = c.Sent
		case m == "refers": // "the attack left 103 dead": its sentence names no attack
			c.Subject.EventSent = c.Sent - 1
		}
	}
	c.End = c.Start + 2
	return c
}

// timelineBuilder has one document per publication day given.
func timelineBuilder(days ...string) *builder {
	b := &builder{rs: &rule.Set{}}
	for i, d := range days {
		b.docs = append(b.docs, document.Document{ID: fmt.Sprintf("d%d", i), Published: d, Text: strings.Repeat("x", 100)})
		p, ok := when.ParseDay(d)
		b.pub = append(b.pub, pubDay{p, ok})
	}
	return b
}

func TestRelation(t *testing.T) {
	tests := []struct {
		name       string
		dayA, dayB string
		a, b       string
		want       string
	}{
		{"at least 19, then 22 the next day", "2024-01-01", "2024-01-02", "19+", "22", report.Update},
		{"at least 80 and 84 on one day", "2024-01-01", "2024-01-01", "80+", "84", ""},
		{"84, then at least 80", "2024-01-01", "2024-01-02", "84", "80+", ""},
		{"24, then 36", "2024-01-01", "2024-01-02", "24", "36", report.Update},
		{"36, then 24", "2024-01-01", "2024-01-02", "36", "24", report.Contradiction},
		{"103, then revised down to 84", "2024-01-03", "2024-01-05", "103", "84 revised", report.Update},
		{"63 and 57 on one day", "2024-01-01", "2024-01-01", "63", "57", report.Contradiction},
		{"an undated report", "2024-01-01", "", "19+", "22", ""},
		{"13 soldiers and 170 civilians", "2024-01-01", "2024-01-01", "13 pop=soldiers", "170 pop=civilians", ""},
		{"54 worshippers and 56 people", "2024-01-01", "2024-01-01", "54 pop=worshippers", "56", report.Contradiction},
		{"276 girls and more than 300 schoolgirls", "2024-01-01", "2024-01-01", "276 pop=girls", "301+ pop=schoolgirls", report.Contradiction},
		{"at least 8 civilians, then at least 30 civilian deaths", "2024-01-01", "2024-01-02", "8+ pop=civilians", "30+ pop=civilian", report.Update},
		{"11 policemen and 14 policeman deaths on one day", "2024-01-01", "2024-01-01", "11 pop=policemen", "14 pop=policeman", report.Contradiction},
		{"dozens and 107 on one day: a word is loose at its top", "2024-01-01", "2024-01-01", "24-99 vague", "107", ""},
		{"hundreds and 150 on one day", "2024-01-01", "2024-01-01", "200-999 vague", "150", report.Contradiction},
		{"up to 2000 and 150 on one day", "2024-01-01", "2024-01-01", "1-2000", "150", report.Contradiction},
		{"up to 200 and 150 on one day", "2024-01-01", "2024-01-01", "1-200", "150", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := timelineBuilder(tt.dayA, tt.dayB)
			if got := b.relation(tolls, 0, fig(0, tt.a), fig(1, tt.b)); got != tt.want {
				t.Errorf("relation = %q, want %q", got, tt.want)
			}
			if got := b.relation(tolls, 0, fig(1, tt.b), fig(0, tt.a)); got != tt.want {
				t.Errorf("relation, reversed = %q, want %q", got, tt.want)
			}
		})
	}
	// Counts that do not grow (members of a group) conflict whenever they cannot both hold.
	b := timelineBuilder("2024-01-01", "2024-01-05")
	members := rule.CountKind{ID: "members"}
	if got := b.relation(members, 0, fig(0, "1000-3000"), fig(1, "4000-6000")); got != report.Contradiction {
		t.Errorf("sizes: %q", got)
	}
}

func TestCurrent(t *testing.T) {
	tests := []struct {
		name  string
		specs []string // one document
		want  string   // the figures kept, by value
	}{
		{"the report leads with its figure", []string{"35 at=10", "29 at=50"}, "35"},
		{"an earlier figure is not the report's", []string{"29 earlier at=10", "35 at=50"}, "35"},
		{"a revised figure wins", []string{"24 at=10", "36 revised at=50"}, "36"},
		{"vague amounts and parts are not compared", []string{"24-199 vague at=10", "12 part at=20", "40 at=30"}, "40"},
		{"a group counted within everyone is a part", []string{"40 at=10", "12 pop=children at=20"}, "40"},
		{"a group fewer than a vague count of everyone is a part", []string{"40-199 vague at=10", "10 pop=soldiers at=20"}, ""},
		{"a group beyond a vague count of everyone is a figure", []string{"24-99 vague at=10", "120 pop=civilians at=20"}, "120"},
		{"a group counted beyond everyone is another figure for all", []string{"30+ pop=civilians at=10", "21 at=20"}, "30+ 21"},
		{"nothing but an earlier figure: still the figure it gives", []string{"24 earlier at=10", "29 earlier at=50"}, "29"},
		{"two tolls for everyone in two sentences are both the report's", []string{"54 at=10", "57 at=50 sent=3"}, "54 57"},
		{"a figure well below the first is a part of it", []string{"54 at=10", "22 at=50 sent=3"}, "54"},
		{"two figures of one sentence are a breakdown", []string{"100 at=10", "70 at=50 sent=3", "30 at=60 sent=3"}, "100"},
		{"a revised figure is the report's last word", []string{"36 revised at=10", "50 at=50 sent=3"}, "36"},
		{"nearly 200 in the text is the headline's 200", []string{"200 at=10", "180-199 at=50 sent=3"}, "200"},
		{"a word for more than the figure, in a sentence of its own, is another source's toll", []string{"26 at=10", "200-999 vague at=50 sent=3"}, "26 200–999"},
		{"a word for fewer than the figure is a part of it", []string{"50 at=10", "3-9 vague at=50 sent=3"}, "50"},
		{"a word for more in the figure's own sentence is no second toll", []string{"26 at=10", "200-999 vague at=50"}, "26"},
		{"a report whose only figure is a word for one stands by it", []string{"200-999 vague at=10", "24-99 vague pop=children at=30"}, "200–999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := timelineBuilder("2024-01-01")
			var cs []*claim.Claim
			for _, s := range tt.specs {
				cs = append(cs, fig(0, s))
			}
			var got []string
			for _, c := range b.current(tolls, cs, false, nil) {
				got = append(got, countText(c.Lo, c.Hi))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("current = %v, want %q", got, tt.want)
			}
		})
	}
}

// TestCurrentRecalled: of an event a report only recalls, a second figure
// counts only where its own sentence names the attack; "the attack left
// 103 dead" may be about the next attack the report tells of.
func TestCurrentRecalled(t *testing.T) {
	recalled := &event.Event{Docs: []int{0}, Main: []bool{false}}
	own := &event.Event{Docs: []int{0}, Main: []bool{true}}
	for _, tt := range []struct {
		ev    *event.Event
		specs []string
		want  string
	}{
		{recalled, []string{"140+ at=10", "103 at=50 sent=3 refers"}, "140+"},
		{recalled, []string{"80 at=10", "63-69 at=50 sent=3"}, "80 63–69"},
		{own, []string{"140+ at=10", "103 at=50 sent=3 refers"}, "140+ 103"},
	} {
		b := timelineBuilder("2024-01-01")
		var cs []*claim.Claim
		for _, s := range tt.specs {
			cs = append(cs, fig(0, s))
		}
		var got []string
		for _, c := range b.current(tolls, cs, false, tt.ev) {
			got = append(got, countText(c.Lo, c.Hi))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%v, main %v: current = %v, want %q", tt.specs, tt.ev.Main[0], got, tt.want)
		}
	}
}

// TestCurrentContrast: a sentence opening with "However" sets its figure
// against the report's own, however far back that was.
func TestCurrentContrast(t *testing.T) {
	for _, last := range []string{
		"However, the ministry said the toll was unchanged at 50.",
		"A military spokesman, however, reported a higher toll of 50.",
		"A third source put the toll at around 50.",
		"Another police source said the toll was 50.",
	} {
		text := "The toll rose to 85, officials said. Families buried the dead. Schools closed. " + last
		b := &builder{rs: &rule.Set{}, docs: []document.Document{{ID: "a", Published: "2021-05-10", Text: text}}}
		at := func(s string, sent int, lo int64) *claim.Claim {
			i := strings.Index(text, s)
			start := strings.LastIndex(text[:i], ". ") + 2
			if sent == 0 {
				start = 0
			}
			end := strings.Index(text[i:], ".") + i + 1
			return &claim.Claim{Type: claim.Count, Kind: "killed", Lo: lo, Hi: lo, Start: i, End: i + len(s), Sent: sent, SentStart: start, SentEnd: end}
		}
		got := b.current(tolls, []*claim.Claim{at("85", 0, 85), at("50", 3, 50)}, false, nil)
		if len(got) != 2 {
			t.Errorf("%q: current kept %d figures, want both", last, len(got))
		}
	}
}

// TestCountTimeline: one finding per fact, its sides the figures that
// disagree with another, and pairs that say which and how.
func TestCountTimeline(t *testing.T) {
	b := timelineBuilder("2017-10-02", "2017-10-03", "2018-10-01", "2017-10-02")
	chk := rule.Check{ID: "death-toll", Kind: "count", Severity: "high"}
	cs := []*claim.Claim{fig(0, "58"), fig(1, "64"), fig(2, "58"), fig(3, "58+")}
	for i, c := range cs {
		c.SentStart, c.SentEnd, c.Start, c.End = 0, 50, 10+i, 20+i
	}
	b.countTimeline(chk, tolls, "e-1", "shooting in Las Vegas", cs)
	if len(b.out) != 1 {
		t.Fatalf("%d findings", len(b.out))
	}
	f := b.out[0]
	var values, pairs []string
	for _, v := range f.Values {
		values = append(values, v.Side+"="+v.Text)
	}
	for _, p := range f.Pairs {
		pairs = append(pairs, p.A+p.B+":"+p.Relation)
	}
	// 58 then 64 a day later: an update; 64 then 58 again a year later:
	// the lower figure is back, a dispute, shown first. "At least 58" on
	// the first day, then 64: an update. Each side is a figure of one day.
	if f.Relation != report.Contradiction || f.Event != "e-1" || strings.Join(values, " ") != "a=64 b=58 c=58 d=58+" ||
		strings.Join(pairs, " ") != "ab:contradiction ca:update da:update" {
		t.Errorf("relation %s, event %s, values %v, pairs %v", f.Relation, f.Event, values, pairs)
	}
	if f.Severity != "high" || f.ID == "" {
		t.Errorf("severity %s, id %q", f.Severity, f.ID)
	}
}

// TestCompareByEvent: claims are compared within their event only.
func TestCompareByEvent(t *testing.T) {
	rs := &rule.Set{File: rule.File{
		Counts: []rule.CountKind{tolls},
		Checks: []rule.Check{{ID: "death-toll", Kind: "count", Claims: []string{"killed"}, Severity: "high"}},
	}}
	docs := []document.Document{
		{ID: "a", Published: "2023-09-29", Text: strings.Repeat("x", 60)},
		{ID: "b", Published: "2023-09-29", Text: strings.Repeat("x", 60)},
	}
	claims := []claim.Claim{*fig(0, "54 at=1"), *fig(1, "5 at=1"), *fig(0, "4 at=30"), *fig(1, "58 at=30")}
	for i := range claims {
		claims[i].SentStart, claims[i].SentEnd = 0, 50
	}
	// Mastung (54, 58) and Hangu (4, 5): two events the same day.
	ev := &event.Result{
		Events: []event.Event{{ID: "e-mastung", Label: "bombing in Mastung", Claims: []int{0, 3}}, {ID: "e-hangu", Label: "bombing in Hangu", Claims: []int{1, 2}}},
		Of:     []int{0, 1, 1, 0},
		Why:    []string{"", "", "", ""},
	}
	res := Compare(rs, docs, claims, ev)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Event+":"+f.Values[0].Text+"/"+f.Values[1].Text)
	}
	if strings.Join(got, " ") != "e-hangu:4/5 e-mastung:54/58" && strings.Join(got, " ") != "e-mastung:54/58 e-hangu:4/5" {
		t.Errorf("findings %v", got)
	}
	if len(res.Events) != 2 || len(res.Events[0].Facts) != 1 || len(res.Events[0].Facts[0].Figures) != 2 {
		t.Errorf("events %+v", res.Events)
	}
}

// TestManyFigures: past maxWeighedSides figures of one fact, each is set
// against the next only, and a diagnostic says so.
func TestManyFigures(t *testing.T) {
	n := maxWeighedSides + 6
	days := make([]string, n)
	var cs []*claim.Claim
	for i := range days {
		days[i] = "2024-03-23"
		c := fig(i, fmt.Sprint(100+i))
		c.SentStart, c.SentEnd, c.End = 0, 50, 10
		cs = append(cs, c)
	}
	b := timelineBuilder(days...)
	b.countTimeline(rule.Check{ID: "death-toll", Severity: "high"}, tolls, "e-1", "shooting", cs)
	if len(b.out) != 1 || len(b.diags) != 1 || b.diags[0].Code != "many-figures" {
		t.Fatalf("%d findings, diagnostics %v", len(b.out), b.diags)
	}
	if got := len(b.out[0].Pairs); got != n-1 {
		t.Errorf("%d pairs, want %d (each figure against the next)", got, n-1)
	}
}

// TestCurrentSourced: a second toll for everyone well below the first is
// the report's own too when each sentence says who gave it; told plainly,
// it is a part of the first.
func TestCurrentSourced(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       string
	}{
		{"two sources' tolls", "Survivors said more than 400 people died. The government said 85 were killed.", "401+ 85"},
		{"a toll and a part of it", "More than 400 people died in the attack. In the mosque alone, 85 were killed.", "401+"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := timelineBuilder("2024-01-01")
			b.rs = &rule.Set{}
			b.rs.Words.Reporting = []string{"said"}
			b.docs[0].Text = tt.text
			cut := strings.Index(tt.text, ". ") + 1
			first := fig(0, "401+ at=10")
			first.SentStart, first.SentEnd = 0, cut
			second := fig(0, "85 at=60 sent=1")
			second.SentStart, second.SentEnd = cut+1, len(tt.text)
			var got []string
			for _, c := range b.current(tolls, []*claim.Claim{first, second}, false, nil) {
				got = append(got, countText(c.Lo, c.Hi))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("current = %v, want %q", got, tt.want)
			}
		})
	}
}
