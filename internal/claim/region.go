package claim

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/text"
)

// regionNouns name a division of a country that holds towns: "the
// province of Hama", "Borno State", "Kokrajhar district".
var regionNouns = map[string]bool{"province": true, "state": true, "region": true, "district": true, "county": true, "governorate": true, "prefecture": true, "oblast": true, "division": true}

// regionOf reports a place mention the sentence calls a region, by the
// word before ("the province of Hama") or after it ("Hama province").
func regionOf(di *docInfo, si int, m mention) bool {
	toks := di.toks[si]
	if m.actor >= 0 || m.person || !m.locative {
		return false
	}
	if m.b < len(toks) && regionNouns[toks[m.b].Lower] {
		return true
	}
	return m.a >= 2 && toks[m.a-1].Lower == "of" && regionNouns[toks[m.a-2].Lower]
}

// regionHolds relates the one region a report's opening names to the
// other places of its opening: "a massacre in the Syrian village of
// Tremseh" and "more than 200 killed in the province of Hama" tell of one
// place, one inside the other, as an opening tells of one attack. An
// opening naming two regions, or "another blast", tells of two attacks,
// and relates none; a
// place the report already sets inside another ("Khyber Pakhtunkhwa's
// Ramek town"), or that holds one, is where it says, and a dateline's
// town is where the report was filed.
func (x *Extractor) regionHolds(di *docInfo, sents int, stated [][2]string) [][2]string {
	placed := map[string]bool{}
	for _, p := range stated {
		placed[p[0]], placed[p[1]] = true, true
	}
	var regions, places []string
	for si := 0; si < len(di.ments) && si < sents; si++ {
		if x.anotherAttack(di.toks[si]) {
			return nil
		}
		for i, m := range di.ments[si] {
			// "in Khyber Pakhtunkhwa's Ramek town": placed by the report.
			if m.poss && i+1 < len(di.ments[si]) && di.ments[si][i+1].a == m.b {
				placed[m.key], placed[di.ments[si][i+1].key] = true, true
			}
		}
		for _, m := range di.ments[si] {
			if !m.locative || m.actor >= 0 || m.person {
				continue
			}
			if regionOf(di, si, m) {
				if !slices.Contains(regions, m.key) {
					regions = append(regions, m.key)
				}
			} else if !m.dateline && !placed[m.key] && !slices.Contains(places, m.key) {
				places = append(places, m.key)
			}
		}
	}
	if len(regions) != 1 {
		return nil
	}
	var out [][2]string
	for _, p := range places {
		if p != regions[0] {
			out = append(out, [2]string{regions[0], p})
		}
	}
	return out
}

// anotherAttack reports a sentence that tells of a second attack: "another
// blast", "a second bombing", "a separate attack".
func (x *Extractor) anotherAttack(toks []text.Token) bool {
	for k := 1; k < len(toks); k++ {
		switch toks[k-1].Lower {
		case "another", "second", "separate", "third":
			if _, _, ok := x.events.match(toks, k); ok {
				return true
			}
		}
	}
	return false
}
