package claim_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/document"
)

// TestBareHeadline: a first line in sentence case with no full stop is the
// headline; the opening is the paragraph below it.
func TestBareHeadline(t *testing.T) {
	d := document.Document{ID: "t", Published: "2012-01-21",
		Text: "Death toll in Tarvik rises to 24\n\nCoordinated bomb attacks and shootouts in Tarvik city have left at least 24 people dead, a witness said on Saturday."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:tarvik") {
		t.Errorf("lede %v %q, want one in Tarvik", x.HasLede, x.Lede.Places)
	}
}

// TestRevisionDay: "authorities on Thursday revised the toll from the
// Easter bombings" dates the revision, not the bombings.
func TestRevisionDay(t *testing.T) {
	d := document.Document{ID: "t", Published: "2019-04-25",
		Text: "TARVIK: Authorities on Thursday revised the toll from the Easter bombings down to 253, saying some bodies had been counted twice."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Subject.HasWhen && c.Subject.When.Lo.String() == "2019-04-25" {
			t.Errorf("%q dated %s, the day of the revision", c.Words, c.Subject.When.Text)
		}
	}
}
