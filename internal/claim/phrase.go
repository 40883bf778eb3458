package claim

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text"
)

// phrases matches multi-word phrases against tokens, longest first. Rule
// wording is compiled into these once. Once a lexicon has bound the set
// (newLexicon), its words are vocabulary ids: a token whose word opens no
// phrase of the set is passed over by one bit test, and a phrase is
// compared by integers; a set no lexicon bound matches by strings, to the
// same result.
type phrases struct {
	byFirst map[string][]phrase

	lex   *lexicon
	opens []uint64           // lex.opens
	bit   uint64             // this set's bit in lex.opens
	byID  map[int32][]phrase // byFirst by the first word's id, words as ids
}

type phrase struct {
	words []string
	ids   []int32 // words' ids in the lexicon's vocabulary, once bound
	val   int
	exact string // case-sensitive text, for short all-caps aliases like "IS"
}

func newPhrases() *phrases { return &phrases{byFirst: map[string][]phrase{}} }

// add registers a phrase with a value. Short all-caps phrases ("IS", "US")
// match only in capitals, so the pronoun "us" and the verb "is" never do.
func (p *phrases) add(s string, val int) {
	toks := text.Tokenize(s, 0, len(s))
	if len(toks) == 0 {
		return
	}
	// Added to after binding: the ids no longer cover the set, so it
	// matches by strings again.
	p.lex, p.opens, p.byID = nil, nil, nil
	ph := phrase{val: val}
	for _, t := range toks {
		ph.words = append(ph.words, t.Lower)
	}
	if len(s) <= 4 && strings.ToUpper(s) == s && strings.ToLower(s) != s {
		ph.exact = s
	}
	first := ph.words[0]
	list := p.byFirst[first]
	// Keep longest first so the first hit is the longest.
	i := 0
	for i < len(list) && len(list[i].words) >= len(ph.words) {
		i++
	}
	list = append(list, phrase{})
	copy(list[i+1:], list[i:])
	list[i] = ph
	p.byFirst[first] = list
}

// match returns the phrase starting at toks[i] (its value and length), or
// ok=false; past the sentence's end there is none. A trailing possessive
// ("ISIS-K's") still matches.
//
// It is asked at nearly every token for one set or another, and nearly
// always answers no: that answer is one bit test, inlined at the caller.
func (p *phrases) match(toks []text.Token, i int) (val, n int, ok bool) {
	if uint(i) >= uint(len(toks)) {
		return 0, 0, false
	}
	t := &toks[i]
	if o := p.opens; uint(t.ID) < uint(len(o)) && uint(t.Base) < uint(len(o)) && (o[t.ID]|o[t.Base])&p.bit == 0 {
		return 0, 0, false
	}
	return p.matchAt(toks, i)
}

// matchAt is match past the bit test.
func (p *phrases) matchAt(toks []text.Token, i int) (val, n int, ok bool) {
	l := p.lex
	if l == nil {
		return p.matchWords(toks, i)
	}
	id, bid := l.ids(&toks[i])
	var cands []phrase
	if l.opens[bid]&p.bit != 0 {
		cands = p.byID[bid]
	}
	if len(cands) == 0 && l.opens[id]&p.bit != 0 {
		cands = p.byID[id]
	}
	for _, ph := range cands {
		if len(ph.ids) > len(toks)-i {
			continue
		}
		good := true
		last := len(ph.ids) - 1
		for k, w := range ph.ids {
			got, gotBase := l.ids(&toks[i+k])
			if got != w && !(k == last && gotBase == w) {
				good = false
				break
			}
		}
		if good && ph.exact != "" {
			good = exactMatch(toks[i], ph.exact)
		}
		if good {
			return ph.val, len(ph.ids), true
		}
	}
	return 0, 0, false
}

// matchWords is match by strings, for a set no lexicon bound.
func (p *phrases) matchWords(toks []text.Token, i int) (val, n int, ok bool) {
	cands := p.byFirst[base(toks[i].Lower)]
	if len(cands) == 0 {
		cands = p.byFirst[toks[i].Lower]
	}
	for _, ph := range cands {
		if len(ph.words) > len(toks)-i {
			continue
		}
		good := true
		for k, w := range ph.words {
			got := toks[i+k].Lower
			if got != w && !(k == len(ph.words)-1 && base(got) == w) {
				good = false
				break
			}
		}
		if good && ph.exact != "" {
			good = exactMatch(toks[i], ph.exact)
		}
		if good {
			return ph.val, len(ph.words), true
		}
	}
	return 0, 0, false
}

// exactMatch: "IS" and "US" only in capitals; a longer one may be written
// as a name: "Isis" is ISIS.
func exactMatch(t text.Token, exact string) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s")
	return w == exact || len(exact) >= 4 && t.Cap
}

// lexicon is the vocabulary of an extractor's phrase sets, with, for each
// word, the sets that have a phrase opening with it (one bit a set).
// Tokens get their ids from its vocabulary as they are read (docInfo), so
// looking a phrase up costs no string hashing. It is read-only once built.
type lexicon struct {
	vocab *text.Vocab
	opens []uint64 // by word id; all ones for NoID
	// tokenizers keep their token arrays from one document to the next:
	// made anew, a document's array was a third of extraction's bytes.
	tokenizers sync.Pool
	// commons keep the maps of a document's lower-case words (see
	// commonWords) from one document to the next, emptied.
	commons sync.Pool
}

// commonMap returns an empty map for commonWords; put it back in commons
// when the document's names are pruned.
func (l *lexicon) commonMap() map[string]bool {
	if m, ok := l.commons.Get().(map[string]bool); ok {
		clear(m)
		return m
	}
	return map[string]bool{}
}

// tokenizer returns a tokenizer of the lexicon's vocabulary for a document
// of size bytes; Extract puts it back when the document is read.
func (l *lexicon) tokenizer(size int) *text.Tokenizer {
	if z, ok := l.tokenizers.Get().(*text.Tokenizer); ok {
		z.Reset(size)
		return z
	}
	return l.vocab.Tokenizer(size)
}

// newLexicon builds the vocabulary of the sets' words, and of other words
// to be known by id, and binds each set to it. Only 64 sets have a bit;
// any further one matches by strings.
func newLexicon(words []string, sets ...*phrases) *lexicon {
	l := &lexicon{vocab: text.NewVocab()}
	for _, w := range slices.Sorted(slices.Values(words)) {
		l.vocab.Add(w)
	}
	var bound []*phrases
	for _, p := range sets {
		if p == nil || slices.Contains(bound, p) || len(bound) == 64 {
			continue
		}
		bound = append(bound, p)
		// In sorted order, so that ids do not change from run to run.
		for _, first := range slices.Sorted(maps.Keys(p.byFirst)) {
			for _, ph := range p.byFirst[first] {
				for _, w := range ph.words {
					l.vocab.Add(w)
				}
			}
		}
	}
	l.opens = make([]uint64, l.vocab.Len())
	l.opens[text.NoID] = ^uint64(0) // a token no vocabulary read is looked up
	for k, p := range bound {
		p.lex, p.opens, p.bit = l, l.opens, 1<<k
		p.byID = make(map[int32][]phrase, len(p.byFirst))
		for first, list := range p.byFirst {
			id := l.vocab.ID(first)
			out := make([]phrase, len(list))
			for j, ph := range list {
				ph.ids = make([]int32, len(ph.words))
				for m, w := range ph.words {
					ph.ids[m] = l.vocab.ID(w)
				}
				out[j] = ph
			}
			p.byID[id] = out
			l.opens[id] |= p.bit
		}
	}
	return l
}

// ids returns a token's word id and its base's (without "'s"), from the
// token when the lexicon's tokenizer read it, or else looked up.
func (l *lexicon) ids(t *text.Token) (id, baseID int32) {
	if t.ID != text.NoID {
		return t.ID, t.Base
	}
	return l.vocab.ID(t.Lower), l.vocab.ID(base(t.Lower))
}

// base strips a possessive "'s" or trailing apostrophe.
func base(w string) string {
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "'")
}

// spelt matches names however transliteration spells them: each word is
// compared by its skeleton (text.Skeleton), so "Tehrik-i-Taliban Pakistan"
// meets the alias "Tehrik-e-Taliban Pakistan". Only names whose skeleton
// says enough are kept: a short one would meet other words.
type spelt struct {
	byFirst map[string][]phrase
}

// minSkeleton is the shortest skeleton a name may be matched by.
const minSkeleton = 5

func newSpelt() *spelt { return &spelt{byFirst: map[string][]phrase{}} }

// add registers a name, and its spellings with the hyphens of a
// transliteration written as spaces or the spaces as hyphens:
// "Lashkar-e-Taiba" is also written "Lashkar e Taiba", "Jamaat ul Ahrar"
// also "Jamaat-ul-Ahrar".
func (p *spelt) add(s string, val int) {
	p.add1(s, val)
	if strings.Contains(s, "-") {
		p.add1(strings.ReplaceAll(s, "-", " "), val)
	} else if n := len(strings.Fields(s)); n > 1 && n <= 4 {
		p.add1(strings.Join(strings.Fields(s), "-"), val)
	}
}

func (p *spelt) add1(s string, val int) {
	toks := text.Tokenize(s, 0, len(s))
	if len(toks) == 0 {
		return
	}
	ph := phrase{val: val}
	total := 0
	for _, t := range toks {
		sk := text.Skeleton(t.Text)
		total += len(sk)
		ph.words = append(ph.words, sk)
	}
	if total < minSkeleton || !toks[0].Cap {
		return
	}
	list := append(p.byFirst[ph.words[0]], ph)
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	p.byFirst[ph.words[0]] = list
}

// match returns the name starting at toks[i], compared by skeletons. The
// skeletons are made in a buffer on the stack: this runs at every
// capitalised token.
func (p *spelt) match(toks []text.Token, i int) (val, n int, ok bool) {
	if !toks[i].Cap || len(toks[i].Text) < 3 {
		return 0, 0, false
	}
	var buf [64]byte
	cands := p.byFirst[string(text.AppendSkeleton(buf[:0], base(toks[i].Lower)))]
	for _, ph := range cands {
		if len(ph.words) > len(toks)-i {
			continue
		}
		good := true
		for k := 1; k < len(ph.words); k++ {
			if string(text.AppendSkeleton(buf[:0], base(toks[i+k].Lower))) != ph.words[k] {
				good = false
				break
			}
		}
		if good {
			return ph.val, len(ph.words), true
		}
	}
	return 0, 0, false
}
