package claim

import (
	"fmt"
	"slices"

	"github.com/crosscheck/crosscheck/internal/text"
)

// oneVictim reads one victim named with "a", "an" or "another" beside a
// verb that counts victims: "a soldier was shot dead", "a gunman killed a
// guard", "an officer was wounded", "injuring another officer". A lone
// attacker's victims are often told so, with no number at all. The figure
// is the report's only where it gives no other (Article): "a policeman was
// among the dead" in a report of 40 dead is one of them.
func (x *Extractor) oneVictim(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	s := di.sents[si]
	var out []Claim
	for k := 0; k+1 < len(toks); k++ {
		if l := toks[k].Lower; l != "a" && l != "an" && l != "another" {
			continue
		}
		// The person may follow a word or two: "a young soldier", "an
		// off-duty police officer".
		p, n := -1, 0
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if _, m, ok := x.persons.match(toks, j); ok {
				p, n = j, m
				break
			}
			if t := toks[j]; t.Kind != text.Word || !t.Cap && isVerbLike(t) {
				break
			}
		}
		if p < 0 || isPossessive(toks[p+n-1]) {
			continue // "a soldier's family"
		}
		end := p + n
		// "a soldier and a policeman": a list counts more than one, and its
		// parts are not read one by one; nor is "a woman who died of her
		// injuries" the toll, but one death after it.
		if end < len(toks) && (toks[end].Lower == "and" || toks[end].Lower == "or" || relativeWords[toks[end].Lower]) {
			continue
		}
		v, how := -1, ""
		// "a soldier was killed"; "three teachers and a guard were killed"
		// is a list, as the plural verb says.
		a := end
		for a < len(toks) && a < end+3 && auxiliaries[toks[a].Lower] {
			if pluralAux[toks[a].Lower] {
				a = -1
				break
			}
			a++
		}
		if a < 0 {
			continue
		}
		if w, m, ok := x.countVerbs.match(toks, a); ok && x.rs.Counts[w].Victims {
			v, how = w, fmt.Sprintf("verb '%s' after the person", joinText(toks[a:a+m]))
		} else if w, m, ok := x.countNouns.match(toks, end); ok && x.rs.Counts[w].Victims {
			// "left a soldier dead, a guard wounded".
			v, how = w, fmt.Sprintf("'%s' after the person", joinText(toks[end:end+m]))
		}
		// "shot dead a guard", "the death of a journalist".
		for b := max(0, k-x.verbWords); v < 0 && b < k; b++ {
			if w, m, ok := x.countVerbs.match(toks, b); ok && b+m == k && x.rs.Counts[w].Victims {
				v, how = w, fmt.Sprintf("verb '%s' before the person", joinText(toks[b:k]))
			}
		}
		if v < 0 {
			continue
		}
		start, stop := toks[k].Start, toks[end-1].End
		c := Claim{
			Doc: di.idx, Type: Count, Kind: x.rs.Counts[v].ID, Start: start, End: stop, Words: di.text[start:stop],
			Sent: si, SentStart: s.Start, SentEnd: s.End, Lo: 1, Hi: 1, Exact: true, Article: true,
		}
		c.Trace = append(c.Trace, fmt.Sprintf("'%s' counts one", joinText(toks[k:end])), fmt.Sprintf("counts %s: %s", c.Kind, how))
		out = append(out, c)
		k = end - 1
	}
	return out
}

// relativeWords open a clause about the person before them.
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true}

// pluralAux agree with more than one person: "a guard were killed" ends a
// list.
var pluralAux = map[string]bool{"were": true, "have": true, "are": true}

// alsoReach is how many sentences back a victim told "also" adds to a
// count of the same kind.
const alsoReach = 3

// alsoOne adds to ones (oneVictim's claims of a sentence), for each told
// with "also" ("a local guide was also killed", after "nine tourists
// killed"), the toll one past the last count of its kind in the sentences
// before: the one is in addition to them.
func (x *Extractor) alsoOne(di *docInfo, ones, before []Claim) []Claim {
	out := ones
	for _, c := range ones {
		toks := di.toks[c.Sent]
		also := false
		for k, end := tokIndex(toks, c.End), tokIndex(toks, c.End)+3; k < len(toks) && k < end; k++ {
			also = also || toks[k].Lower == "also"
		}
		if !also {
			continue
		}
		var last *Claim
		for i := len(before) - 1; i >= 0; i-- {
			if b := &before[i]; b.Type == Count && b.Kind == c.Kind && !b.Part && !b.Article && !b.Earlier && b.Sent < c.Sent && b.Sent >= c.Sent-alsoReach {
				last = b
				break
			}
		}
		if last == nil || !last.Exact {
			continue
		}
		d := c
		d.Lo, d.Hi, d.Article, d.Population = last.Lo+1, last.Hi+1, false, ""
		d.Trace = append(slices.Clone(c.Trace), fmt.Sprintf("told 'also' after %d %s: %d in all", last.Lo, c.Kind, last.Lo+1))
		out = append(out, d)
	}
	return out
}
