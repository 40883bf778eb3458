package claim

import (
	"sort"

	"github.com/crosscheck/crosscheck/internal/text"
)

// nameCapitals reads "the capital" as the city it is: "the Afghan capital"
// is Kabul, and "in the capital" of a report about Somalia is Mogadishu (the
// first country the report names that has a capital in the rules). The
// city becomes a name of the sentence, so it places claims and events as
// "in Kabul" would.
func (x *Extractor) nameCapitals(di *docInfo) {
	country := -1
	for _, ms := range di.ments {
		for _, m := range ms {
			if m.actor >= 0 && x.rs.Actors[m.actor].Capital != "" {
				country = m.actor
				break
			}
		}
		if country >= 0 {
			break
		}
	}
	for si, toks := range di.toks {
		for k, t := range toks {
			if base(t.Lower) != "capital" || k == 0 {
				continue
			}
			// "the capital punishment", "capital flight": another noun's word.
			if k+1 < len(toks) && otherNoun(toks[k+1]) {
				continue
			}
			a, state := k-1, country
			if s, ok := x.demonyms[text.Fold(toks[a].Text)]; ok {
				state = x.stateNamed(s)
				a--
			} else if k+2 < len(toks) && toks[k+1].Lower == "of" {
				continue // "the capital of Ondo State": the text names it
			}
			if a < 0 || toks[a].Lower != "the" || state < 0 || x.rs.Actors[state].Capital == "" {
				continue
			}
			name := x.rs.Actors[state].Capital
			m := mention{a: a + 1, b: k + 1, actor: -1, name: name, key: "name:" + x.nameKey(text.Tokenize(name, 0, len(name)))}
			x.markLocative(toks, &m)
			di.ments[si] = insertMention(di.ments[si], m)
		}
	}
}

// stateNamed is the state actor a name from the rules' demonyms stands
// for, or -1.
func (x *Extractor) stateNamed(name string) int {
	toks := text.Tokenize(name, 0, len(name))
	if ai, n, ok := x.actors.match(toks, 0); ok && n == len(toks) && x.rs.Actors[ai].Type == "state" {
		return ai
	}
	return -1
}

// insertMention adds m in text order, in place of mentions it overlaps.
func insertMention(ms []mention, m mention) []mention {
	out := ms[:0:0]
	for _, o := range ms {
		if o.b <= m.a || o.a >= m.b {
			out = append(out, o)
		}
	}
	out = append(out, m)
	sort.SliceStable(out, func(i, j int) bool { return out[i].a < out[j].a })
	return out
}

// otherNoun reports a word after "capital" that makes it part of another
// noun ("capital punishment") rather than the city ("the capital on
// Friday", "the capital, Kabul", "the capital where …").
func otherNoun(t text.Token) bool {
	if t.Kind != text.Word || t.Cap {
		return false
	}
	switch w := t.Lower; {
	case prepositions[w], locatives[w], clauseStop[w], w == "city", w == "and", w == "where", w == "was", w == "is", w == "has", w == "had":
		return false
	}
	return true
}
