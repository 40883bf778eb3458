package event

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// sameVictim finds a person both lists name, however each report spells
// him: "Abu Hussein al-Qurashi" is the "Abu al-Hussein al-Husseini
// al-Qurashi" of another report when his last name is one and the shorter
// name's words are all in the longer.
func sameVictim(a, b []string) (string, bool) {
	for _, x := range a {
		for _, y := range b {
			if x == y || onePerson(x, y) {
				return x, true
			}
		}
	}
	return "", false
}

// onePerson reports two name keys that may name one person.
func onePerson(x, y string) bool {
	wx, wy := nameWords(x), nameWords(y)
	if len(wx) < 2 || len(wy) < 2 || wx[len(wx)-1] != wy[len(wy)-1] {
		return false
	}
	if len(wx) > len(wy) {
		wx, wy = wy, wx
	}
	for _, w := range wx {
		if !slices.Contains(wy, w) {
			return false
		}
	}
	return true
}

// nameWords are a name key's words as transliterations share them, the
// article "al-" dropped.
func nameWords(key string) []string {
	s, ok := strings.CutPrefix(key, "name:")
	if !ok {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "al-"), "el-")
		if w != "" {
			out = append(out, text.Skeleton(w))
		}
	}
	return out
}

// victimMonths is how many months apart two reports may date one man's
// death: confirmed weeks after it is announced, as a group's own word
// often is, and not a rumour of years before.
const victimMonths = 4

// monthsApart is how many whole months lie between the days two scenes
// give (their dates, else the fortnights they were reported in).
func monthsApart(a, b *scene) int {
	lo, hi := span(a)
	lo2, hi2 := span(b)
	gap := max(lo2-hi, lo-hi2, 0)
	return int(gap) / 30
}

// span is the days a scene gives its event.
func span(sc *scene) (when.Day, when.Day) {
	if len(sc.dates) == 0 {
		return sc.lo, sc.hi
	}
	lo, hi := sc.dates[0].Lo, sc.dates[0].Hi
	for _, d := range sc.dates[1:] {
		lo, hi = min(lo, d.Lo), max(hi, d.Hi)
	}
	return lo, hi
}
