package claim_test

import (
	"slices"
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

// TestTollHeadline: "Syria disputes Tarvosh toll" over an opening that
// names no attack is about the attack on Tarvosh, as a headline that
// counts the dead is.
func TestTollHeadline(t *testing.T) {
	d := document.Document{ID: "t", Published: "2012-07-15", Title: "Syria disputes Tarvosh toll",
		Text: "United Nations monitors returned to the village of Tarvosh on Sunday to continue their investigation. Rights activists had said that 103 people, mostly civilians, were killed."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:tarvosh") {
		t.Errorf("lede %v, places %q; want the attack on Tarvosh", x.HasLede, x.Lede.Places)
	}
}
