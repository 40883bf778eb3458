package quantity

import (
	"math"
	"strconv"
	"strings"
)

// Unbounded is Amount.Hi for open-ended amounts ("at least 140").
const Unbounded = math.MaxInt64

// Amount is one amount found in a sentence, as an inclusive interval.
type Amount struct {
	Lo, Hi           int64  // inclusive; Hi == Unbounded when open-ended
	Exact            bool   // a single number: plain, or qualified only as exact ("a total of 363")
	Vague            bool   // from a vague word: comparisons treat it softly
	Start, End       int    // byte offsets of the whole phrase, qualifier included
	NumStart, NumEnd int    // byte offsets of the number or vague words themselves
	Text             string // input[Start:End]
	Trace            string // how the interval was reached
}

// applyBound narrows or widens [lo, hi] as a qualifier says. Lower ends of
// "up to" and "fewer than" are 1, not 0: a writer who gives a ceiling for a
// count of people is reporting that some exist, and [0, n] would also make
// the amount agree with everything.
func applyBound(lo, hi int64, q Qualifier) (int64, int64) {
	switch q.Bound {
	case BoundMin:
		return lo, Unbounded
	case BoundAbove:
		return satAdd(lo, 1), Unbounded
	case BoundMax:
		return min(1, hi), hi
	case BoundBelow:
		if hi <= 1 {
			return 0, 0
		}
		if hi == Unbounded {
			return 1, Unbounded
		}
		return 1, hi - 1
	case BoundApprox:
		return max(0, lo-slack(lo, q.Tolerance)), satAdd(hi, slack(hi, q.Tolerance))
	case BoundNearBelow:
		nlo := max(0, lo-slack(lo, q.Tolerance))
		nhi := hi
		if hi != Unbounded && hi > 0 {
			nhi = hi - 1
		}
		return min(nlo, nhi), nhi
	}
	return lo, hi
}

// slack is n·tol rounded up, so approximate intervals round outward. The
// small epsilon keeps 140·0.1 = 14.000000000000002 from becoming 15.
func slack(n int64, tol float64) int64 {
	if n == Unbounded {
		return 0
	}
	d := float64(n) * tol
	c := math.Ceil(d - 1e-9*math.Max(1, d))
	if c >= float64(math.MaxInt64/2) {
		return math.MaxInt64 / 2
	}
	return int64(c)
}

// satAdd adds without passing Unbounded.
func satAdd(a, b int64) int64 {
	if a == Unbounded || b >= Unbounded-a {
		return Unbounded
	}
	return a + b
}

// mulCheck multiplies non-negative values, reporting overflow.
func mulCheck(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if a > math.MaxInt64/b {
		return 0, false
	}
	return a * b, true
}

// formatInterval writes "[360, 399]" or "[140, ∞)".
func formatInterval(b *strings.Builder, lo, hi int64) {
	b.WriteByte('[')
	b.WriteString(strconv.FormatInt(lo, 10))
	b.WriteString(", ")
	if hi == Unbounded {
		b.WriteString("∞)")
		return
	}
	b.WriteString(strconv.FormatInt(hi, 10))
	b.WriteByte(']')
}

// trace explains an amount: "'almost 400' → [360, 399] via lexicon entry
// 'almost'", "'47' → [47, 47] exact". entries are the lexicon phrases used;
// how says what else shaped the interval ("range", "× 100").
func trace(a *Amount, how string, entries ...string) string {
	var b strings.Builder
	b.WriteByte('\'')
	b.WriteString(a.Text)
	b.WriteString("' → ")
	formatInterval(&b, a.Lo, a.Hi)
	switch {
	case a.Exact && len(entries) == 0:
		b.WriteString(" exact")
	case how != "":
		b.WriteByte(' ')
		b.WriteString(how)
	}
	if len(entries) > 0 {
		if len(entries) == 1 {
			b.WriteString(" via lexicon entry ")
		} else {
			b.WriteString(" via lexicon entries ")
		}
		for i, e := range entries {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('\'')
			b.WriteString(e)
			b.WriteByte('\'')
		}
	}
	return b.String()
}

// build turns a reading (and the qualifier phrase in front of it, if any)
// into an Amount starting at token first.
func (m *Matcher) build(s string, t []token, first int, r reading, before *phrase) Amount {
	a := Amount{
		Start: t[first].start, End: t[r.last].end,
		NumStart: t[r.numFirst].start, NumEnd: t[r.numLast].end,
		Lo: r.lo, Hi: r.hi,
	}
	a.Text = s[a.Start:a.End]
	var entries []string
	exact := !r.isRange
	if r.after != nil {
		a.Lo, a.Hi = applyBound(a.Lo, a.Hi, r.after.q)
		entries = append(entries, r.after.text)
		exact = exact && r.after.q.Bound == BoundExact
	}
	if before != nil {
		a.Lo, a.Hi = applyBound(a.Lo, a.Hi, before.q)
		entries = append([]string{before.text}, entries...)
		exact = exact && before.q.Bound == BoundExact
	}
	a.Exact = exact && a.Lo == a.Hi
	how := ""
	if r.isRange {
		how = "range"
	}
	a.Trace = trace(&a, how, entries...)
	return a
}

// buildVague turns vague words at tokens first..next-1 into an Amount,
// scaled by a multiplier right after them: "several hundred" is 300..900.
func (m *Matcher) buildVague(s string, t []token, first, next int, p *phrase) Amount {
	lo, hi := p.v.Lo, p.v.Hi
	if hi == 0 {
		hi = Unbounded
	}
	last := next - 1
	how := "vague"
	if mv := spacedMult(t, next); mv > 0 {
		var ok bool
		if lo, ok = mulCheck(lo, mv); !ok {
			lo = Unbounded
		}
		if hi != Unbounded {
			if hi, ok = mulCheck(hi, mv); !ok {
				hi = Unbounded
			}
		}
		last = next
		how = "vague × " + strconv.FormatInt(mv, 10)
	}
	a := Amount{
		Lo: lo, Hi: hi, Vague: true,
		Start: t[first].start, End: t[last].end,
		NumStart: t[first].start, NumEnd: t[last].end,
	}
	a.Text = s[a.Start:a.End]
	a.Trace = trace(&a, how, p.text)
	return a
}
