package quantity

import (
	"strings"
	"testing"
)

func TestScan(t *testing.T) {
	m := realMatcher(t)
	for _, tc := range scanCases {
		t.Run(tc.in, func(t *testing.T) {
			got := m.Scan(tc.in)
			checkInvariants(t, tc.in, got)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d amounts %v, want %d %v", len(got), texts(got), len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				a := got[i]
				if a.Text != w.text || a.Lo != w.lo || a.Hi != w.hi || a.Vague != w.vague {
					t.Errorf("amount %d = %q [%d, %d] vague=%v (%s), want %q [%d, %d] vague=%v",
						i, a.Text, a.Lo, a.Hi, a.Vague, a.Trace, w.text, w.lo, w.hi, w.vague)
				}
			}
		})
	}
}

func texts(as []Amount) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Text)
	}
	return out
}

func TestScanTrace(t *testing.T) {
	m := realMatcher(t)
	for _, tc := range []struct{ in, want string }{
		{"causing almost 400 casualties", "'almost 400' → [360, 399] via lexicon entry 'almost'"},
		{"detained 47 people", "'47' → [47, 47] exact"},
		{"killed at least 140 people", "'at least 140' → [140, ∞) via lexicon entry 'at least'"},
		{"ISKP has between 4,000 and 6,000 members", "'between 4,000 and 6,000' → [4000, 6000] range"},
		{"dozens more wounded", "'dozens' → [24, 99] vague via lexicon entry 'dozens'"},
		{"several hundred people", "'several hundred' → [300, 900] vague × 100 via lexicon entry 'several'"},
		{"about 140 or so people", "'about 140 or so' → [113, 170] via lexicon entries 'about', 'or so'"},
		{"a total of 363 people", "'a total of 363' → [363, 363] via lexicon entry 'a total of'"},
	} {
		got := m.Scan(tc.in)
		if len(got) != 1 || got[0].Trace != tc.want {
			t.Errorf("Scan(%q) traces %v, want %q", tc.in, traces(got), tc.want)
		}
	}
}

func traces(as []Amount) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Trace)
	}
	return out
}

func TestScanExactness(t *testing.T) {
	m := realMatcher(t)
	for _, tc := range []struct {
		in    string
		exact bool
	}{
		{"detained 47 people", true},
		{"Twenty-three were deported", true},
		{"a dozen soldiers", false},
		{"two dozen soldiers", true},
		{"a total of 363 people", true},
		{"about 140 people", false},
		{"between 4,000 and 6,000 members", false},
		{"dozens more", false},
		{"at least 140", false},
	} {
		got := m.Scan(tc.in)
		if len(got) != 1 || got[0].Exact != tc.exact {
			t.Errorf("Scan(%q) = %v, want one amount with Exact=%v", tc.in, traces(got), tc.exact)
		}
	}
}

func TestScanOffsets(t *testing.T) {
	m := realMatcher(t)
	s := "The Islamic State attack on the Crocus City Hall, which killed at least 140 people and injured over 500 more."
	got := m.Scan(s)
	if len(got) != 2 {
		t.Fatalf("got %v", traces(got))
	}
	for i, w := range []struct{ text, num string }{{"at least 140", "140"}, {"over 500", "500"}} {
		a := got[i]
		if s[a.Start:a.End] != w.text || s[a.NumStart:a.NumEnd] != w.num {
			t.Errorf("amount %d spans %q with number %q, want %q with %q",
				i, s[a.Start:a.End], s[a.NumStart:a.NumEnd], w.text, w.num)
		}
	}
	for name, text := range seedTexts(t) {
		t.Run(name, func(t *testing.T) { checkInvariants(t, text, m.Scan(text)) })
	}
}

func TestScanSeedCounts(t *testing.T) {
	// Every must_flag count of the seed acceptance list is found with its
	// interval, and the look-alike Crocus tolls overlap.
	m := realMatcher(t)
	seeds := seedTexts(t)
	all := strings.Join(mapValues(seeds), "\n")
	for _, w := range []want{
		{"47", 47, 47, false},
		{"51", 51, 51, false},
		{"between 4,000 and 6,000", 4000, 6000, false},
		{"between 1,000 and 3,000", 1000, 3000, false},
		{"at least 140", 140, inf, false},
		{"about 140", 126, 154, false},
		{"scores", 40, 199, true},
		{"almost 400", 360, 399, false},
		{"over 280", 281, inf, false},
	} {
		found := false
		for _, a := range m.Scan(all) {
			if a.Text == w.text && a.Lo == w.lo && a.Hi == w.hi && a.Vague == w.vague {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("seed texts: no amount %q [%d, %d]", w.text, w.lo, w.hi)
		}
	}
	// Money, percentages, codes, ordinals and years are not counts.
	notAmounts := map[string]bool{"10 million": true, "95": true, "19": true, "10": true,
		"2015": true, "2014": true, "2017": true, "1998": true, "1920": true, "19644": true}
	for _, a := range m.Scan(all) {
		if notAmounts[a.Text] {
			t.Errorf("seed texts: %q is not an amount: %s", a.Text, a.Trace)
		}
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func TestScanConvenienceAndNil(t *testing.T) {
	m := realMatcher(t)
	s := "killed at least 140 people and injured over 500 more"
	a, b := Scan(s, realLex), m.Scan(s)
	if strings.Join(traces(a), "|") != strings.Join(traces(b), "|") {
		t.Errorf("Scan(s, lex) = %v, Matcher.Scan = %v", traces(a), traces(b))
	}
	// Without a lexicon, digits are still amounts and words are not.
	got := Compile(nil).Scan("detained 47 people, at least 140 and twenty-three more")
	if len(got) != 2 || got[0].Text != "47" || got[1].Text != "140" {
		t.Errorf("nil lexicon: %v", traces(got))
	}
	var nilM *Matcher
	if got := nilM.Scan("47 people"); len(got) != 1 || got[0].Lo != 47 {
		t.Errorf("nil matcher: %v", traces(got))
	}
}

// checkInvariants asserts what every scan result must satisfy.
func checkInvariants(t testing.TB, s string, as []Amount) {
	t.Helper()
	prevEnd := 0
	for i, a := range as {
		if !(0 <= a.Start && a.Start <= a.NumStart && a.NumStart < a.NumEnd && a.NumEnd <= a.End && a.End <= len(s)) {
			t.Fatalf("amount %d: bad offsets %d %d %d %d in %d bytes", i, a.Start, a.NumStart, a.NumEnd, a.End, len(s))
		}
		if a.Text != s[a.Start:a.End] {
			t.Fatalf("amount %d: Text %q != s[%d:%d] %q", i, a.Text, a.Start, a.End, s[a.Start:a.End])
		}
		if a.Lo < 0 || a.Lo > a.Hi {
			t.Fatalf("amount %d %q: interval [%d, %d]", i, a.Text, a.Lo, a.Hi)
		}
		if a.Start < prevEnd {
			t.Fatalf("amount %d %q starts at %d before the previous end %d", i, a.Text, a.Start, prevEnd)
		}
		if a.Exact && (a.Vague || a.Lo != a.Hi) {
			t.Fatalf("amount %d %q: exact but [%d, %d] vague=%v", i, a.Text, a.Lo, a.Hi, a.Vague)
		}
		if !strings.HasPrefix(a.Trace, "'"+a.Text+"' → [") {
			t.Fatalf("amount %d: trace %q does not start with its text", i, a.Trace)
		}
		prevEnd = a.End
	}
}
