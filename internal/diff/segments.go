package diff

import "unicode/utf8"

// clamp makes sp a valid span of s: both edges inside [0, len(s)], End not
// before Start, and edges moved inward to character boundaries so no segment
// ends in the middle of a UTF-8 sequence. An inverted span becomes empty.
func clamp(sp Span, s string) Span {
	lo := min(max(sp.Start, 0), len(s))
	hi := min(max(sp.End, lo), len(s))
	for lo < hi && !utf8.RuneStart(s[lo]) {
		lo++
	}
	for hi > lo && hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi--
	}
	return Span{lo, hi}
}

// segments turns the runs of one side into segments: runs are cut at the
// claim span's edges, the pieces inside the span are flagged, empty pieces
// are dropped and neighbours with the same op and flag are merged.
func segments(s string, runs []run, claim Span) []Segment {
	out := []Segment{} // non-nil: an empty side is [] in JSON, not null
	var cur run        // the segment being built
	var curClaim, open bool
	emit := func() {
		if open {
			out = append(out, Segment{Op: cur.op, Text: s[cur.start:cur.end], Claim: curClaim})
		}
	}
	add := func(op string, start, end int) {
		if start >= end {
			return
		}
		inside := claim.Start < claim.End && start >= claim.Start && end <= claim.End
		if open && cur.op == op && curClaim == inside && cur.end == start {
			cur.end = end
			return
		}
		emit()
		cur, curClaim, open = run{op, start, end}, inside, true
	}
	for _, r := range runs {
		start := r.start
		for _, edge := range [2]int{claim.Start, claim.End} {
			if start < edge && edge < r.end {
				add(r.op, start, edge)
				start = edge
			}
		}
		add(r.op, start, r.end)
	}
	emit()
	return out
}
