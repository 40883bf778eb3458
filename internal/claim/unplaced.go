package claim

import "github.com/crosscheck/crosscheck/internal/text"

// Words that name a town without placing the attack in it: where a source
// spoke, a river, an occasion, a city a report was filed from.

// demonymAt reports a people's word: "Ugandan".
func (x *Extractor) demonymAt(t text.Token) bool {
	_, ok := x.demonyms[t.Lower]
	return ok
}

// attributionSpan is the most words a clause of telling runs to on either
// side of a place in it.
const attributionSpan = 30

// featureNouns close the names of land and water that stretch past many
// places: rivers, seas, lakes, deserts, mountain ranges.
var featureNouns = map[string]bool{"river": true, "sea": true, "ocean": true, "lake": true, "desert": true, "mountains": true, "gulf": true}

// inAttribution reports a token in the words that say who told the news:
// a sentence's closing clause of telling ("…, says the prosecutor's press
// release circulated in Tashkent", "…, according to officials in Kabul",
// "…, a police officer in Peshawar said"), or between a verb of telling
// and the "that" of what was told ("said during a news conference in the
// Syrian capital that"). Where a source spoke is not where the attack was.
func (x *Extractor) inAttribution(toks []text.Token, k int) bool {
	start := -1
	for j := k - 1; j >= 0; j-- {
		if toks[j].Text == "," {
			start = j + 1
			break
		}
		// A clause of telling is short: words that run on this far with
		// no comma are the sentence's own, and the look stays linear in a
		// sentence with no punctuation.
		if j < k-attributionSpan {
			return false
		}
	}
	// "X said during a news conference in the Syrian capital that the
	// attacks on the village …": where it was said, before what was said.
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].Lower == "that" {
			for v := k - 1; v >= 0 && v >= k-10; v-- {
				if x.attackWord(toks, v) || toks[v].Text == "," {
					break
				}
				if _, _, ok := x.reporting.match(toks, v); ok {
					return true
				}
			}
			break
		}
		if x.attackWord(toks, j) || toks[j].Kind == text.Punct {
			break
		}
	}
	if start < 0 && x.openingSource(toks, k) {
		return true
	}
	if start < 0 || start >= len(toks) {
		return false // the sentence's first clause is its own
	}
	end := min(len(toks), k+attributionSpan)
	for j := k + 1; j < end; j++ {
		if toks[j].Text == "," || toks[j].Text == ";" {
			end = j
			break
		}
	}
	for end > start && toks[end-1].Kind == text.Punct {
		end--
	}
	for j := start; j < end; j++ {
		if _, _, ok := x.events.match(toks, j); ok {
			return false // "…, said the attack in Kabul was …"
		}
	}
	if toks[start].Lower == "according" {
		return true
	}
	// "…, says the ministry's release circulated in Tashkent": the source
	// follows the verb; "…, said Tuesday that the blasts near Sinjar …"
	// tells what was said, and its places are the attack's.
	if _, n, ok := x.reporting.match(toks, start); ok && start+n < end {
		for j := start + n; j < end; j++ {
			if toks[j].Lower == "that" {
				return false
			}
		}
		next := toks[start+n]
		return determiners[next.Lower] || next.Cap && !weekdays[next.Lower]
	}
	// The speaker before the verb of telling: "…, a police official in
	// Peshawar said", "…, the Pentagon confirmed Monday evening".
	for j := k + 1; j < end; j++ {
		if _, _, ok := x.reporting.match(toks, j); ok {
			return true
		}
	}
	return false
}

// unnamedPlace reports tokens a..b placing something in a kind of place
// they do not name: "in two villages", "at a remote hamlet".
func unnamedPlace(toks []text.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if !smallPlaces[singular(toks[k].Lower)] || k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Cap) {
			continue // "the village of Tarvik", "village Tarvik": named
		}
		for j := k - 1; j >= a && j >= k-4; j-- {
			if locatives[toks[j].Lower] {
				return true
			}
			if toks[j].Cap || toks[j].Kind == text.Punct {
				break // "in Tarvik village": named
			}
		}
	}
	return false
}

// smallPlaces are kinds of place smaller than a city a report may name
// an attack in without naming it.
var smallPlaces = map[string]bool{"village": true, "hamlet": true, "settlement": true, "camp": true}

// borderNouns name a line between countries.
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true, "frontiers": true, "border-crossing": true}

// borderAfter reports a border named by the place at tokens a..b, that
// a word of nearness puts the attack beside: "near the Syrian border",
// "close to the Italian and Slovenian borders" (not "at the Wagah
// border", the crossing itself).
func borderAfter(toks []text.Token, a, b int) bool {
	border := b < len(toks) && borderNouns[toks[b].Lower] ||
		b+2 < len(toks) && toks[b].Lower == "and" && toks[b+1].Cap && borderNouns[toks[b+2].Lower]
	if !border {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		if nearWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// nearWords put a place beside another: "near the border".
var nearWords = map[string]bool{"near": true, "close": true, "along": true, "across": true, "towards": true, "toward": true, "nearby": true}

// openingSource reports a name at token k inside a speaker who opens the
// sentence, before the verb of telling, placed by a region: "Officials in
// the northern state of Tarvosh said …" speak for the state, not from the
// town of the attack. ("Police in Kelvar said" often are in that town,
// and keep it.)
func (x *Extractor) openingSource(toks []text.Token, k int) bool {
	source, region := false, false
	for j := 0; j < k; j++ {
		w := toks[j].Lower
		switch {
		case sourceHeads[w]:
			source = true
		case placeNouns[w] && w != "city" && w != "town" && w != "village":
			region = true
		case w == "the" || w == "in" || w == "of" || compass[w]:
		default:
			return false
		}
	}
	if !source || !region {
		return false
	}
	// The name, then the verb of telling within a word or two.
	for j := k; j < len(toks) && j <= k+4; j++ {
		if _, _, ok := x.reporting.match(toks, j); ok {
			return true
		}
		if toks[j].Kind != text.Word || !toks[j].Cap && j > k {
			return false
		}
	}
	return false
}

// sourceHeads are who a report's opening may quote by where they sit.
var sourceHeads = map[string]bool{"officials": true, "official": true, "police": true, "authorities": true, "sources": true, "witnesses": true, "residents": true, "spokesman": true, "spokeswoman": true, "prosecutors": true, "investigators": true}

// faithAndPeople reports a name of two or more words made only of faiths
// and peoples, one of them a faith ("Shiite Turkmen", "Sunni Arab").
func (x *Extractor) faithAndPeople(toks []text.Token) bool {
	if len(toks) < 2 {
		return false
	}
	faith := false
	for _, t := range toks {
		switch {
		case x.faiths[base(t.Lower)]:
			faith = true
		case !x.demonymAt(t):
			return false
		}
	}
	return faith
}
