package yamlx

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// oneLineList is a file just under MaxBytes whose one list is written on
// one line, each phrase with a multi-byte character ("kidnappé" …), the
// shape that made positions quadratic (issue 13).
func oneLineList(limit int) (src []byte, n int) {
	var b strings.Builder
	b.WriteString("responsibility:\n  - id: big\n    patterns: [")
	for ; b.Len() < limit-64; n++ {
		if n > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "\"{actor} kidnappé %d\"", n)
	}
	b.WriteString("]\n")
	return []byte(b.String()), n
}

// slowOffset is offset as it was: walk the line from its start.
func slowOffset(data []byte, starts []int, line, col int) int {
	off := starts[line-1]
	for i := 1; i < col && off < len(data) && !isBreak(data, off); i++ {
		_, w := utf8.DecodeRune(data[off:])
		off += w
	}
	return off
}

// TestPositionsOfAOneLineListAreLinear: finding every item of a 1 MB list
// written on one line walks a bounded number of characters per item, not
// the line up to it. Counted, not timed: before the fix this walked about
// n²/2 characters (n = 33,000 items), so the bound below failed.
func TestPositionsOfAOneLineListAreLinear(t *testing.T) {
	src, n := oneLineList(MaxBytes)
	var f stanceFile
	root, ds := DecodeLoc("big.yaml", src, &f)
	if len(ds) > 0 {
		t.Fatal(ds.Error())
	}
	list := root.Field("responsibility").Index(0).Field("patterns")
	before := list.src.steps.Load()
	for i := 0; i < n; i++ {
		p := list.Index(i).Pos()
		if i%997 == 0 || i == n-1 {
			// Right, too: the place of the item's opening quote.
			if want := slowOffset(src, list.src.starts, 3, list.Index(i).node.Column); p.Offset != want || src[p.Offset] != '"' {
				t.Fatalf("item %d at offset %d, want %d", i, p.Offset, want)
			}
		}
	}
	// An item is about 25 characters long; a walk from the previous mark
	// is at most 64. From the line's start it would be 400,000 on average.
	const perItem = 64
	if steps := list.src.steps.Load() - before; steps > int64(n*perItem) {
		t.Errorf("placing %d items walked %d characters, more than %d per item", n, steps, perItem)
	}
}

// TestOffsetMatchesAWalk: the marks give the offset a walk from the line's
// start gives, on ASCII lines, lines with multi-byte characters, CRLF and
// the other breaks, and columns past the end.
func TestOffsetMatchesAWalk(t *testing.T) {
	var long strings.Builder
	for i := 0; i < 500; i++ {
		long.WriteString("aé’😀 ")
	}
	src := []byte("plain line\r\n" + long.String() + "\nx\u2028y\u0085z\rlast é")
	s := newSource(src)
	for line := 1; line <= len(s.starts); line++ {
		for col := 1; col < 3000; col += 7 {
			if got, want := s.offset(line, col), slowOffset(src, s.starts, line, col); got != want {
				t.Fatalf("line %d col %d: offset %d, want %d", line, col, got, want)
			}
		}
	}
}

// BenchmarkPositionsOneLineList places every item of a 1 MB one-line list.
func BenchmarkPositionsOneLineList(b *testing.B) {
	src, n := oneLineList(MaxBytes)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		var f stanceFile
		root, _ := DecodeLoc("big.yaml", src, &f)
		list := root.Field("responsibility").Index(0).Field("patterns")
		for i := 0; i < n; i++ {
			list.Index(i).Pos()
		}
	}
}
