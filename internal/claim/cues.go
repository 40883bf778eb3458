package claim

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/internal/text"
	ac "github.com/petar-dambovaliev/aho-corasick"
)

// dfaAfter is how much text the cue index scans with its NFA before it
// builds the DFA. The DFA scans 3.5× faster natively (200 against 56 MB/s)
// and 1.8× under Wasm (41 against 23), but building it takes 2.5 ms
// natively and 10 ms under Wasm, against 0.2 and 0.5 ms for the NFA: it
// pays for itself after about 0.2 MB natively and 0.5 MB under Wasm. A
// Worker starts a fresh instance for each request, so a small check there
// must not build it; a bulk check from the command line must. Measured
// with the built-in rules (79 cue words).
const dfaAfter = 256 << 10

// cueIndex finds, in one multi-pattern pass over a document, the sentences
// that hold any cue word of the rules; only those are read closely. Go's
// regexp with a large alternation is 10–50× slower for this.
//
// It starts with an Aho-Corasick NFA, cheap to build, and switches to a DFA
// of the same patterns once it has scanned dfaAfter bytes. Both report the
// same leftmost-longest matches (TestCueAutomataAgree), so which one
// scanned a document never shows in its claims. It is safe for concurrent
// use: the count is atomic and the DFA is built once.
type cueIndex struct {
	pats    []string
	nfa     ac.AhoCorasick
	scanned atomic.Int64
	once    sync.Once
	dfa     atomic.Pointer[ac.AhoCorasick]
}

func (x *Extractor) buildCues() *cueIndex {
	pats := x.cuePatterns()
	return &cueIndex{pats: pats, nfa: buildCueAutomaton(pats, false)}
}

// buildCueAutomaton compiles the cue words, matched ASCII case-insensitively.
func buildCueAutomaton(pats []string, dfa bool) ac.AhoCorasick {
	b := ac.NewAhoCorasickBuilder(ac.Opts{AsciiCaseInsensitive: true, MatchKind: ac.LeftMostLongestMatch, DFA: dfa})
	return b.Build(pats)
}

// cuePatterns are the cue words: the first word (of three letters or more)
// of every count and fact verb and noun, and the longest word of every
// stance pattern, sorted.
func (x *Extractor) cuePatterns() []string {
	set := map[string]bool{}
	addCue := func(s string) {
		toks := text.Tokenize(s, 0, len(s))
		if len(toks) > 0 && len(toks[0].Lower) >= 3 {
			set[toks[0].Lower] = true
		} else if len(toks) > 1 && len(toks[1].Lower) >= 3 {
			set[toks[1].Lower] = true // "to found": the word after a short one
		}
	}
	for _, k := range x.rs.Counts {
		for _, w := range k.Verbs {
			addCue(w)
		}
		for _, w := range k.Nouns {
			addCue(w)
		}
	}
	for _, f := range x.rs.Facts {
		for _, w := range f.Verbs {
			addCue(w)
		}
		for _, w := range f.Nouns {
			addCue(w)
		}
		for _, w := range f.Rows {
			addCue(w)
		}
	}
	// A stance pattern matches only where all its words are, so the most
	// telling of them ("responsibility", not "with") is cue enough.
	for _, p := range x.stances {
		best := ""
		for _, e := range p.elems {
			if !strings.HasPrefix(e, "{") && len(e) > len(best) {
				best = e
			}
		}
		if len(best) >= 3 {
			set[formCue(best)] = true
		}
	}
	pats := make([]string, 0, len(set))
	for w := range set {
		pats = append(pats, w)
	}
	sort.Strings(pats)
	return pats
}

// automaton returns the automaton to scan n more bytes with.
func (c *cueIndex) automaton(n int) *ac.AhoCorasick {
	if d := c.dfa.Load(); d != nil {
		return d
	}
	if c.scanned.Add(int64(n)) <= dfaAfter {
		return &c.nfa
	}
	c.once.Do(func() {
		d := buildCueAutomaton(c.pats, true)
		c.dfa.Store(&d)
	})
	return c.dfa.Load()
}

// mark returns, per sentence, whether it holds a cue.
func (c *cueIndex) mark(di *docInfo) []bool {
	hit := make([]bool, len(di.sents))
	it := c.automaton(len(di.text)).Iter(di.text)
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
