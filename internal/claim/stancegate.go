package claim

// A stance pattern can match a sentence only if every one of its literal
// words stands in it (matchAt compares each literal with some token's
// form). Most sentences hold a pattern's first word ("by", "with", "the")
// and few hold all of them, so the words each pattern needs are kept as a
// bit set over the patterns' distinct forms: a sentence's set is made with
// the look-up that finds its candidate positions, and a pattern whose
// words are not all there is never tried.

// stanceWord is what the look-up of a token's form gives: the form's bit
// and the patterns that open with it, in precedence order.
type stanceWord struct {
	bit   int
	first []int
}

// stanceGate holds, per pattern, the bits of the forms it needs.
type stanceGate struct {
	words map[string]stanceWord
	need  [][]uint64
	size  int // uint64 words in a bit set
}

func newStanceGate(ps []stancePattern) stanceGate {
	g := stanceGate{words: map[string]stanceWord{}}
	bit := func(f string) int {
		w, ok := g.words[f]
		if !ok {
			w.bit = len(g.words)
			g.words[f] = w
		}
		return w.bit
	}
	for i, p := range ps {
		f := p.firstLiteral()
		bit(f)
		w := g.words[f]
		w.first = append(w.first, i)
		g.words[f] = w
	}
	for _, p := range ps {
		for _, e := range p.elems {
			if !isSlot(e) {
				bit(e)
			}
		}
	}
	g.size = (len(g.words) + 63) / 64
	g.need = make([][]uint64, len(ps))
	for i, p := range ps {
		need := make([]uint64, g.size)
		for _, e := range p.elems {
			if !isSlot(e) {
				b := g.words[e].bit
				need[b/64] |= 1 << (b % 64)
			}
		}
		g.need[i] = need
	}
	return g
}

// isSlot reports a pattern element that is a slot, not a literal.
func isSlot(e string) bool { return len(e) > 0 && e[0] == '{' }

// has reports whether the sentence's set holds every form pattern p needs.
func (g *stanceGate) has(p int, set []uint64) bool {
	for i, n := range g.need[p] {
		if set[i]&n != n {
			return false
		}
	}
	return true
}
