package claim_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
)

// respClaims gives the responsibility claims of one text, by their words.
func respClaims(t *testing.T, published, text string) []claim.Claim {
	t.Helper()
	d := document.Document{ID: "t", Published: published, Text: text}
	var out []claim.Claim
	for _, c := range extractor(t).Extract(0, &d).Claims {
		if c.Type == claim.Responsibility {
			out = append(out, c)
		}
	}
	return out
}

// TestDescribedGroup: a group told only by a description ("the
// Tarvik-led coalition") is who its later bare noun ("the coalition") and
// its own "it" stand for, not a group named before it.
func TestDescribedGroup(t *testing.T) {
	cases := []struct {
		name, text string
		actor      string
		deny       bool
	}{
		{"a day and a place between subject and verb",
			"The Tarvik-led military coalition in Selo on Saturday denied responsibility for an airstrike that left 40 dead.",
			"phrase:tarvik-led military coalition", true},
		{"its own 'it' after a verb of saying, a dateline's city before",
			"KIRANO (Selo News) The Tarvik-led coalition said it had not carried out air strikes on the prison in Marfa.",
			"phrase:tarvik-led coalition", true},
		{"the bare noun, sentences on",
			"The Tarvik-backed coalition has fought the Sulu Front since 2015. On Friday an airstrike hit the prison in Marfa, killing 40. The rebels blamed the coalition for the airstrike.",
			"phrase:tarvik-backed coalition", false},
		{"a verb before the doer's word ends its phrase",
			"The Tarvik-led coalition has fought the rebels since 2015. A centre which helps coordinate coalition airstrikes was hit in Marfa.",
			"", false},
		{"the bare noun inside a phrase ('as a result of the coalition airstrikes')",
			"The Tarvik-led coalition has fought the rebels since 2015. Forty inmates died as a result of the coalition airstrikes on the Marfa prison.",
			"phrase:tarvik-led coalition", false},
	}
	for _, tc := range cases {
		cs := respClaims(t, "2022-01-22", tc.text)
		if tc.actor == "" {
			for _, c := range cs {
				t.Errorf("%s: read %s in %q, want none", tc.name, c.Actor, c.Words)
			}
			continue
		}
		found := false
		for _, c := range cs {
			if c.Actor == tc.actor && c.Deny == tc.deny {
				found = true
			}
		}
		if !found {
			var got []string
			for _, c := range cs {
				got = append(got, c.Actor)
			}
			t.Errorf("%s: want %s (deny %v), got %q", tc.name, tc.actor, tc.deny, got)
		}
	}
}

// TestComesAfterAnotherAttack: "it comes after the group claimed a drone
// attack on the capital" tells of an attack before the report's own.
func TestComesAfterAnotherAttack(t *testing.T) {
	cs := respClaims(t, "2022-01-22",
		"Air strikes killed 70 people at a prison in Marfa on Friday.\n\nThe air campaign comes after the Sulu Front claimed responsibility for a drone attack that struck the capital of Kelvia earlier in the week.")
	for _, c := range cs {
		if c.Kind == "claimed" && !c.Subject.Displaced {
			t.Errorf("%q: not displaced; it tells of another attack", c.Words)
		}
		if c.Kind == "claimed" && c.Words[:4] != "the " {
			t.Errorf("%q: the claim's words open before its clause", c.Words)
		}
	}
	if len(cs) == 0 {
		t.Error("no claim read")
	}
}

// TestInfinitiveIsNoSpeaker: "…, instead seeking to blame X" has no
// speaker in "seeking to"; the blame is read, and no attributor of words
// that only lead to the verb.
func TestInfinitiveIsNoSpeaker(t *testing.T) {
	cs := respClaims(t, "2023-01-16", "The ministry rejected blame for the strike on Marfa, instead seeking to blame Kelvar Front fighters for the attack.")
	found := false
	for _, c := range cs {
		if c.ActorName == "Kelvar Front" && !c.Deny {
			found = true
			if c.Attributor != "" {
				t.Errorf("blame of %s per %q, want no attributor of the infinitive's verb", c.ActorName, c.Attributor)
			}
		}
	}
	if !found {
		t.Errorf("no blame of Kelvar Front read: %+v", cs)
	}
}
