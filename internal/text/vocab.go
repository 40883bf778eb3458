package text

import (
	"strings"
	"unicode/utf8"
)

// Token ids: NoID on a token no vocabulary read, Unknown on a word the
// vocabulary does not hold. A vocabulary's own words count from 2.
const (
	NoID    int32 = 0
	Unknown int32 = 1
)

// Vocab gives the words that rule phrases are made of small integer ids,
// so that a phrase is looked up by comparing integers, and a token that
// is no phrase word (most of them) is passed over by one comparison. It
// is built once, while rules are compiled, and only read after, so any
// number of Tokenizers may use it at once.
type Vocab struct {
	ids   map[string]int32
	words []string // by id
	// ascii1 holds the ids of one-byte words (punctuation, "a"), a fifth
	// of all tokens, found without hashing; 0 for one it does not hold.
	ascii1 [utf8.RuneSelf]int32
}

// NewVocab returns an empty vocabulary.
func NewVocab() *Vocab {
	return &Vocab{ids: map[string]int32{}, words: []string{"", ""}}
}

// Add gives a word, as Fold writes it, an id, or returns the one it has.
func (v *Vocab) Add(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		v.ascii1[w[0]] = id
	}
	return id
}

// ID returns a folded word's id, or Unknown.
func (v *Vocab) ID(w string) int32 {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		if id := v.ascii1[w[0]]; id != NoID {
			return id
		}
		return Unknown
	}
	if id, ok := v.ids[w]; ok {
		return id
	}
	return Unknown
}

// Len is the number of ids in use, NoID and Unknown included: every id
// is less.
func (v *Vocab) Len() int { return len(v.words) }

// Tokenizer splits text into tokens with ids in a vocabulary, reusing its
// memory from call to call. It is for one goroutine, and one document:
// everything it returned stays valid, as it never writes where it wrote.
type Tokenizer struct {
	vocab *Vocab
	toks  []Token
	fold  []byte
	// lower holds the lower-case forms of tokens that the vocabulary does
	// not hold; a string cut from it stays valid while it grows, and a
	// new one replaces it when full.
	lower     strings.Builder
	chunkSize int
}

// Tokenizer returns a tokenizer for about size bytes of text.
func (v *Vocab) Tokenizer(size int) *Tokenizer {
	return &Tokenizer{vocab: v, toks: make([]Token, 0, size/5+1), chunkSize: max(size/16, 64)}
}

// Reset readies the tokenizer for another document of about size bytes,
// keeping its memory: the tokens it returned before are overwritten as it
// reads on, so only a caller that has let go of all of them may reset it.
// The lower-case forms it made stay valid.
func (z *Tokenizer) Reset(size int) {
	if n := size/5 + 1; cap(z.toks) < n {
		z.toks = make([]Token, 0, n)
	}
	z.toks = z.toks[:0]
	z.chunkSize = max(size/16, 64)
}

// str returns b as a string kept in the tokenizer's buffer.
func (z *Tokenizer) str(b []byte) string {
	if z.lower.Cap()-z.lower.Len() < len(b) {
		z.lower = strings.Builder{}
		z.lower.Grow(max(z.chunkSize, len(b), 64))
	}
	n := z.lower.Len()
	z.lower.Write(b)
	return z.lower.String()[n:]
}
