// Package diff compares two passages word by word for a side-by-side view.
// It is the one place that uses github.com/sergi/go-diff.
package diff

// OpEqual, OpDelete and OpInsert are the ops of a Segment.
const (
	OpEqual  = "equal"  // in both passages
	OpDelete = "delete" // left only
	OpInsert = "insert" // right only
)

// Segment is a run of text in one side of a side-by-side diff.
type Segment struct {
	Op    string `json:"op"` // "equal", "delete" (left only), "insert" (right only)
	Text  string `json:"text"`
	Claim bool   `json:"claim,omitempty"` // inside the claim span of its side
}

// Span is a byte range [Start, End) of a passage.
type Span struct{ Start, End int }

// Bounds on the work of one diff: a passage with more tokens (words,
// punctuation and whitespace runs) or bytes than this is not aligned word by
// word. The diff runs without a deadline because on Cloudflare Workers the
// clock does not advance during CPU work, so the bound has to be on size.
const (
	MaxTokens = 1000
	MaxBytes  = 64 << 10
)

// Passages diffs two passages word by word and returns the left (equal+delete)
// and right (equal+insert) sides. claimA/claimB mark the claim's words in a
// and b (byte offsets into a and b); segments are split at span edges and
// flagged Claim. Spans out of range are clamped; an edge inside a UTF-8
// sequence moves inward to a character boundary.
//
// The texts of left concatenate to a and those of right to b, byte for byte.
// Numbers are never split: "2014" against "2015" is one deleted and one
// inserted token. When either side has more than MaxTokens tokens or
// MaxBytes bytes, only the common leading and trailing tokens are matched and
// everything between is one delete and one insert.
func Passages(a, b string, claimA, claimB Span) (left, right []Segment) {
	pa, pb := newPassage(a), newPassage(b)
	var ra, rb []run
	if len(pa.ends) > MaxTokens || len(pb.ends) > MaxTokens || len(a) > MaxBytes || len(b) > MaxBytes {
		ra, rb = trimmed(pa, pb)
	} else {
		ra, rb = aligned(pa, pb)
	}
	return segments(a, ra, clamp(claimA, a)), segments(b, rb, clamp(claimB, b))
}
