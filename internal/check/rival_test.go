package check_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestRivalBesideRevisedToll: a report's revised toll is its last word,
// but another source's higher toll told beside it is a rival figure of
// the same report; a lower one told as what came before is not.
func TestRivalBesideRevisedToll(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the values of a finding, or none
	}{
		{"a higher toll from another source", "The death toll from an attack on a church in Tarvik has climbed to 34, according to local leaders. A radio station cited security sources in stating that 43 people were killed.", []string{"34", "43"}},
		{"the toll before it rose", "The death toll from the attacks in Tarvik has risen to 130, the governor announced on Tuesday. The governor had earlier on Friday announced that 66 people were killed.", nil},
	}
	x := extractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := check.Run(x, []document.Document{{ID: "a", Published: "2025-07-28", Text: tt.text}}, nil)
			var got []string
			for _, f := range res.Report.Findings {
				for _, v := range f.Values {
					got = append(got, v.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings' values %q, want %q", got, tt.want)
			}
		})
	}
}
