package check_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestEvidenceOfOneOpening: two claims of one report that open at the
// same word ("rejected involvement", "rejected involvement and blamed the
// government") say two things; both stand as the side's evidence.
func TestEvidenceOfOneOpening(t *testing.T) {
	docs := []document.Document{
		{ID: "a", Published: "2021-05-09", Text: "A bombing outside a school in Marfa killed 50 people on Saturday. Tarvik's president blamed the Kelvar Front for the attack."},
		{ID: "b", Published: "2021-05-09", Text: "A bombing outside a school in Marfa killed 50 people on Saturday. The Kelvar Front, however, rejected involvement and blamed the Tarvik government for orchestrating the attack."},
	}
	res := check.Run(extractor(t), docs, nil)
	var values []string
	for _, f := range res.Report.Findings {
		if f.Kind != "responsibility" {
			continue
		}
		for _, e := range f.Evidence {
			if e.Doc == "b" {
				values = append(values, e.Value)
			}
		}
	}
	denial, blame := false, false
	for _, v := range values {
		denial = denial || v == "not Kelvar Front (denied)"
		blame = blame || v == "Tarvik government (blamed, per Kelvar Front)"
	}
	if !denial || !blame {
		t.Errorf("report b's evidence %q, want its denial and its blame", values)
	}
}
