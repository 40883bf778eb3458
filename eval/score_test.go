package main

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/report"
)

func TestFlaggedPairs(t *testing.T) {
	rep := &report.Report{Findings: []report.Finding{
		{ID: "f1", Kind: "count", Claim: "killed", Relation: report.Update,
			Values:   []report.Value{{Side: "a", Text: "19"}, {Side: "b", Text: "22"}, {Side: "c", Text: "25"}},
			Evidence: []report.Evidence{{Side: "a", Doc: "x"}, {Side: "a", Doc: "y"}, {Side: "b", Doc: "z"}, {Side: "c", Doc: "x"}}},
		{ID: "f2", Kind: "date", Claim: "killed", Evidence: []report.Evidence{{Side: "a", Doc: "p"}}},
	}}
	var got []string
	for _, f := range flaggedPairs(rep) {
		got = append(got, f.a+"/"+f.b+"/"+f.fact)
	}
	// x gives 19 on side a and 25 on side c: two pairs with z, one per value.
	want := "x/z/killed y/z/killed x/x/killed x/y/killed x/z/killed p/p/leader-killed"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
}

func TestScore(t *testing.T) {
	l := &Labels{Pairs: []Pair{
		{A: "x", B: "z", Fact: "killed", Label: Update},
		{A: "y", B: "z", Fact: "killed", Label: Consistent},
		{A: "x", B: "w", Fact: "killed", Label: Conflict},
		{A: "x", B: "q", Fact: "killed", Label: Conflict}, // q's text is absent
	}}
	rep := &report.Report{Findings: []report.Finding{{ID: "f1", Kind: "count", Claim: "killed", Relation: report.Update,
		Evidence: []report.Evidence{{Side: "a", Doc: "x"}, {Side: "a", Doc: "y"}, {Side: "b", Doc: "z"}, {Side: "b", Doc: "v"}}}}}
	present := map[string]bool{"x": true, "y": true, "z": true, "w": true, "v": true}
	s := score(l, rep, present, nil)
	k := s.kinds["killed"]
	if k.positives != 2 || k.found != 1 || k.relationAgrees != 1 || k.negatives != 1 || k.falseFlags != 1 || k.unlabelled != 2 {
		t.Errorf("tally %+v", *k)
	}
	if len(s.missed) != 1 || s.missed[0].B != "w" {
		t.Errorf("missed %+v", s.missed)
	}
}

func TestValidate(t *testing.T) {
	m := &Manifest{Documents: []Source{{ID: "a", Event: "e"}, {ID: "b", Event: "e"}, {ID: "c", Event: "e"}}}
	l := &Labels{
		Events: []LabelledEvent{{ID: "e"}},
		Facts:  []Fact{{Doc: "a", Event: "e", Fact: "killed"}, {Doc: "b", Event: "e", Fact: "killed"}, {Doc: "c", Event: "e", Fact: "killed"}},
		Pairs:  []Pair{{A: "a", B: "b", Fact: "killed", Label: Conflict}, {A: "c", B: "a", Fact: "killed", Label: "maybe"}},
	}
	got := strings.Join(validate(m, l), "\n")
	for _, want := range []string{`unknown label "maybe"`, "b / c (e, killed) not labelled"} {
		if !strings.Contains(got, want) {
			t.Errorf("validate: %s\nmissing %q", got, want)
		}
	}
	if strings.Contains(got, "a / c") {
		t.Errorf("a pair labelled in the other order is labelled: %s", got)
	}
}

func TestCut(t *testing.T) {
	s := Source{First: "The toll", Last: "said.", Chars: len("The toll rose, police said. Then police said.")}
	ex := "Menu Home The toll rose, police said. Then police said. Share this"
	got, ok := cut(s, ex)
	if !ok || got != "The toll rose, police said. Then police said." {
		t.Errorf("cut = %q, %v", got, ok)
	}
}

func i64(n int64) *int64 { return &n }

// TestScoreByValue: one report recalls an older attack beside its own, and
// the two pairs of the same documents are labelled apart; the flagged
// figures decide which label they meet.
func TestScoreByValue(t *testing.T) {
	l := &Labels{Pairs: []Pair{
		{A: "old", B: "new", Fact: "killed", AValue: "at least 15", BValue: "13", Label: Conflict},
		{A: "old", B: "new", Fact: "killed", AValue: "at least 15", BValue: "4", Label: DifferentEvents},
	}}
	rep := &report.Report{Findings: []report.Finding{{ID: "f", Kind: "count", Claim: "killed", Relation: report.Contradiction,
		Values:   []report.Value{{Side: "a", Text: "15+", Lo: i64(15)}, {Side: "b", Text: "13", Lo: i64(13), Hi: i64(13)}},
		Evidence: []report.Evidence{{Side: "a", Doc: "old"}, {Side: "b", Doc: "new"}}}}}
	s := score(l, rep, map[string]bool{"old": true, "new": true}, nil)
	if k := s.kinds["killed"]; k.found != 1 || k.falseFlags != 0 {
		t.Errorf("tally %+v", *k)
	}
}

func TestLabelInterval(t *testing.T) {
	for _, tt := range []struct {
		in     string
		lo, hi int64
	}{
		{"35", 35, 35}, {"at least 35", 35, math.MaxInt64}, {"more than 90", 91, math.MaxInt64},
		{"about 40", 36, 44}, {"24-30", 24, 30}, {"nearly 50", 42, 49}, {"dozens", 24, 199},
	} {
		lo, hi, ok := labelInterval(tt.in)
		if !ok || lo != tt.lo || hi != tt.hi {
			t.Errorf("%q: %d..%d %v, want %d..%d", tt.in, lo, hi, ok, tt.lo, tt.hi)
		}
	}
}

func TestLabelDates(t *testing.T) {
	for _, tt := range []struct{ in, lo, hi string }{
		{"2007", "2007-01-01", "2007-12-31"}, {"2007-12", "2007-12-01", "2007-12-31"},
		{"Friday=2022-10-26", "2022-10-26", "2022-10-26"}, {"2002/2004", "2002-01-01", "2004-12-31"},
	} {
		lo, hi, ok := labelDates(tt.in)
		if !ok || lo != tt.lo || hi != tt.hi {
			t.Errorf("%q: %s..%s %v", tt.in, lo, hi, ok)
		}
	}
	v := report.Value{From: "2002-01-01", To: "2002-12-31"}
	if valueMatch("2002/2004", v) != 1 || valueMatch("2007-12", v) != 0 {
		t.Error("valueMatch on dates")
	}
}

// TestValueMatchActors: a labelled actor meets an engine reading that
// holds its words, or one its brackets list.
func TestValueMatchActors(t *testing.T) {
	for _, tt := range []struct {
		label, actor, stance string
		want                 int
	}{
		{"claimed:Islamic State-Khorasan", "Islamic State Khorasan Province", "claimed", 1},
		{"blamed:foreign states (Gulf countries, US, Israel; per IRGC)", "neighboring gulf countries", "blamed", 1},
		{"blamed:foreign states (Gulf countries; per IRGC)", "IRGC", "blamed", 0},
		{"claimed:Islamic State", "Taliban", "claimed", 0},
		{"denied:Taliban", "Taliban", "claimed", 0},
		{"blamed:IRPT (Interior Ministry)", "banned Islamist party / Islamic Renaissance Party of Tajikistan", "blamed", 1},
		{"blamed:IRPT (Interior Ministry)", "Islamic Renaissance Party", "blamed", 1},
		{"claimed:IS", "Islamic Renaissance Party", "claimed", 0},
		// Names joined by a slash are one actor's.
		{"blamed:Kelvar Corp/Kelco (the Front)", "Kelvar Corp", "blamed", 1},
		{`blamed:rebels/"terrorists" (the government)`, "terrorists", "blamed", 1},
		{"blamed:Kelvar Corp/Kelco (the Front)", "Selo Front", "blamed", 0},
		// An alias the rules list is the actor the engine names.
		{"claimed:Pakistani Taliban", "Tehrik-e-Taliban Pakistan", "claimed", 1},
		{"claimed:Pakistani Taliban", "Islamic State", "claimed", 0},
		// Initials written in mixed case stand for the name's capitals.
		{"blamed:HuJI (police)", "Harkut-ul-Jehadi Islami", "blamed", 1},
		{"blamed:JeM (police)", "Jaish-e-Mohammed", "blamed", 1},
		{"blamed:HuJI (police)", "Jaish-e-Mohammed", "blamed", 0},
		// One state's side, however each names it.
		{"blamed:Syrian government forces (activists)", "government forces", "carried-out", 1},
		{"denied:Syrian government forces", "Syria", "denied", 1},
		{"denied:Syrian government forces", "Syrian government", "denied", 1},
		{"claimed:Turkish intelligence (the president)", "Turkish forces", "carried-out", 1},
		{"blamed:Cameroonian army (a bishop)", "Cameroon government military forces", "carried-out", 1},
		{"blamed:Syrian government forces", "Turkish forces", "carried-out", 0},
		{"claimed:Holy Warriors of Egypt", "Egypt", "claimed", 0},
		{"blamed:Syrian opposition", "government forces", "blamed", 0},
	} {
		if got := valueMatch(tt.label, report.Value{Actor: tt.actor, Stance: tt.stance}); got != tt.want {
			t.Errorf("valueMatch(%q, %q) = %d, want %d", tt.label, tt.actor, got, tt.want)
		}
	}
}

// TestScoreResponsibilitySides: one finding sets a report's claim and its
// denial against another report's blame; each labelled pair whose two
// values stand on the two sides is met, and a pair of two claims on one
// side is not.
func TestScoreResponsibilitySides(t *testing.T) {
	l := &Labels{Pairs: []Pair{
		{A: "x", B: "y", Fact: "responsibility", AValue: "claimed:Sulu Front", BValue: "blamed:Kelvat Party (police)", Label: Conflict},
		{A: "x", B: "y", Fact: "responsibility", AValue: "denied:Kelvat Party", BValue: "blamed:Kelvat Party (police)", Label: Conflict},
		{A: "x", B: "y", Fact: "responsibility", AValue: "claimed:Sulu Front", BValue: "claimed:Sulu Front", Label: Consistent},
	}}
	rep := &report.Report{Findings: []report.Finding{{ID: "f", Kind: "responsibility", Relation: report.Contradiction,
		Values: []report.Value{{Side: "a", Text: "Sulu Front / not Kelvat Party (claimed)", Actor: "Sulu Front", Stance: "claimed"},
			{Side: "b", Text: "Kelvat Party (blamed per police)", Actor: "Kelvat Party", Stance: "blamed"}},
		Evidence: []report.Evidence{{Side: "a", Doc: "x", Value: "Sulu Front (claimed)"}, {Side: "a", Doc: "x", Value: "not Kelvat Party (denied)"},
			{Side: "b", Doc: "y", Value: "Kelvat Party (blamed, per police)"}}}}}
	s := score(l, rep, map[string]bool{"x": true, "y": true}, nil)
	if k := s.kinds["responsibility"]; k.found != 2 || k.falseFlags != 0 {
		t.Errorf("tally %+v", *k)
	}
}
