package yamlx

import "strings"

// Suggest returns the candidate closest to s, or "" if none is close enough
// to be a likely typo. Close means an edit distance (insertions, deletions,
// substitutions and swaps of neighbours, ignoring case) of at most a third of
// s's length, at least 1 and at most 3. Ties go to the earlier candidate.
func Suggest(s string, candidates []string) string {
	a := []rune(strings.ToLower(s))
	limit := min(max(len(a)/3, 1), 3)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if dist := distance(a, []rune(strings.ToLower(c)), limit); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// distance is the optimal-string-alignment distance between a and b, giving
// up with limit+1 once it must exceed limit (long ids cost nothing then).
func distance(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	// Three rows suffice: a swap looks two rows back.
	prev2, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
