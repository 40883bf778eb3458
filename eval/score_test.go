package main

import (
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
	want := "x/z/killed y/z/killed x/x/killed x/y/killed p/p/leader-killed"
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
