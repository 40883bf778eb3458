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

// TestYearsAfter: "Eleven years after 42 people were killed …, a court
// convicted two on Tuesday" dates the 42 eleven years before the court.
func TestYearsAfter(t *testing.T) {
	d := document.Document{ID: "t", Published: "2018-09-05",
		Text: "Eleven years after 42 people were killed in twin blasts that rocked Tarvik, a special court convicted two and acquitted two others in the case on Tuesday."}
	x := extractor(t).Extract(0, &d)
	found := false
	for _, c := range x.Claims {
		if c.Type != "count" || c.Lo != 42 {
			continue
		}
		found = true
		if y, _, _ := c.Subject.When.Lo.YMD(); !c.Subject.HasWhen || y != 2007 {
			t.Errorf("%q dated %q (%v), want about 2007", c.Words, c.Subject.When.Text, c.Subject.When.Lo)
		}
	}
	if !found {
		t.Error("42 not read")
	}
}
