package when

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// FuzzScan checks the invariants of every match on any input: offsets in
// bounds, Text equal to the input bytes, Lo <= Hi, matches in order and
// apart, and nothing relative without a reference. It also requires Scan,
// which tokenizes only around possible dates, to find exactly what the
// frozen full walk (reference_test.go) finds.
func FuzzScan(f *testing.F) {
	m := testMatcher(f)
	for _, tc := range scanTests {
		f.Add(tc.in, int32(mustDay(f, "2024-03-24")), tc.ref != "")
	}
	for _, d := range demoCorpus(f) {
		ref := int32(mustDay(f, d.Published))
		for _, para := range strings.Split(d.Text, "\n") {
			if strings.TrimSpace(para) != "" {
				f.Add(para, ref, true)
			}
		}
	}
	f.Add("Feb. 29 [2023] and last February [2024], 2017–19, mid-1990s", int32(0), true)
	f.Add("Friday, , March 22, 2024 - 2025-02-30 between 2019 and 2017", int32(-719468), true)
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		f.Add(wordSalad(r, 1+r.IntN(16)), int32(mustDay(f, "2024-03-24")), true)
	}
	f.Fuzz(func(t *testing.T, s string, ref int32, hasRef bool) {
		sameAsReference(t, m, s, Day(ref), hasRef)
		got := m.Scan(s, Day(ref), hasRef)
		prevEnd := 0
		for i, d := range got {
			if d.Start < prevEnd || d.Start >= d.End || d.End > len(s) {
				t.Fatalf("date %d: bad offsets %d..%d (previous end %d, input %d bytes)", i, d.Start, d.End, prevEnd, len(s))
			}
			prevEnd = d.End
			if d.Text != s[d.Start:d.End] {
				t.Fatalf("date %d: Text %q is not input[%d:%d]", i, d.Text, d.Start, d.End)
			}
			if d.Lo > d.Hi {
				t.Fatalf("date %d %q: Lo %s after Hi %s", i, d.Text, d.Lo, d.Hi)
			}
			if d.Precision < PrecDay || d.Precision > PrecDecade {
				t.Fatalf("date %d %q: precision %d", i, d.Text, d.Precision)
			}
			if !strings.HasPrefix(d.Trace, "'"+d.Text+"' → ") {
				t.Fatalf("date %d: trace %q does not quote %q", i, d.Trace, d.Text)
			}
			if !hasRef && d.Relative {
				t.Fatalf("date %d %q: relative without a reference: %s", i, d.Text, d.Trace)
			}
		}
	})
}
