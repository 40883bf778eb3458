package quantity

import (
	"strings"
	"testing"
)

func TestLexiconFileIsValid(t *testing.T) {
	m := realMatcher(t) // loads with unknown keys rejected
	if probs := realLex.Validate(); len(probs) > 0 {
		t.Errorf("%s: %s", lexiconPath, strings.Join(probs, "; "))
	}
	for _, w := range []string{"one", "nineteen", "twenty", "ninety", "dozen", "million"} {
		if m.lookup(w) == nil {
			t.Errorf("%s lacks %q", lexiconPath, w)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		lex  *Lexicon
		want string // a fragment of the one expected problem
	}{
		{"nil lexicon", nil, "lexicon is missing"},
		{"unknown bound", &Lexicon{Qualifiers: []Qualifier{{Words: "about", Bound: "around"}}}, `unknown bound "around"`},
		{"approx without tolerance", &Lexicon{Qualifiers: []Qualifier{{Words: "about", Bound: BoundApprox}}}, "needs a tolerance"},
		{"near_below tolerance too big", &Lexicon{Qualifiers: []Qualifier{{Words: "almost", Bound: BoundNearBelow, Tolerance: 1.5}}}, "needs a tolerance"},
		{"min with tolerance", &Lexicon{Qualifiers: []Qualifier{{Words: "at least", Bound: BoundMin, Tolerance: 0.1}}}, "takes no tolerance"},
		{"empty qualifier words", &Lexicon{Qualifiers: []Qualifier{{Words: " ", Bound: BoundMin}}}, "words must be"},
		{"hyphenated qualifier", &Lexicon{Qualifiers: []Qualifier{{Words: "140-plus", Bound: BoundMin, After: true}}}, "words must be"},
		{"qualifier twice", &Lexicon{Qualifiers: []Qualifier{{Words: "over", Bound: BoundAbove}, {Words: "Over", Bound: BoundMin}}}, "listed twice"},
		{"vague lo above hi", &Lexicon{Vague: []Vague{{Words: "dozens", Lo: 99, Hi: 24}}}, "lo 99 is above hi 24"},
		{"vague negative", &Lexicon{Vague: []Vague{{Words: "few", Lo: -1, Hi: 3}}}, "must not be negative"},
		{"vague empty words", &Lexicon{Vague: []Vague{{Words: "", Lo: 2, Hi: 3}}}, "words must be"},
		{"hyphenated unit", &Lexicon{Units: map[string]int64{"twenty-one": 21}}, "must be one word"},
		{"unit out of range", &Lexicon{Units: map[string]int64{"score": 20}}, "outside 0..19"},
		{"ten not a multiple of ten", &Lexicon{Tens: map[string]int64{"twentyfive": 25}}, "not a multiple of ten"},
		{"multiplier of one", &Lexicon{Multipliers: map[string]int64{"single": 1}}, "outside 2.."},
		{"word with two values", &Lexicon{Units: map[string]int64{"dozen": 12}, Multipliers: map[string]int64{"dozen": 12}}, "also listed in units"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			probs := tc.lex.Validate()
			if len(probs) != 1 || !strings.Contains(probs[0], tc.want) {
				t.Errorf("Validate() = %q, want one problem containing %q", probs, tc.want)
			}
		})
	}
}

func TestCompileLeavesOutInvalidEntries(t *testing.T) {
	lex := &Lexicon{
		Units: map[string]int64{"one": 1, "forty": 40},
		Qualifiers: []Qualifier{
			{Words: "about", Bound: "roughly"},                // unknown bound
			{Words: "nearly", Bound: BoundNearBelow},          // no tolerance
			{Words: "at least", Bound: BoundMin},              // fine
			{Words: "some", Bound: BoundApprox, Tolerance: 2}, // tolerance out of range
		},
		Vague: []Vague{{Words: "dozens", Lo: 99, Hi: 24}},
	}
	got := Compile(lex).Scan("about 140, nearly 400, at least 22, some 40, forty, dozens")
	var texts []string
	for _, a := range got {
		texts = append(texts, a.Text)
	}
	want := "140|400|at least 22|40"
	if strings.Join(texts, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(texts, "|"), want)
	}
}
