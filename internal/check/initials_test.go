package check_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestInitialsShown: a finding names an actor with the initials its report
// spells out in brackets, so that a reader of a report that writes only
// the initials knows the actor.
func TestInitialsShown(t *testing.T) {
	docs := []document.Document{
		{ID: "a", Published: "2019-03-02", Text: "A bombing killed 24 people in Tarvik on Friday. Police blamed the attack on the Selo Liberation Army (SLA), a guerrilla group."},
		{ID: "b", Published: "2019-03-02", Text: "The Kelvar Front claimed responsibility for the bombing in Tarvik, which killed 24 people on Friday."},
	}
	res := check.Run(extractor(t), docs, nil)
	seen := []string{}
	for _, f := range res.Report.Findings {
		for _, v := range f.Values {
			if v.Actor == "Selo Liberation Army (SLA)" {
				return
			}
			seen = append(seen, v.Actor)
		}
	}
	t.Errorf("no finding names the Selo Liberation Army with its initials; actors %q", seen)
}
