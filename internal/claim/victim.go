package claim

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/text"
)

// victims are the people whose death a report's opening tells: "X was
// killed in a raid", "forces killed X", "the death of its leader, X". A
// man dies once, so two reports of his death are of one event wherever and
// whenever each places it. The keys are the people's mention keys.
func (x *Extractor) victims(di *docInfo) []string {
	var out []string
	for si := range di.toks {
		if !inOpening(di, si) {
			continue
		}
		toks := di.toks[si]
		if x.factHedged(toks) {
			continue
		}
		for k := range toks {
			r, ok := x.victimAt(di, si, k)
			if ok && !slices.Contains(out, r.m.key) {
				out = append(out, r.m.key)
			}
		}
		// The first sentence that names a death tells the news; later
		// ones recall others ("his predecessor was killed in battle").
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// victimAt reads the person a word for a death at token k is about: the
// name after "death of" (past a title or a group's word for him, "its
// leader,"), the subject of a passive or of "died", or the object of an
// active verb.
func (x *Extractor) victimAt(di *docInfo, si, k int) (ref, bool) {
	toks := di.toks[si]
	var r ref
	if fi, _, ok := x.factNouns.match(toks, k); ok && x.rs.Facts[fi].ID == killedFact {
		r = x.personAfterOf(di, si, k)
	} else if fi, _, ok := x.factVerbs.match(toks, k); ok && x.rs.Facts[fi].ID == killedFact {
		switch {
		case passive(toks, k) || x.intransitive[toks[k].Lower]:
			r = x.subjectBefore(di, si, raisedFrom(toks, k))
		default:
			r = x.objectAfter(di, si, k, false)
			if !r.ok || !r.m.person {
				r = x.personInObject(di, si, k)
			}
		}
	}
	// "he was killed": who "he" is, a reading of its own, is not risked
	// on an event's identity.
	if !r.ok || r.via != "" || !r.m.person || r.m.locative || r.m.dateline || r.m.key == "" {
		return ref{}, false
	}
	return r, true
}

// personAfterOf finds the person named after a noun's "of" at token k,
// past a determiner, titles and commas: "the death of its leader, Abu
// Kelvar", "the killing of commander Olan Vesk".
func (x *Extractor) personAfterOf(di *docInfo, si, k int) ref {
	toks := di.toks[si]
	if k+2 >= len(toks) || toks[k+1].Lower != "of" || rumoured(toks, k) {
		return ref{}
	}
	for j := k + 2; j < len(toks) && j <= k+7; j++ {
		for _, m := range di.ments[si] {
			if m.a == j && m.person && !m.locative {
				return ref{m: m, sent: si, ok: true}
			}
		}
		t := toks[j]
		if t.Kind == text.Punct && t.Text != "," || t.Kind == text.Word && !determiners[t.Lower] && t.Lower != "his" && t.Lower != "her" && !isTitle(t.Lower) && !leaderNouns[t.Lower] && !isPossessive(t) && !t.Cap {
			break
		}
	}
	return ref{}
}

// personInObject finds a person named in the object of a verb at k, past
// the words that place him: "neutralised the group's leader Abu Kelvar".
// A preposition or a clause's end closes the object.
func (x *Extractor) personInObject(di *docInfo, si, k int) ref {
	toks := di.toks[si]
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		for _, m := range di.ments[si] {
			if m.a == j && m.person && !m.locative {
				return ref{m: m, sent: si, ok: true}
			}
		}
		if t := toks[j]; t.Text == "." || t.Text == ";" || t.Text == ":" || t.Text == "," || prepositions[t.Lower] || t.Lower == "and" || relativePronouns[t.Lower] {
			break
		}
	}
	return ref{}
}
