package when

// vocab maps folded words to ids in an open-addressing table. Most words
// of a text are not in the lexicon; the table turns them away after one
// short hash and a probe or two, cheaper than a Go map.
type vocab struct {
	ids   map[string]int32 // the source of truth, for Compile
	slots []vslot          // power-of-two size, at most a quarter full
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
