package check_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestEventLabels names events by places as reports write them, and not by
// words that only look like names where capitals open a line: a source
// before a headline's colon, a common word opening a sentence, a word for
// the attack itself.
func TestEventLabels(t *testing.T) {
	tests := []struct {
		name string
		docs []document.Document
		want string
	}{
		{"a headline's source is no dateline", []document.Document{{ID: "a", Published: "2022-08-18",
			Text: "Police: Toll in mosque bombing in Herat rises to 21\n\nA police spokesman in Herat said the toll from a mosque bombing rose to 21 on Thursday."}},
			"bombing in Herat (reported 2022-08-18)"},
		{"a common word opening a sentence is no place", []document.Document{{ID: "a", Published: "2021-10-15",
			Text: "Suicide bombers attacked a mosque in Kandahar on Friday, killing 41 people.\n\nIt was the second attack by a suicide bomber on a mosque in a week."}},
			"bombing in Kandahar (2021-10-15)"},
		{"a place before a site is a place, as written", []document.Document{{ID: "a", Published: "2019-08-04",
			Text: "A gunman opened fire at a store in El Paso on Saturday, killing 22 people, police in El Paso said."}},
			"shooting in El Paso (2019-08-03)"},
		{"an acronym before the attack names a weapon, not a place", []document.Document{{ID: "a", Published: "2021-05-09",
			Text: "Two IED blasts hit a school in Kabul on Saturday, killing 50 people."}},
			"bombing in Kabul (2021-05-08)"},
		{"a language is no place", []document.Document{{ID: "a", Published: "2018-09-23",
			Text: "Speaking in Arabic, a spokesman said gunmen had killed 25 people at a military parade in Ahvaz on Saturday."}},
			"shooting in Ahvaz (2018-09-22)"},
		{"a name and the name it is part of", []document.Document{{ID: "a", Published: "2022-08-21",
			Text: "Gunmen stormed the popular Hayat Hotel in the centre of Mogadishu on Friday, killing 21 people. The Hayat was badly damaged."}},
			"shooting in Hayat Hotel, Mogadishu (2022-08-19)"},
	}
	x := extractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := check.Run(x, tt.docs, nil)
			if len(res.Report.Events) == 0 {
				t.Fatalf("no events")
			}
			if got := res.Report.Events[0].Label; got != tt.want {
				t.Errorf("label %q, want %q", got, tt.want)
			}
		})
	}
}
