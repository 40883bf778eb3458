package diff

import (
	"reflect"
	"strings"
	"testing"
)

// tokens returns the tokens of s as strings.
func tokens(s string) []string {
	p := newPassage(s)
	out := make([]string, len(p.ends))
	for i := range p.ends {
		out[i] = p.tok(i)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"has between 4,000 and 6,000 members.", []string{"has", " ", "between", " ", "4,000", " ", "and", " ", "6,000", " ", "members", "."}},
		{"the 24,000-strong force", []string{"the", " ", "24,000", "-", "strong", " ", "force"}},
		{"rose 1.5 percent", []string{"rose", " ", "1.5", " ", "percent"}},
		{"the caliphate declaration in 2014.", []string{"the", " ", "caliphate", " ", "declaration", " ", "in", " ", "2014", "."}},
		{"On August 23 2024, four prison employees", []string{"On", " ", "August", " ", "23", " ", "2024", ",", " ", "four", " ", "prison", " ", "employees"}},
		{"launched Operation Euphrates Shield in Aug. 2016.", []string{"launched", " ", "Operation", " ", "Euphrates", " ", "Shield", " ", "in", " ", "Aug.", " ", "2016", "."}},
		{"an apartment in Istanbul on Jan. 16.", []string{"an", " ", "apartment", " ", "in", " ", "Istanbul", " ", "on", " ", "Jan.", " ", "16", "."}},
		{"killed 13 U.S. service members", []string{"killed", " ", "13", " ", "U.S.", " ", "service", " ", "members"}},
		{"Gen. Michael E. Kurilla, the head", []string{"Gen.", " ", "Michael", " ", "E.", " ", "Kurilla", ",", " ", "the", " ", "head"}},
		{"Abu Mohammed Al-Masri, Al-Qaeda’s No. 2, was killed", []string{"Abu", " ", "Mohammed", " ", "Al", "-", "Masri", ",", " ", "Al", "-", "Qaeda’s", " ", "No.", " ", "2", ",", " ", "was", " ", "killed"}},
		{"“We’ve clearly linked him with the Istanbul attack,”", []string{"“", "We’ve", " ", "clearly", " ", "linked", " ", "him", " ", "with", " ", "the", " ", "Istanbul", " ", "attack", ",", "”"}},
		{"95% of people who travel", []string{"95", "%", " ", "of", " ", "people", " ", "who", " ", "travel"}},
		{"married to 9/11 mastermind", []string{"married", " ", "to", " ", "9", "/", "11", " ", "mastermind"}},
		{"has a U$10 million bounty", []string{"has", " ", "a", " ", "U", "$", "10", " ", "million", " ", "bounty"}},
		{"image: rewardsforjustice.net[/caption]", []string{"image", ":", " ", "rewardsforjustice.net", "[", "/", "caption", "]"}},
		{"in May 2017.\n\nSince then,", []string{"in", " ", "May", " ", "2017", ".", "\n\n", "Since", " ", "then", ","}},
		{"the group’s 1990s roots", []string{"the", " ", "group’s", " ", "1990s", " ", "roots"}},
		{"Mr. Hoffman said no.", []string{"Mr.", " ", "Hoffman", " ", "said", " ", "no", "."}},
		{"detained 47\xff people", []string{"detained", " ", "47", "\xff", " ", "people"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := tokens(tt.in)
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if strings.Join(got, "") != tt.in {
				t.Errorf("tokens of %q do not concatenate back to it", tt.in)
			}
		})
	}
}

func TestTokenRuneFitsEveryToken(t *testing.T) {
	// Both sides at the limit, all tokens distinct: every rune must be a
	// valid, distinct, non-surrogate code point.
	seen := map[rune]bool{}
	for n := 0; n < 2*MaxTokens; n++ {
		r := tokenRune(n)
		if r >= 0xD800 && r <= 0xDFFF || r > 0x10FFFF || seen[r] {
			t.Fatalf("tokenRune(%d) = %U: not a fresh valid rune", n, r)
		}
		seen[r] = true
	}
}
