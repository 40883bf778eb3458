package diff

import (
	"strings"
	"testing"
)

// join concatenates the texts of segs.
func join(segs []Segment) string {
	var sb strings.Builder
	for _, s := range segs {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// checkSides asserts what must hold for any call Passages(a, b, ca, cb):
// each side spells its passage exactly, uses only its own ops, has no empty
// or mergeable neighbours, flags exactly the (clamped) claim span and nothing
// outside the requested one, shows the same equal text on both sides, and
// never cuts a token except at a claim edge.
func checkSides(t testing.TB, a, b string, ca, cb Span, left, right []Segment) {
	t.Helper()
	if left == nil || right == nil {
		t.Errorf("nil side: left %v right %v", left == nil, right == nil)
	}
	checkSide(t, "left", a, ca, OpDelete, left)
	checkSide(t, "right", b, cb, OpInsert, right)
	if el, er := equalText(left), equalText(right); el != er {
		t.Errorf("equal text differs:\n left %q\nright %q", el, er)
	}
}

func checkSide(t testing.TB, side, s string, sp Span, edit string, segs []Segment) {
	t.Helper()
	if got := join(segs); got != s {
		t.Errorf("%s side spells %q, want %q", side, got, s)
		return
	}
	p := newPassage(s)
	lo, hi := max(sp.Start, 0), min(sp.End, len(s)) // the requested span, in range
	c := clamp(sp, s)
	var claimed strings.Builder
	off := 0
	for i, g := range segs {
		if g.Op != OpEqual && g.Op != edit {
			t.Errorf("%s segment %d has op %q", side, i, g.Op)
		}
		if g.Text == "" {
			t.Errorf("%s segment %d is empty", side, i)
		}
		if i > 0 && segs[i-1].Op == g.Op && segs[i-1].Claim == g.Claim {
			t.Errorf("%s segments %d and %d should have merged: %q %q", side, i-1, i, segs[i-1].Text, g.Text)
		}
		if off > 0 && !p.boundary(off) && off != c.Start && off != c.End {
			t.Errorf("%s segment %d starts inside a token at %d: %q", side, i, off, g.Text)
		}
		end := off + len(g.Text)
		if g.Claim {
			if off < lo || end > hi {
				t.Errorf("%s segment %d [%d,%d) flagged outside span [%d,%d)", side, i, off, end, sp.Start, sp.End)
			}
			claimed.WriteString(g.Text)
		}
		off = end
	}
	if got, want := claimed.String(), s[c.Start:c.End]; got != want {
		t.Errorf("%s side flags %q, want %q", side, got, want)
	}
}

// equalText concatenates the equal segments of one side.
func equalText(segs []Segment) string {
	var sb strings.Builder
	for _, s := range segs {
		if s.Op == OpEqual {
			sb.WriteString(s.Text)
		}
	}
	return sb.String()
}

// spanOf returns the span of the first occurrence of sub in s.
func spanOf(t testing.TB, s, sub string) Span {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	return Span{i, i + len(sub)}
}

// wholeIn asserts that the first occurrence of num in the side's text lies
// inside a single segment with op.
func wholeIn(t testing.TB, segs []Segment, num, op string) {
	t.Helper()
	sp := spanOf(t, join(segs), num)
	off := 0
	for _, g := range segs {
		end := off + len(g.Text)
		if off <= sp.Start && sp.End <= end {
			if g.Op != op {
				t.Errorf("%q is in a %s segment %q, want %s", num, g.Op, g.Text, op)
			}
			return
		}
		if off < sp.End && end > sp.Start {
			t.Errorf("%q is split: segment %q cuts it", num, g.Text)
			return
		}
		off = end
	}
}
