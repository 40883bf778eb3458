package main

import (
	"strings"
	"sync"

	crosscheck "github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// A label names a state's side as a labeller reads it ("Syrian government
// forces", "Turkish intelligence"); the engine may name it by the state
// ("Syria"), by another of its bodies ("the Syrian army"), or by a body
// the report's own state needs no adjective for ("government forces").
// All are one side: the state's.

// stateNames maps the rules' peoples' adjectives, states' names and their
// aliases, lower-cased, to the state's name.
var stateNames = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	rs := builtinRules()
	if rs == nil {
		return out
	}
	for _, a := range rs.Actors {
		if a.Type != "state" {
			continue
		}
		name := strings.ToLower(a.Name)
		out[name] = name
		for _, al := range a.Aliases {
			out[strings.ToLower(al)] = name
		}
	}
	for d, place := range rs.Words.Demonyms {
		if s, ok := out[strings.ToLower(place)]; ok {
			out[strings.ToLower(d)] = s
		} else {
			out[strings.ToLower(d)] = strings.ToLower(place)
		}
	}
	return out
})

// builtinRules are the rules the engine is built with, read once; nil if
// they cannot be read.
var builtinRules = sync.OnceValue(func() *rule.Set {
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		return nil
	}
	rs, _ := rule.Load(srcs)
	return rs
})

// stateBodies are the words for a state's own bodies and what qualifies
// them; stateHeads are those that can stand alone for the state's side.
var (
	stateBodies = map[string]bool{"government": true, "army": true, "military": true, "forces": true, "troops": true, "police": true, "regime": true, "intelligence": true, "security": true, "armed": true, "national": true, "federal": true, "state": true, "soldiers": true, "authorities": true, "air": true, "force": true, "navy": true, "special": true, "agents": true, "services": true, "service": true, "junta": true}
	stateHeads  = map[string]bool{"government": true, "army": true, "military": true, "forces": true, "troops": true, "police": true, "regime": true, "soldiers": true, "authorities": true, "junta": true}
)

// stateSide reads a phrase as a state's side: the state it names ("" for
// none, as in "government forces"), and whether every other word is one
// of a state's bodies.
func stateSide(phrase string) (state string, ok bool) {
	words := strings.Fields(strings.ToLower(strings.NewReplacer("'s", "", "’s", "", ",", " ").Replace(phrase)))
	names := stateNames()
	head := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "the" || w == "not" {
			continue
		}
		found := false
		for n := 3; n >= 1 && !found; n-- {
			if i+n <= len(words) {
				if s, ok := names[strings.Join(words[i:i+n], " ")]; ok && (state == "" || state == s) {
					state, found = s, true
					i += n - 1
				}
			}
		}
		if found {
			continue
		}
		if !stateBodies[w] {
			return "", false
		}
		head = head || stateHeads[w]
	}
	return state, state != "" || head
}

// sameStateSide reports a labelled actor and a read one that are one
// state's side: the same state, or a body of it read without the state's
// name ("government forces" for "Syrian government forces").
func sameStateSide(label, read string) bool {
	ls, lok := stateSide(label)
	rs, rok := stateSide(read)
	return lok && rok && ls != "" && (rs == ls || rs == "")
}
