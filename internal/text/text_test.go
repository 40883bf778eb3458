package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Turkish law enforcement forces detained 47 people. Since then, more followed.",
			[]string{"Turkish law enforcement forces detained 47 people.", "Since then, more followed."}},
		// A line that runs on into a lower-case word is one sentence; a
		// headline's line is not.
		{"In 1966, communist militants and\npeasant groups formed the front.",
			[]string{"In 1966, communist militants and\npeasant groups formed the front."}},
		{"Bomb kills 12 in Tarvik\nA bomb killed 12 people.",
			[]string{"Bomb kills 12 in Tarvik", "A bomb killed 12 people."}},
		{"U.S. officials say the group carried out the attack. It was bad.",
			[]string{"U.S. officials say the group carried out the attack.", "It was bad."}},
		{"Gen. Michael E. Kurilla, the head of the military’s Central Command, spoke.",
			[]string{"Gen. Michael E. Kurilla, the head of the military’s Central Command, spoke."}},
		{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary.",
			[]string{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary."}},
		{"“ISIS bears sole responsibility for this attack.” There was none.",
			[]string{"“ISIS bears sole responsibility for this attack.”", "There was none."}},
		{"First line\nSecond line", []string{"First line", "Second line"}},
		// A page's address under its byline is a line of its own.
		{"Published: April 25, 2006\nhttp://www.example.com/2006/04/25/world.html\n",
			[]string{"Published: April 25, 2006", "http://www.example.com/2006/04/25/world.html"}},
		{"It was led by its founder.It was formed in 1990.",
			[]string{"It was led by its founder.", "It was formed in 1990."}},
		{"Troops of the U.S.Army left; see www.news.Com and amazon.com too.",
			[]string{"Troops of the U.S.Army left; see www.news.Com and amazon.com too."}},
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
		// A capitalised plural's genitive inside a name keeps its
		// apostrophe; a closing quote or a lower-case genitive does not.
		{"the Kelvar Workers' Party", []string{"the", "Kelvar", "Workers'", "Party"}},
		{"the soldiers' bodies", []string{"the", "soldiers", "'", "bodies"}},
		{"called 'Marfa' Tuesday", []string{"called", "'", "Marfa", "'", "Tuesday"}},
		{"killed 13.", []string{"killed", "13", "."}},
		{"a 1.5 million", []string{"a", "1.5", "million"}},
		// Digits of other scripts are numbers too, and never stall the scan.
		{"killed ３ people", []string{"killed", "３", "people"}},
		{"killed ١٢ people", []string{"killed", "١٢", "people"}},
		{"۱۳۹۸ and ߃", []string{"۱۳۹۸", "and", "߃"}},
		{"१,२००", []string{"१,२००"}},
		// A fact box's row copied without its cell break: label and figure
		// where the word opens its line, one word anywhere else.
		{"Deaths17\nInjured25+", []string{"Deaths", "17", "Injured", "25", "+"}},
		{"Kelvar F16 jets, Covid19 wards", []string{"Kelvar", "F16", "jets", ",", "Covid19", "wards"}},
		{"Covid19 wards", []string{"Covid", "19", "wards"}},
		{"Non-fatal injuries11", []string{"Non-fatal", "injuries", "11"}},
		{"a row of injuries11", []string{"a", "row", "of", "injuries11"}},
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

// TestTokenizeEveryDigit: every decimal digit of every script is one number
// token, alone and between words (a digit the scanner did not consume once
// made it append empty tokens until memory ran out).
func TestTokenizeEveryDigit(t *testing.T) {
	for _, rg := range unicode.Nd.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			checkDigit(t, r)
		}
	}
	for _, rg := range unicode.Nd.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			checkDigit(t, r)
		}
	}
}

func checkDigit(t *testing.T, r rune) {
	t.Helper()
	s := "killed " + string(r) + string(r) + " people"
	toks := Tokenize(s, 0, len(s))
	if len(toks) != 3 || toks[1].Kind != Number || toks[1].Text != string(r)+string(r) {
		t.Fatalf("%U: tokens %+v", r, toks)
	}
}

// FuzzTokenize: tokens are non-empty, in order, inside the span, and never
// more than its bytes.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"killed ３ people", "1,2.3", "U.S. Aug. 7", "\xff\xfe", "٣,٣٣٣.٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, 0, len(s))
		if len(toks) > len(s) {
			t.Fatalf("%d tokens from %d bytes", len(toks), len(s))
		}
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %q at %d:%d after %d", tk.Text, tk.Start, tk.End, prev)
			}
			prev = tk.End
		}
	})
}

// TestHardWrapped: a line break inside a paragraph of plain text broken
// at one width is a space; a headline above it and lists are not wrapped.
func TestHardWrapped(t *testing.T) {
	wrapped := "Little is said about the armed group that calls itself the Hill\n" +
		"Front and claimed the series of attacks on Tuesday in the port city,\n" +
		"which left more than forty people dead, including two foreigners.\n" +
		"\n" +
		"Most analysts have looked at two other groups: the River Brigade, a\n" +
		"group based across the border, and the Sons of the Valley, a smaller\n" +
		"organisation in the north that has claimed attacks in the past year.\n" +
		"The River Brigade is the leading suspect, a security official said,\n" +
		"though the group denied any role in the attacks in a statement.\n"
	got := Sentences(wrapped)
	if len(got) != 3 || !strings.Contains(wrapped[got[0].Start:got[0].End], "the Hill\nFront and claimed") || got[1].Para == got[0].Para {
		t.Errorf("wrapped: %d sentences %+v", len(got), got)
	}
	list := "Attacks this year\nMarch: a bombing in the capital killed 12\nApril: gunmen killed four people at a market\nMay: a raid on a police station\nJune: two rockets hit the airport\nJuly: a car bomb outside the ministry\n"
	if HardWrapped(list) {
		t.Errorf("a list was read as wrapped text")
	}
}

// TestSkeleton: spellings of one name across transliterations share a
// skeleton; other names do not.
func TestSkeleton(t *testing.T) {
	for _, p := range [][2]string{{"Tehrik-i-Taliban", "Tehrik-e-Taliban"}, {"Oqba", "Okba"}, {"Qassem", "Kassem"}, {"Shabaab", "Shabab"}, {"Lashkar-e-Taiba", "Lashkar-e-Tayyiba"}} {
		if Skeleton(p[0]) != Skeleton(p[1]) {
			t.Errorf("%q is %q, %q is %q", p[0], Skeleton(p[0]), p[1], Skeleton(p[1]))
		}
	}
	if Skeleton("Hamas") == Skeleton("Hamza") {
		t.Errorf("Hamas and Hamza share a skeleton")
	}
}

func TestPlain(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Suruç", "suruc"}, {"Şanlıurfa", "sanlıurfa"}, {"Kabul", "kabul"}, {"Tillabéri", "tillaberi"},
	} {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
