package claim

import "github.com/crosscheck/crosscheck/internal/text"

// linkWords end a phrase that ties a described group to a named one: "a
// group linked to al-Qaeda", "a faction loyal to the Islamic State", "a
// cell inspired by the Kelvat Front". The suffix is the one the finding
// stage reads in "an al-Qaeda-linked group" (see finding's linkSuffixes).
var linkWords = []struct {
	words  [2]string
	suffix string
}{
	{[2]string{"linked", "to"}, "-linked"}, {[2]string{"links", "to"}, "-linked"},
	{[2]string{"ties", "to"}, "-linked"}, {[2]string{"tied", "to"}, "-linked"},
	{[2]string{"connected", "to"}, "-linked"}, {[2]string{"close", "to"}, "-linked"},
	{[2]string{"loyal", "to"}, "-aligned"}, {[2]string{"allied", "to"}, "-allied"},
	{[2]string{"allied", "with"}, "-allied"}, {[2]string{"affiliated", "with"}, "-affiliated"},
	{[2]string{"affiliated", "to"}, "-affiliated"}, {[2]string{"inspired", "by"}, "-inspired"},
	{[2]string{"backed", "by"}, "-backed"},
}

// linkedHeads are the nouns a described group is told by.
var linkedHeads = map[string]bool{"group": true, "groups": true, "faction": true, "factions": true, "cell": true, "cells": true, "outfit": true, "organisation": true, "organization": true, "militants": true, "network": true, "movement": true, "fighters": true, "militia": true, "militias": true}

// linkedDescription reads a name that only qualifies a described group
// before it ("a little-known group with ties to al-Qaeda"): the group's
// words as the finding stage reads a linked group ("Al-Qaeda-linked
// group"), or false.
func linkedDescription(toks []text.Token, m mention) (string, bool) {
	j := m.a - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 {
		return "", false
	}
	suffix := ""
	for _, l := range linkWords {
		if toks[j-1].Lower == l.words[0] && toks[j].Lower == l.words[1] {
			suffix = l.suffix
			break
		}
	}
	if suffix == "" {
		return "", false
	}
	// "with ties to", "citing ties to": a word may stand between the head
	// and the link.
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if linkedHeads[toks[k].Lower] {
			return m.name + suffix + " " + toks[k].Lower, true
		}
		if toks[k].Kind != text.Word {
			break
		}
	}
	return "", false
}
