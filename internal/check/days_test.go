package check_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestEventDays: an event lists the day each report gives it, as the
// comparison read it, whether the days agree or not: from a toll's
// sentence, or from a sentence that tells the attack and counts nothing.
func TestEventDays(t *testing.T) {
	docs := []document.Document{
		{ID: "a", Published: "2019-06-10", Text: "Gunmen attacked the village of Tarvosh on Sunday, killing 35 people, officials said."},
		{ID: "b", Published: "2019-06-10", Text: "Thirty-five people were killed in the village of Tarvosh, officials said.\n\nThe village was stormed by gunmen on Sunday."},
		{ID: "c", Published: "2019-06-11", Text: "Gunmen attacked the village of Tarvosh on Saturday, killing 35 people, officials said."},
	}
	res := check.Run(extractor(t), docs, nil)
	var got []string
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			if f.Kind != "date" {
				continue
			}
			if f.Label != "day of the attack" {
				t.Errorf("fact label %q", f.Label)
			}
			for _, g := range f.Figures {
				got = append(got, g.Doc+"="+g.Text)
			}
		}
	}
	if g := strings.Join(got, " "); g != "a=2019-06-09 b=2019-06-09 c=2019-06-08" {
		t.Errorf("days: %s", g)
	}
}
