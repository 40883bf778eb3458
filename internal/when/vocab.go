package when

// vocab maps folded words to ids in an open-addressing table. Most words
// of a text are not in the lexicon; the table turns them away after one
// short hash and a probe or two, cheaper than a Go map.
type vocab struct {
	ids   map[string]int32 // the source of truth, for Compile
	slots []vslot          // power-of-two size, at most a quarter full
	ascii asciiWords       // the a-z words again, by packed bytes
	sig   *sigClass        // the a-z words' signatures (wordclass.go)
	// months are the ids of month names, for a day glued to its month
	// ("On 2January").
	months map[int32]bool
}

type vslot struct {
	word string
	hash uint32
	id   int32 // 0: empty
}

// hashWord is FNV-1a over the folded bytes.
func hashWord(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// add records a word, growing the table to keep it a quarter full.
func (v *vocab) add(w string, id int32) {
	if v.ids == nil {
		v.ids = map[string]int32{}
	}
	v.ids[w] = id
	if len(v.ids)*4 > len(v.slots) {
		n := 64
		for n < len(v.ids)*4 {
			n *= 2
		}
		v.slots = make([]vslot, n)
		for k, id := range v.ids {
			v.put(k, id)
		}
		return
	}
	v.put(w, id)
}

func (v *vocab) put(w string, id int32) {
	h := hashWord([]byte(w))
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if v.slots[i].id == 0 || v.slots[i].word == w {
			v.slots[i] = vslot{word: w, hash: h, id: id}
			return
		}
	}
}

// lookup returns the id of a folded word, 0 when unknown.
func (v *vocab) lookup(low []byte) int32 {
	if v == nil || len(v.slots) == 0 {
		return 0
	}
	h := hashWord(low)
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &v.slots[i]
		if e.id == 0 {
			return 0
		}
		if e.hash == h && e.word == string(low) {
			return e.id
		}
	}
}

// asciiWords finds words of plain a-z letters by their bytes packed into
// two integers, one multiply per word instead of one per byte: the
// pre-pass (region.go) looks up every word of a text this way.
type asciiWords struct {
	slots []aslot // power-of-two size, at most a quarter full
	shift uint8   // 64 - log2(len(slots))
	long  bool    // some such word is longer than 16 letters: look those up in vocab
}

type aslot struct {
	lo, hi uint64 // letters 0..7 and 8..15, the first in the lowest byte
	n      int32  // letters; 0: empty
	id     int32
}

// packLetter adds lowercase letter c at position p of a packed word.
func packLetter(lo, hi *uint64, p int, c byte) {
	switch {
	case p < 8:
		*lo |= uint64(c) << (8 * p)
	case p < 16:
		*hi |= uint64(c) << (8 * (p - 8))
	}
}

func (a *asciiWords) hash(lo, hi uint64, n int) uint64 {
	return ((lo ^ hi*0x9e3779b97f4a7c15 ^ uint64(n)) * 0xff51afd7ed558ccd) >> a.shift
}

// build fills the table from the vocabulary's a-z words; it reports
// whether the vocabulary holds other words (apostrophes, other letters).
func (a *asciiWords) build(v *vocab) (odd bool) {
	n := 64
	for n < len(v.ids)*4 {
		n *= 2
	}
	a.slots = make([]aslot, n)
	a.shift = 64
	for ; n > 1; n /= 2 {
		a.shift--
	}
	for w, id := range v.ids {
		if !plainWord(w) {
			odd = true
			continue
		}
		if len(w) > 16 {
			a.long = true
			continue
		}
		var lo, hi uint64
		for k := 0; k < len(w); k++ {
			packLetter(&lo, &hi, k, w[k])
		}
		mask := uint64(len(a.slots) - 1)
		for i := a.hash(lo, hi, len(w)); ; i = (i + 1) & mask {
			if a.slots[i].n == 0 {
				a.slots[i] = aslot{lo: lo, hi: hi, n: int32(len(w)), id: id}
				break
			}
		}
	}
	return odd
}

// lookup returns the id of a packed a-z word of n <= 16 letters, 0 when
// unknown.
func (a *asciiWords) lookup(lo, hi uint64, n int) int32 {
	mask := uint64(len(a.slots) - 1)
	for i := a.hash(lo, hi, n); ; i = (i + 1) & mask {
		e := &a.slots[i]
		if e.n == 0 {
			return 0
		}
		if e.lo == lo && e.hi == hi && int(e.n) == n {
			return e.id
		}
	}
}
