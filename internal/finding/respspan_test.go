package finding

import (
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// repoRules loads the repository's rule files.
func repoRules(t *testing.T) *rule.Set {
	t.Helper()
	srcs, err := rule.Sources(os.DirFS("../.."), "rules")
	if err != nil {
		t.Fatal(err)
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		t.Fatalf("rules: %v", diags)
	}
	return rs
}

// TestOneSpanTwoStances: two claims read from one span of a report (a
// headline read as a claim and as a statement of who did it) share one
// passage of evidence; the finding is still made, with its outlets named.
// It once indexed the evidence by the claims and ran past its end.
func TestOneSpanTwoStances(t *testing.T) {
	rs := repoRules(t)
	docs := []document.Document{
		{ID: "a", Outlet: "Paper A", Published: "2018-07-31", Text: "The Sulu Front claims the attack on cyclists."},
		{ID: "b", Outlet: "Paper B", Published: "2018-07-31", Text: "The government blamed the Tarna Army for the attack."},
	}
	resp := func(doc int, kind, actor, name string, start, end int) claim.Claim {
		return claim.Claim{Doc: doc, Type: claim.Responsibility, Kind: kind, Actor: actor, ActorName: name,
			Start: start, End: end, Words: docs[doc].Text[start:end], SentStart: 0, SentEnd: len(docs[doc].Text)}
	}
	claims := []claim.Claim{
		resp(0, "claimed", "name:sulu front", "Sulu Front", 4, 28),
		resp(0, "carried-out", "name:sulu front", "Sulu Front", 4, 35),
		resp(1, "blamed", "name:tarna army", "Tarna Army", 4, 36),
	}
	ev := &event.Result{
		Events: []event.Event{{ID: "e-1", Label: "attack", Docs: []int{0, 1}, Claims: []int{0, 1, 2}, Main: []bool{true, true}}},
		Of:     []int{0, 0, 0},
		Why:    []string{"", "", ""},
	}
	res := Compare(rs, docs, claims, ev)
	found := false
	for _, f := range res.Findings {
		if f.Kind == "responsibility" {
			found = true
			if !strings.Contains(f.Message, "Sulu Front") || !strings.Contains(f.Message, "Tarna Army") {
				t.Errorf("message %q", f.Message)
			}
		}
	}
	if !found {
		t.Errorf("no responsibility finding: %+v", res.Findings)
	}
}

// TestStateSide: a state's machines are its forces, as extraction reads
// them ("Russian fighter aircraft" answer for Russia; "fighter aircraft"
// for a state it does not name); a name with words of its own is a
// group's.
func TestStateSide(t *testing.T) {
	b := &builder{rs: repoRules(t)}
	for _, c := range []struct {
		actor string
		want  bool
	}{
		{"phrase:russian fighter aircraft", true},
		{"phrase:syrian drones", true},
		{"phrase:syrian government forces", true},
		{"phrase:free syrian army", false},
		{"phrase:fighter aircraft", true},
	} {
		if got := b.stateSide(c.actor); got != c.want {
			t.Errorf("stateSide(%q) = %v, want %v", c.actor, got, c.want)
		}
	}
	if st, _ := b.stateOf("phrase:russian fighter aircraft"); st != "actor:russia" {
		t.Errorf("stateOf(russian fighter aircraft) = %q, want actor:russia", st)
	}
	if st, _ := b.stateOf("phrase:fighter aircraft"); st != "" {
		t.Errorf("stateOf(fighter aircraft) = %q, want none", st)
	}
}
