package when

import (
	"strings"
	"testing"
)

func TestRealLexiconValidates(t *testing.T) {
	testMatcher(t)
	if p := lex.Validate(); len(p) != 0 {
		t.Fatalf("rules/lexicon/dates.yaml has problems:\n%s", strings.Join(p, "\n"))
	}
}

func TestValidateFindsProblems(t *testing.T) {
	l := &Lexicon{
		Months:            map[string]int{"january": 1, "Feb": 2, "smarch": 13},
		Weekdays:          map[string]int{"sunday": 0, "funday": 9},
		Holidays:          map[string]string{"christmas": "12-25", "leap day": "02-30"},
		Seasons:           map[string]string{"summer": "6-8"},
		Relative:          map[string]string{"last year": "year-1", "last fortnight": "fortnight-1", "soon": "year~2"},
		Shifts:            map[string]string{"last": "last", "previous": "before"},
		Units:             map[string]string{"years": "year", "eons": "eon"},
		Numbers:           map[string]int{"five": 5, "zero": 0},
		Ranges:            map[string][]string{"between": nil},
		CapitalizedMonths: []string{"may"},
		Anchored:          []string{"that year", "2015"},
	}
	got := strings.Join(l.Validate(), "\n")
	for _, want := range []string{
		`months: "Feb" must be lowercase`,
		`months: "smarch": 13 is not a month (1..12)`,
		`months: no name for month 3`,
		`weekdays: "funday": 9 is not a weekday`,
		`weekdays: no name for weekday 1`,
		`holidays: "leap day": "02-30" is not MM-DD`,
		`seasons: "summer": "6-8" is not MM-MM`,
		`relative: "last fortnight": "fortnight-1" is not a code`,
		`relative: "soon": "year~2" is not a code`,
		`shifts: "previous": "before" is not one of`,
		`units: "eons": "eon" is not one of`,
		`numbers: "zero": 0 is not in 1..1000`,
		`ranges: "between" has no joining words`,
		`capitalized_months: "may" is not in months`,
		`anchored: "2015" has no words`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Validate did not report %s; got:\n%s", want, got)
		}
	}
	if strings.Contains(got, `"christmas"`) || strings.Contains(got, `"last year"`) {
		t.Errorf("Validate reported a good entry:\n%s", got)
	}
}

func TestCompileNilLexiconStillReadsNumbers(t *testing.T) {
	m := Compile(nil)
	got := m.Scan("The group was formed in 2014 and active through the 1990s.", mustDay(t, "2024-05-05"), true)
	if len(got) != 2 || got[0].Text != "2014" || got[1].Text != "1990s" {
		t.Fatalf("got:\n%s", traces(got))
	}
}

func TestPhraseWords(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"new year’s eve", "new year eve"},
		{"new year's eve", "new year eve"},
		{"sept.", "sept"},
		{"this past", "this past"},
		{"Éte", "éte"},
		{"2015", ""},
		{"...", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(phraseWords(tc.in), " "); got != tc.want {
			t.Errorf("phraseWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
