package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// phrases matches multi-word phrases against tokens, longest first. Rule
// wording is compiled into these once, so matching a token costs one map
// look-up.
type phrases struct {
	byFirst map[string][]phrase
}

type phrase struct {
	words []string
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
// ok=false. A trailing possessive ("ISIS-K's") still matches.
func (p *phrases) match(toks []text.Token, i int) (val, n int, ok bool) {
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
			// "IS" and "US" only in capitals; a longer one may be written as
			// a name: "Isis" is ISIS.
			w := strings.TrimSuffix(strings.TrimSuffix(toks[i].Text, "’s"), "'s")
			good = w == ph.exact || len(ph.exact) >= 4 && toks[i].Cap
		}
		if good {
			return ph.val, len(ph.words), true
		}
	}
	return 0, 0, false
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

// match returns the name starting at toks[i], compared by skeletons.
func (p *spelt) match(toks []text.Token, i int) (val, n int, ok bool) {
	if !toks[i].Cap || len(toks[i].Text) < 3 {
		return 0, 0, false
	}
	cands := p.byFirst[text.Skeleton(base(toks[i].Lower))]
	for _, ph := range cands {
		if len(ph.words) > len(toks)-i {
			continue
		}
		good := true
		for k := 1; k < len(ph.words); k++ {
			if text.Skeleton(base(toks[i+k].Lower)) != ph.words[k] {
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
