package rule

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// slot is one {name} in a stance pattern or a message template; Start and
// End are byte offsets of its braces in the string.
type slot struct {
	Name       string
	Start, End int
}

// slotError is a malformed slot at byte Off of the string.
type slotError struct {
	Off       int
	Msg, Hint string
}

// scanSlots reads the {name}s of s and reports malformed ones where they
// start: "{actor" never closed, "{}" empty, "{actor name}" with a space, a
// "}" with no "{". The engine reads the same braces (stance patterns split
// on spaces and take a word starting with "{" as a slot; messages replace
// "{...}"), so each of these would silently match or print the wrong thing.
func scanSlots(s string) ([]slot, []slotError) {
	var slots []slot
	var errs []slotError
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '}':
			errs = append(errs, slotError{Off: i, Msg: `"}" closes no slot`, Hint: `write slots as {name}, or remove the "}"`})
		case '{':
			close := strings.IndexAny(s[i+1:], "{}")
			if close < 0 || s[i+1+close] == '{' {
				j := i + 1
				for j < len(s) && isSlotChar(s[j]) {
					j++
				}
				errs = append(errs, slotError{Off: i, Msg: "slot {" + s[i+1:j] + " is not closed", Hint: "close it: {" + orSlot(s[i+1:j]) + "}"})
				continue
			}
			name := s[i+1 : i+1+close]
			bad := strings.IndexFunc(name, func(r rune) bool { return r > 127 || !isSlotChar(byte(r)) })
			switch {
			case name == "":
				errs = append(errs, slotError{Off: i, Msg: "empty slot {}", Hint: "name the slot, like {actor}"})
			case bad >= 0:
				errs = append(errs, slotError{Off: i + 1 + bad, Msg: "slot {" + name + "} holds " + quoteRune(name[bad:]) + "; slot names are lower-case letters and _",
					Hint: "write {" + orSlot(slotName(name)) + "}"})
			default:
				slots = append(slots, slot{Name: name, Start: i, End: i + close + 2})
			}
			i += close + 1
		}
	}
	return slots, errs
}

// slotName is what a malformed slot name was probably meant to be.
func slotName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return '_'
		}
		if r > 127 || !isSlotChar(byte(r)) {
			return -1
		}
		return r
	}, s)
	return s
}

func orSlot(s string) string {
	if s == "" {
		return "name"
	}
	return s
}

func isSlotChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c == '_'
}

// quoteRune quotes the first character of s for a message.
func quoteRune(s string) string {
	for _, r := range s {
		if r == ' ' {
			return "a space"
		}
		return `"` + string(r) + `"`
	}
	return "nothing"
}

// standsAlone reports whether the slot at [start, end) of a pattern is a
// word of its own: the engine splits patterns on spaces, so "{actor}'s"
// would be read as one literal word, never as a slot.
func standsAlone(p string, start, end int) bool {
	return (start == 0 || isSpace(p[start-1])) && (end == len(p) || isSpace(p[end]))
}

// possessiveSlot reports a pattern that opens with a possessive slot:
// "{actor}'s claim of responsibility".
func possessiveSlot(p string, start, end int) bool {
	if strings.TrimSpace(p[:start]) != "" {
		return false
	}
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasPrefix(p[end:], suf) && standsAlone(p, start, end+len(suf)) {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// checkPattern validates one stance pattern, placing each problem at its
// column inside the pattern's text.
// needActor is false for a stance of no one ("no group has claimed
// {event}"): its patterns name nobody.
func checkPattern(it item, loc yamlx.Loc, stance, p string, needActor bool) diag.List {
	var out diag.List
	bad := func(off int, hint, format string, args ...any) {
		pos := loc.Pos() // the whole pattern, quotes and all
		if off >= 0 {
			pos = loc.At(off)
		}
		d := it.at(pos, "bad-slot", "stance %q: pattern %q: %s", stance, p, fmt.Sprintf(format, args...))
		d.Hint = hint
		out = append(out, d)
	}
	slots, errs := scanSlots(p)
	for _, e := range errs {
		bad(e.Off, e.Hint, "%s", e.Msg)
	}
	seen := map[string]bool{}
	hasActor, unknown := false, false
	words := strings.Fields(p)
	for i, sl := range slots {
		switch {
		case !contains(PatternSlots, sl.Name):
			hint := "slots: {" + strings.Join(PatternSlots, "}, {") + "}"
			if sug := yamlx.Suggest(sl.Name, PatternSlots); sug != "" {
				hint = "did you mean {" + sug + "}?"
			}
			bad(sl.Start+1, hint, "unknown slot {%s}", sl.Name)
			unknown = true
		case seen[sl.Name]:
			bad(sl.Start, "name each slot once", "slot {%s} appears twice", sl.Name)
		}
		seen[sl.Name] = true
		hasActor = hasActor || sl.Name == "actor" || sl.Name == "group" || sl.Name == "forces"
		if !standsAlone(p, sl.Start, sl.End) && !(i == 0 && possessiveSlot(p, sl.Start, sl.End)) {
			bad(sl.Start, "put a space on each side of {"+sl.Name+"}", "slot {%s} is joined to other text; a slot must be a word of its own", sl.Name)
		} else if i > 0 && strings.TrimSpace(p[slots[i-1].End:sl.Start]) == "" {
			bad(sl.Start, "put a word between them, like \"{actor} claimed {event}\"", "slots {%s} and {%s} stand side by side, so nothing tells where one ends", slots[i-1].Name, sl.Name)
		}
	}
	literal := false
	for _, w := range words {
		if !strings.HasPrefix(w, "{") {
			literal = true
		}
	}
	if !literal && len(errs) == 0 {
		bad(-1, "add the words that carry the stance, like \"{actor} claimed responsibility\"", "pattern has no words besides slots, so it can never match")
	}
	if needActor && !hasActor && !unknown && len(errs) == 0 { // a misspelt {actor} is reported once
		bad(-1, "every pattern names who is held responsible: add {actor}", "pattern has no {actor} slot")
	}
	return out
}
