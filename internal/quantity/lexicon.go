// Package quantity finds amounts in news sentences ("at least 140",
// "between 4,000 and 6,000", "Twenty-three", "dozens") and turns each into an
// inclusive interval that keeps the words it came from. It is pure: the
// wording comes in as a Lexicon, sentences come in as strings.
package quantity

import (
	"fmt"
	"strings"
)

// Bound names accepted in Qualifier.Bound.
const (
	BoundMin       = "min"        // at least n: [n, ∞)
	BoundAbove     = "above"      // more than n: [n+1, ∞)
	BoundMax       = "max"        // up to n: [1, n]
	BoundBelow     = "below"      // fewer than n: [1, n-1]
	BoundApprox    = "approx"     // about n: n ± n·tolerance, rounded outward
	BoundNearBelow = "near_below" // almost n: [n - n·tolerance, n-1]
	BoundExact     = "exact"      // exactly n: [n, n]
)

// Lexicon is the wording of amounts, loaded by the rule package from YAML.
type Lexicon struct {
	Units       map[string]int64 `yaml:"units"`       // "one": 1 … "nineteen": 19
	Tens        map[string]int64 `yaml:"tens"`        // "twenty": 20 … "ninety": 90
	Multipliers map[string]int64 `yaml:"multipliers"` // "dozen": 12, "hundred": 100, "thousand": 1000 …
	Qualifiers  []Qualifier      `yaml:"qualifiers"`
	Vague       []Vague          `yaml:"vague"`
}

// Qualifier is a bound or approximation placed before a number ("at least",
// "almost") or after it ("or more", "-plus").
type Qualifier struct {
	Words     string  `yaml:"words"`
	After     bool    `yaml:"after,omitempty"` // true when the words follow the number
	Bound     string  `yaml:"bound"`           // one of the Bound* names
	Tolerance float64 `yaml:"tolerance,omitempty"`
}

// Vague is a word for an unspecified amount ("dozens", "several"). Hi 0
// means unbounded.
type Vague struct {
	Words string `yaml:"words"`
	Lo    int64  `yaml:"lo"`
	Hi    int64  `yaml:"hi"`
}

// Validate reports every problem in the lexicon: unknown bounds, missing
// tolerances, inverted intervals, empty or untokenisable words, and words
// given two number values. An empty result means the lexicon is usable.
func (l *Lexicon) Validate() []string {
	if l == nil {
		return []string{"lexicon is missing"}
	}
	var probs []string
	add := func(format string, a ...any) { probs = append(probs, fmt.Sprintf(format, a...)) }

	numeric := map[string]string{} // word -> section, to catch a word given two values
	checkNumber := func(section, w string, v, lo, hi int64) {
		switch {
		case !isSingleWord(w):
			add("%s: %q must be one word of letters", section, w)
		case v < lo || v > hi:
			add("%s: %q = %d is outside %d..%d", section, w, v, lo, hi)
		}
		k := normWord(w)
		if prev, ok := numeric[k]; ok {
			add("%s: %q is also listed in %s", section, w, prev)
		}
		numeric[k] = section
	}
	for _, w := range sortedKeys(l.Units) {
		checkNumber("units", w, l.Units[w], 0, 19)
	}
	for _, w := range sortedKeys(l.Tens) {
		v := l.Tens[w]
		checkNumber("tens", w, v, 20, 90)
		if v%10 != 0 {
			add("tens: %q = %d is not a multiple of ten", w, v)
		}
	}
	for _, w := range sortedKeys(l.Multipliers) {
		checkNumber("multipliers", w, l.Multipliers[w], 2, 1_000_000_000_000)
	}

	seenQ := map[string]bool{}
	for i, q := range l.Qualifiers {
		where := fmt.Sprintf("qualifiers[%d] %q", i, q.Words)
		if !isPhrase(q.Words) {
			add("%s: words must be one or more words of letters", where)
		}
		key := fmt.Sprint(q.After, " ", normPhrase(q.Words))
		if seenQ[key] {
			add("%s: listed twice", where)
		}
		seenQ[key] = true
		switch q.Bound {
		case BoundApprox, BoundNearBelow:
			if q.Tolerance <= 0 || q.Tolerance >= 1 {
				add("%s: bound %s needs a tolerance between 0 and 1, got %v", where, q.Bound, q.Tolerance)
			}
		case BoundMin, BoundAbove, BoundMax, BoundBelow, BoundExact:
			if q.Tolerance != 0 {
				add("%s: bound %s takes no tolerance", where, q.Bound)
			}
		default:
			add("%s: unknown bound %q (want min, above, max, below, approx, near_below or exact)", where, q.Bound)
		}
	}

	seenV := map[string]bool{}
	for i, v := range l.Vague {
		where := fmt.Sprintf("vague[%d] %q", i, v.Words)
		if !isPhrase(v.Words) {
			add("%s: words must be one or more words of letters", where)
		}
		if k := normPhrase(v.Words); seenV[k] {
			add("%s: listed twice", where)
		} else {
			seenV[k] = true
		}
		if v.Lo < 0 || v.Hi < 0 {
			add("%s: lo and hi must not be negative", where)
		}
		if v.Hi != 0 && v.Lo > v.Hi {
			add("%s: lo %d is above hi %d", where, v.Lo, v.Hi)
		}
	}
	return probs
}

// isSingleWord reports whether w is one token of letters, the only shape the
// scanner can match against a single word.
func isSingleWord(w string) bool {
	if w == "" {
		return false
	}
	toks := tokenize(w, nil)
	return len(toks) == 1 && toks[0].kind == tokWord
}

// isPhrase reports whether p is one or more letter words separated by spaces.
func isPhrase(p string) bool {
	fields := strings.Fields(p)
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !isSingleWord(f) {
			return false
		}
	}
	return true
}

// normPhrase lowercases p and joins its words with single spaces.
func normPhrase(p string) string {
	fields := strings.Fields(p)
	for i, f := range fields {
		fields[i] = normWord(f)
	}
	return strings.Join(fields, " ")
}
