package diff

import (
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// run is a byte range of one passage with the op it has in the diff.
type run struct {
	op         string
	start, end int
}

// diffs is go-diff's edit script, on the passages' real text.
type diffs = []diffmatchpatch.Diff

// aligned diffs two passages word by word.
//
// Words and punctuation are each mapped to one rune (the lines-to-chars trick
// applied to tokens) and go-diff aligns those rune strings, so an edit can
// only start or end between tokens. Whitespace is left out of that
// alignment: with it in, the many equal " " tokens outvote the words, and
// "detained 47 people" against "detained 51 people" inside two different
// sentences comes out as one whole-sentence replacement. The whitespace is
// put back between the matched words, DiffCleanupSemantic then merges the
// trivial equalities weighing them by characters (by token count a one-word
// equality such as "detained" would be dropped), and snap undoes any
// character-level shift that cleanup made inside a token.
func aligned(pa, pb passage) (ra, rb []run) {
	wa, wb := pa.words(), pb.words()
	ids := make(map[string]rune, len(wa)+len(wb))
	ua, ub := encode(pa, wa, ids), encode(pb, wb, ids)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // bounded by MaxTokens and MaxBytes instead of the clock

	var out diffs
	var ia, ib int // words consumed on each side
	var ta, tb int // tokens already in out
	for _, d := range dmp.DiffMainRunes(ua, ub, false) {
		k := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			if ia+k > len(wa) || ib+k > len(wb) {
				return trimmed(pa, pb)
			}
			for j := 0; j < k; j++ {
				xa, xb := wa[ia+j], wb[ib+j]
				out = gap(out, pa, pb, ta, xa, tb, xb)
				out = push(out, diffmatchpatch.DiffEqual, pa.tok(xa))
				ta, tb = xa+1, xb+1
			}
			ia, ib = ia+k, ib+k
		case diffmatchpatch.DiffDelete:
			ia += k
		case diffmatchpatch.DiffInsert:
			ib += k
		}
	}
	if ia != len(wa) || ib != len(wb) {
		return trimmed(pa, pb) // go-diff lost or invented a token
	}
	out = gap(out, pa, pb, ta, len(pa.ends), tb, len(pb.ends))
	// go-diff's cleanup turns text into runes and back, which would replace
	// invalid bytes; without it the script is still exact, only noisier.
	if utf8.ValidString(pa.s) && utf8.ValidString(pb.s) {
		out = dmp.DiffCleanupSemantic(out)
	}
	if ra, rb, ok := snap(out, pa, pb); ok {
		return ra, rb
	}
	return trimmed(pa, pb)
}

// trimmed is the cheap diff: equal leading and trailing tokens, and the rest
// of each side as one delete and one insert. It costs one pass over the
// tokens.
func trimmed(pa, pb passage) (ra, rb []run) {
	ra, rb, _ = snap(gap(nil, pa, pb, 0, len(pa.ends), 0, len(pb.ends)), pa, pb)
	return ra, rb
}

// gap appends the script for tokens [a0, a1) of pa against [b0, b1) of pb:
// their common leading and trailing tokens are equal and the rest is one
// delete and one insert.
func gap(out diffs, pa, pb passage, a0, a1, b0, b1 int) diffs {
	for a0 < a1 && b0 < b1 && pa.tok(a0) == pb.tok(b0) {
		out = push(out, diffmatchpatch.DiffEqual, pa.tok(a0))
		a0, b0 = a0+1, b0+1
	}
	q := 0
	for a0 < a1-q && b0 < b1-q && pa.tok(a1-1-q) == pb.tok(b1-1-q) {
		q++
	}
	out = push(out, diffmatchpatch.DiffDelete, pa.s[pa.start(a0):pa.start(a1-q)])
	out = push(out, diffmatchpatch.DiffInsert, pb.s[pb.start(b0):pb.start(b1-q)])
	return push(out, diffmatchpatch.DiffEqual, pa.s[pa.start(a1-q):pa.start(a1)])
}

// push appends text with op t, merging it into the last diff when that has
// the same op, and dropping empty text.
func push(out diffs, t diffmatchpatch.Operation, text string) diffs {
	if text == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Type == t {
		out[n-1].Text += text
		return out
	}
	return append(out, diffmatchpatch.Diff{Type: t, Text: text})
}

// snap turns the script into runs of a and b. Each equality is shrunk until
// both of its ends are token boundaries in both passages; what it loses
// becomes delete and insert, so no run boundary splits a word or number. ok
// is false when the script does not spell out a and b exactly.
func snap(script diffs, pa, pb passage) (ra, rb []run, ok bool) {
	var oa, ob int
	for _, d := range script {
		n := len(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			if !at(pa.s, oa, d.Text) || !at(pb.s, ob, d.Text) {
				return nil, nil, false
			}
			lo := 0
			for lo < n && !(pa.boundary(oa+lo) && pb.boundary(ob+lo)) {
				lo++
			}
			hi := n
			for hi > lo && !(pa.boundary(oa+hi) && pb.boundary(ob+hi)) {
				hi--
			}
			ra = append(ra, run{OpDelete, oa, oa + lo}, run{OpEqual, oa + lo, oa + hi}, run{OpDelete, oa + hi, oa + n})
			rb = append(rb, run{OpInsert, ob, ob + lo}, run{OpEqual, ob + lo, ob + hi}, run{OpInsert, ob + hi, ob + n})
			oa, ob = oa+n, ob+n
		case diffmatchpatch.DiffDelete:
			if !at(pa.s, oa, d.Text) {
				return nil, nil, false
			}
			ra = append(ra, run{OpDelete, oa, oa + n})
			oa += n
		case diffmatchpatch.DiffInsert:
			if !at(pb.s, ob, d.Text) {
				return nil, nil, false
			}
			rb = append(rb, run{OpInsert, ob, ob + n})
			ob += n
		}
	}
	return ra, rb, oa == len(pa.s) && ob == len(pb.s)
}

// at reports whether s holds text at offset off.
func at(s string, off int, text string) bool {
	return off+len(text) <= len(s) && s[off:off+len(text)] == text
}

// encode maps the tokens idx of p to runes, giving each new token the next
// rune.
func encode(p passage, idx []int, ids map[string]rune) []rune {
	out := make([]rune, len(idx))
	for i, x := range idx {
		t := p.tok(x)
		r, ok := ids[t]
		if !ok {
			r = tokenRune(len(ids))
			ids[t] = r
		}
		out[i] = r
	}
	return out
}

// tokenRune is the rune of the n-th distinct token. Private-use code points
// are valid UTF-8 (surrogates are not and would come back as U+FFFD) and
// carry no meaning go-diff's cleanup could act on: U+E000–U+F8FF, then plane
// 15. 2×MaxTokens distinct tokens fit easily.
func tokenRune(n int) rune {
	const bmp = 0xF8FF - 0xE000 + 1
	if n < bmp {
		return rune(0xE000 + n)
	}
	return rune(0xF0000 + n - bmp)
}
