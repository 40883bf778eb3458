package claim

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	ac "github.com/petar-dambovaliev/aho-corasick"
)

// cueIndex finds, in one multi-pattern pass over a document, the sentences
// that hold any cue word of the rules; only those are read closely. Go's
// regexp with a large alternation is 10–50× slower for this.
type cueIndex struct {
	ac ac.AhoCorasick
}

func (x *Extractor) buildCues() *cueIndex {
	set := map[string]bool{}
	addFirst := func(s string) {
		toks := text.Tokenize(s, 0, len(s))
		if len(toks) > 0 && len(toks[0].Lower) >= 3 {
			set[toks[0].Lower] = true
		}
	}
	for _, k := range x.rs.Counts {
		for _, w := range append(append([]string{}, k.Verbs...), k.Nouns...) {
			addFirst(w)
		}
	}
	for _, f := range x.rs.Facts {
		for _, w := range append(append([]string{}, f.Verbs...), f.Nouns...) {
			addFirst(w)
		}
	}
	for _, p := range x.stances {
		if l := p.firstLiteral(); len(l) >= 3 {
			set[l] = true
		} else {
			for _, e := range p.elems {
				if !strings.HasPrefix(e, "{") && len(e) >= 3 {
					set[e] = true
					break
				}
			}
		}
	}
	pats := make([]string, 0, len(set))
	for w := range set {
		pats = append(pats, w)
	}
	sort.Strings(pats)
	b := ac.NewAhoCorasickBuilder(ac.Opts{AsciiCaseInsensitive: true, MatchKind: ac.LeftMostLongestMatch, DFA: true})
	return &cueIndex{ac: b.Build(pats)}
}

// mark returns, per sentence, whether it holds a cue.
func (c *cueIndex) mark(di *docInfo) []bool {
	hit := make([]bool, len(di.sents))
	it := c.ac.Iter(di.text)
	si := 0
	for m := it.Next(); m != nil; m = it.Next() {
		off := m.Start()
		for si < len(di.sents) && di.sents[si].End <= off {
			si++
		}
		if si < len(di.sents) && off >= di.sents[si].Start {
			hit[si] = true
		}
	}
	return hit
}
