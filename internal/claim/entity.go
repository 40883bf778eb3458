package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// nameParticles join the parts of a name ("Hamza bin Laden", "Abu Bakr al
// Baghdadi") and are dropped from its key, so spellings with and without
// them meet.
var nameParticles = map[string]bool{"bin": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "van": true, "von": true, "es": true}

// mentions finds actors from the rules and other proper names in a sentence.
func (x *Extractor) mentions(toks []text.Token) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		if ai, n, ok := x.actors.match(toks, i); ok {
			m := mention{a: i, b: i + n, actor: ai, name: x.actorName(ai), key: "actor:" + x.rs.Actors[ai].ID}
			m.person = x.rs.Actors[ai].Type == "person"
			if m.person {
				// People are keyed by name so that a bare "Hamza" in another
				// report still meets "Hamza bin Laden".
				nm := x.actorName(ai)
				m.key = "name:" + x.nameKey(text.Tokenize(nm, 0, len(nm)))
			}
			m.poss = isPossessive(toks[i+n-1])
			m.appos = apposed(toks, i)
			x.markLocative(toks, &m)
			out = append(out, m)
			i += n
			continue
		}
		if ok, n := x.nameRun(toks, i); ok {
			m := mention{a: i, b: i + n, actor: -1}
			var parts []string
			for _, t := range toks[i : i+n] {
				parts = append(parts, strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s"))
			}
			m.name = strings.Join(parts, " ")
			m.key = "name:" + x.nameKey(toks[i:i+n])
			if place, ok := x.demonyms[toks[i].Lower]; ok && n == 1 {
				m.key = "name:" + text.Fold(place)
				m.name = place
			}
			m.person = n >= 2 || (i > 0 && isTitle(toks[i-1].Lower))
			m.poss = isPossessive(toks[i+n-1])
			m.appos = apposed(toks, i)
			x.markLocative(toks, &m)
			out = append(out, m)
			i += n
			continue
		}
		i++
	}
	return out
}

// locatives put a name in place: "in Istanbul", "near Moscow".
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "on": true, "across": true, "into": true, "around": true}

// markDateline makes the names of a wire dateline places: "PESHAWAR,
// Pakistan (AP) —", "Islamabad (AFP) –", "KABUL, Feb 1 (Reuters) -" open a
// report with where it was filed, which for breaking news is where the
// attack was.
func markDateline(toks []text.Token, ms []mention) {
	end := -1
	for k := 1; k < len(toks) && k < 14; k++ {
		t := toks[k].Text
		if t == "—" || t == "–" || t == "-" && toks[k-1].Text == ")" {
			end = k
			break
		}
		if toks[k].Kind == text.Punct && t != "," && t != "(" && t != ")" && t != "." {
			return
		}
	}
	if end < 0 || toks[0].Kind != text.Word || !toks[0].Cap {
		return
	}
	for i := range ms {
		if ms[i].b <= end && (ms[i].actor < 0 || !ms[i].person) {
			ms[i].locative = true
		}
	}
}

// placeNouns name a kind of place; the name after "city of" is a place.
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "province": true, "district": true, "region": true, "capital": true, "port": true, "state": true, "county": true, "suburb": true, "neighbourhood": true, "neighborhood": true}

// markLocative sets m.locative for a name that says where: after a
// locative preposition, or just before an event word.
func (x *Extractor) markLocative(toks []text.Token, m *mention) {
	k := m.a - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "a") {
		k--
	}
	if k >= 0 && locatives[toks[k].Lower] {
		m.locative = true
		return
	}
	// "the Iranian city of Kerman", "the province of Idlib".
	if k >= 1 && toks[k].Lower == "of" && placeNouns[toks[k-1].Lower] {
		m.locative = true
		return
	}
	for e := m.b; e < len(toks) && e <= m.b+2; e++ {
		if _, _, ok := x.events.match(toks, e); ok {
			m.locative = true
			return
		}
		if toks[e].Kind == text.Punct {
			return
		}
	}
}

// nameRun reports a run of capitalised words at i that is not a stop word,
// allowing name particles inside ("bin", "al").
func (x *Extractor) nameRun(toks []text.Token, i int) (bool, int) {
	t := toks[i]
	if t.Kind != text.Word || !(t.Cap || articled(t.Text)) || x.stop[base(t.Lower)] {
		return false, 0 // "al-Mourabitoun" opens a name as "Al-Mourabitoun" does
	}
	// A capital that only opens the sentence ("Taking place during …") is no name.
	if i == 0 && (i+1 >= len(toks) || !toks[i+1].Cap) && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ly")) {
		return false, 0
	}
	j := i + 1
	for j < len(toks) {
		if isPossessive(toks[j-1]) {
			break
		}
		u := toks[j]
		if u.Kind == text.Word && u.Cap && !x.stop[base(u.Lower)] {
			j++
			continue
		}
		if u.Kind == text.Word && nameParticles[u.Lower] && j+1 < len(toks) && toks[j+1].Cap {
			j += 2
			continue
		}
		if u.Kind == text.Word && articled(u.Text) {
			j++ // "Abu Omar al-Baghdadi" is one name, not "Abu Omar" and "Baghdadi"
			continue
		}
		break
	}
	return true, j - i
}

// articled reports an Arabic name part with its article: "al-Baghdadi",
// "el-Sisi", "ash-Shishani".
func articled(w string) bool {
	// Every token of every sentence asks: most fail on the hyphen's place.
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return false
	}
	for _, p := range []string{"al-", "el-", "ash-", "as-", "ad-", "an-", "ar-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return true
		}
	}
	return false
}

// nameKey normalises a name: lower case, particles and "al-" prefixes
// dropped, spelling variants from the rules folded.
func (x *Extractor) nameKey(toks []text.Token) string {
	var parts []string
	for _, t := range toks {
		w := base(t.Lower)
		for _, p := range []string{"al-", "el-", "ash-", "as-", "ad-", "an-", "ar-"} {
			if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
				w = w[len(p):]
			}
		}
		if nameParticles[w] {
			continue
		}
		if v, ok := x.rs.Names[w]; ok {
			w = text.Fold(v)
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

func isPossessive(t text.Token) bool {
	return strings.HasSuffix(t.Lower, "'s") || (t.Kind == text.Word && strings.HasSuffix(t.Lower, "s'"))
}

var titles = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "gen.": true, "col.": true, "president": true, "minister": true, "general": true, "sheikh": true, "emir": true, "leader": true, "commander": true, "spokesman": true, "spokeswoman": true}

func isTitle(w string) bool { return titles[w] }

// apposed reports a name inside an apposition that describes an earlier
// name: "Hamza bin Laden, the son of Al-Qaeda mastermind Osama bin Laden".
func apposed(toks []text.Token, i int) bool {
	sawOf := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		switch {
		case t.Lower == "of":
			sawOf = true
		case t.Text == ",":
			if !sawOf || k+1 >= len(toks) {
				return false
			}
			a := toks[k+1].Lower
			return a == "the" || a == "a" || a == "an"
		case t.Kind == text.Punct:
			return false
		}
	}
	return false
}

// mentionEndingBefore returns the mention in ms that ends at token b.
func mentionEndingAt(ms []mention, b int) int {
	for i, m := range ms {
		if m.b == b {
			return i
		}
	}
	return -1
}
