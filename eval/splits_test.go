package main

import "testing"

// TestReasonKind: reasons of one kind count together, whatever the
// places, days and numbers they name.
func TestReasonKind(t *testing.T) {
	cases := map[string]string{
		"in Kabul, not Kandahar": "in X, not Y",
		"dated 3 days apart":     "dated D",
		"dated 1994-02-05, 555 days from the other report's days": "dated D, N days from the other report's days",
		"a shooting, not a bombing":                               "a K, not a K'",
		"fits (2.5): same day, in Hangu":                          "fits: joined no group with the other (an order or a third report's doing)",
		"reported more than two weeks apart":                      "reported more than two weeks apart",
	}
	for in, want := range cases {
		if got := reasonKind(in); got != want {
			t.Errorf("reasonKind(%q) = %q, want %q", in, got, want)
		}
	}
}
