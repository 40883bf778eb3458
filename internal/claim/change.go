package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// splitChanges undoes a range the scanner read in the words of a change:
// "the toll rose from 10 to 50" and "rose by 10 to 50" give a figure of
// 50 (and an earlier 10, or a change of 10), not "between 10 and 50". A
// range after a word of revision ("rose", "climbed", "went up") is a
// change; "ranged from 10 to 50" is still a range. amts are offsets into
// sentence s; toks are its tokens.
func (x *Extractor) splitChanges(sent string, s text.Sentence, toks []text.Token, amts []quantity.Amount) []quantity.Amount {
	var out []quantity.Amount
	for _, a := range amts {
		// "the toll has gone up to 22": the toll went up, to 22; no bound.
		if rest, ok := strings.CutPrefix(strings.ToLower(a.Text), "up to "); ok {
			if k := tokIndex(toks, a.Start+s.Start) - 1; k >= 0 && wentUp[toks[k].Lower] {
				from := a.End - len(rest)
				for _, b := range x.qty.Scan(sent[from:a.End]) {
					b.Start, b.End = b.Start+from, b.End+from
					b.NumStart, b.NumEnd = b.NumStart+from, b.NumEnd+from
					out = append(out, b)
				}
				continue
			}
		}
		at := strings.LastIndex(a.Text, " to ")
		if a.Lo >= a.Hi || at < 0 || !x.afterChange(toks, tokIndex(toks, a.Start+s.Start), a.Text) {
			out = append(out, a)
			continue
		}
		from, to := a.Start, a.Start+at+len(" to ")
		var parts []quantity.Amount
		for _, p := range [][2]int{{from, a.Start + at}, {to, a.End}} {
			for _, b := range x.qty.Scan(sent[p[0]:p[1]]) {
				b.Start, b.End = b.Start+p[0], b.End+p[0]
				b.NumStart, b.NumEnd = b.NumStart+p[0], b.NumEnd+p[0]
				parts = append(parts, b)
			}
		}
		if len(parts) != 2 {
			out = append(out, a)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// wentUp are the verbs that "up to" follows as a rise, not a bound: "has
// gone up to 22", "went up to 30", "shot up to 50".
var wentUp = map[string]bool{"gone": true, "went": true, "shot": true, "moved": true}

// afterChange reports a word of revision before the range at token ti,
// through "from" or "by" and any adverb or "up"/"down" between: "rose
// sharply from", "was revised down by", "went up by".
func (x *Extractor) afterChange(toks []text.Token, ti int, words string) bool {
	k := ti - 1
	lead := strings.ToLower(words)
	if !strings.HasPrefix(lead, "from ") && !strings.HasPrefix(lead, "by ") {
		if k < 0 || toks[k].Lower != "by" && toks[k].Lower != "from" {
			return false
		}
		k--
	}
	// "raised the death toll from 22 to 30": the toll, the verb's object,
	// stands between the verb and "from".
	for j := max(0, k-3); j <= k; j++ {
		if _, n, ok := x.tolls.match(toks, j); ok && j+n-1 == k {
			k = j - 1
			if k >= 0 && determiners[toks[k].Lower] {
				k--
			}
			break
		}
	}
	for k >= 0 && (toks[k].Lower == "up" || toks[k].Lower == "down" || adverb(toks[k])) {
		k--
	}
	for j := max(0, k-2); j <= k; j++ {
		if _, n, ok := x.revisions.match(toks, j); ok && j+n-1 >= k {
			return true
		}
	}
	return false
}
