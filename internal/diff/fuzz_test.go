package diff

import (
	"strings"
	"testing"
)

func FuzzPassages(f *testing.F) {
	seeds := []struct {
		a, b           string
		sa, ea, sb, eb int
	}{
		{"Turkish law enforcement forces detained 47 people, most of them Central Asian nationals.",
			"After the Santa Maria attack, Turkey detained 51 people related to the attack.", 31, 49, 37, 55},
		{"ISKP was formed in 2014 as a collective of defectors",
			"Islamic State Khorasan, founded in 2015 by disaffected members of the Pakistani Taliban", 0, 4, -3, 200},
		{"It is estimated that ISKP has between 4,000 and 6,000 members.",
			"Regional Member States estimated current ISIL-K strength at between 1,000 and 3,000 fighters", 40, 30, 59, 60},
		{"He was killed last year in a US counterterrorism operation in the Afghanistan-Pakistan region.",
			"married to 9/11 mastermind Osama bin Laden’s son Hamza, who was killed in a US air strike in 2017.", 3, 21, 43, 45},
		{"gunmen killed about 140 people at the Crocus City Hall in the Moscow area on March 22.",
			"which killed at least 140 people and injured over 500 more", 7, 30, 6, 32},
		{"detained 47\xff people", "detained 51\n\npeople", 9, 12, 0, 0},
		{"", "", 0, 0, 0, 0},
		{"12", "21", 0, 2, 1, 2},
	}
	for _, s := range seeds {
		f.Add(s.a, s.b, s.sa, s.ea, s.sb, s.eb)
	}
	f.Fuzz(func(t *testing.T, a, b string, sa, ea, sb, eb int) {
		ca, cb := Span{sa, ea}, Span{sb, eb}
		left, right := Passages(a, b, ca, cb)
		checkSides(t, a, b, ca, cb, left, right)
		// An unchanged passage is all equal.
		if a == b && strings.TrimSpace(a) != "" {
			for _, g := range left {
				if g.Op != OpEqual {
					t.Errorf("identical passages: %s segment %q", g.Op, g.Text)
				}
			}
		}
	})
}

// BenchmarkPassages diffs the two real Santa Maria paragraphs (001, 002).
func BenchmarkPassages(b *testing.B) {
	x := "But there are worrisome signs that ISIS-K is learning from its mistakes. In January, masked assailants attacked a Roman Catholic church in Istanbul, killing one person. Shortly afterward, the Islamic State, through its official Amaq News Agency, claimed responsibility. Turkish law enforcement forces detained 47 people, most of them Central Asian nationals."
	y := "On January 28, two masked men entered the Church of Santa Maria, a Roman Catholic church in Istanbul. Drawing a pistol, one of the attackers fired into a crowd gathered for Sunday mass. The strike left one person dead and another injured. After the Santa Maria attack, Turkey detained 51 people related to the attack. Twenty-three were deported and 28 were arrested."
	ca, cb := spanOf(b, x, "detained 47 people"), spanOf(b, y, "detained 51 people")
	b.SetBytes(int64(len(x) + len(y)))
	for b.Loop() {
		Passages(x, y, ca, cb)
	}
}

// BenchmarkPassagesAtLimit is the worst case Passages still aligns word by
// word: two passages of MaxTokens tokens with no word in common.
func BenchmarkPassagesAtLimit(b *testing.B) {
	var x, y strings.Builder
	for i := 0; i < MaxTokens/2; i++ {
		x.WriteString("w" + itoa(i) + " ")
		y.WriteString("v" + itoa(i) + " ")
	}
	xs, ys := x.String(), y.String()
	b.SetBytes(int64(len(xs) + len(ys)))
	for b.Loop() {
		Passages(xs, ys, Span{}, Span{})
	}
}

// itoa formats a small non-negative int.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}
