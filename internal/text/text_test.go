package text

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Turkish law enforcement forces detained 47 people. Since then, more followed.",
			[]string{"Turkish law enforcement forces detained 47 people.", "Since then, more followed."}},
		{"U.S. officials say the group carried out the attack. It was bad.",
			[]string{"U.S. officials say the group carried out the attack.", "It was bad."}},
		{"Gen. Michael E. Kurilla, the head of the military’s Central Command, spoke.",
			[]string{"Gen. Michael E. Kurilla, the head of the military’s Central Command, spoke."}},
		{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary.",
			[]string{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary."}},
		{"“ISIS bears sole responsibility for this attack.” There was none.",
			[]string{"“ISIS bears sole responsibility for this attack.”", "There was none."}},
		{"First line\nSecond line", []string{"First line", "Second line"}},
		{"It fell to 3.5 percent. Then 4.", []string{"It fell to 3.5 percent.", "Then 4."}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	s := Sentences("One. Two.\n\nThree.")
	if len(s) != 3 || s[0].Para != s[1].Para || s[2].Para == s[1].Para {
		t.Fatalf("paragraphs: %+v", s)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"between 4,000 and 6,000 members", []string{"between", "4,000", "and", "6,000", "members"}},
		{"ISIS-K’s attacks", []string{"ISIS-K’s", "attacks"}},
		{"on Aug. 7, 1998", []string{"on", "Aug.", "7", ",", "1998"}},
		{"U.S. officials", []string{"U.S.", "officials"}},
		{"killed 13.", []string{"killed", "13", "."}},
		{"a 1.5 million", []string{"a", "1.5", "million"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tt.in, 0, len(tt.in)) {
				if tt.in[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %q has offsets %d:%d", tok.Text, tok.Start, tok.End)
				}
				got = append(got, tok.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q want %q", got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	if got := Fold("New Year’s Eve"); got != "new year's eve" {
		t.Errorf("Fold: %q", got)
	}
}
