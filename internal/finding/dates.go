package finding

import "github.com/crosscheck/crosscheck/internal/when"

// overlapAt reports whether two dates can be the same at their common
// precision (when.Overlap).
func overlapAt(a, b when.Date) bool { return when.Overlap(a, b) }

// dateText shows a date at its precision.
func dateText(d when.Date) string {
	lo, hi := d.Lo.String(), d.Hi.String()
	switch d.Precision {
	case when.PrecYear:
		lo, hi = lo[:4], hi[:4]
	case when.PrecMonth:
		lo, hi = lo[:7], hi[:7]
	case when.PrecDecade:
		return lo[:3] + "0s"
	}
	if lo == hi {
		return lo
	}
	return lo + "–" + hi
}
