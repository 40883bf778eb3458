package claim_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/document"
)

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
