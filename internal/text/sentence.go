package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the text with its paragraph number.
type Sentence struct {
	Start, End int
	Para       int
}

// Sentences splits s into sentences. A line break ends a sentence and a
// paragraph (scraped news puts one paragraph per line); ". ! ?" end a
// sentence when followed by space and a capital, quote or digit, unless the
// word before is an abbreviation.
func Sentences(s string) []Sentence {
	var out []Sentence
	para := 0
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		for end > start && isSpaceByte(s[end-1]) {
			end--
		}
		if end > start {
			out = append(out, Sentence{Start: start, End: end, Para: para})
		}
		start = -1
	}
	wrapped := HardWrapped(s)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == '\n' && (wrapped || runsOn(s, i)) && i+1 < len(s) && s[i+1] != '\n' && s[i+1] != '\r' && i > 0 && s[i-1] != '\n' {
			i += n // a line break inside a paragraph of hard-wrapped text
			continue
		}
		if r == '\n' {
			emit(i)
			para++
			i += n
			continue
		}
		if start < 0 {
			if unicode.IsSpace(r) || r == '\u00a0' {
				i += n
				continue
			}
			start = i
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + n
			// Closing quotes and brackets belong to the sentence.
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == ']' {
					j += n2
					continue
				}
				break
			}
			if endsSentence(s, start, i, j) {
				emit(j)
				i = j
				continue
			}
		}
		i += n
	}
	emit(len(s))
	return out
}

func endsSentence(s string, start, dot, after int) bool {
	if after >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[after:])
	if r == '\n' || r == '\r' {
		return true // a line ends: at once, or in hard-wrapped text
	}
	if r != ' ' && r != '\u00a0' && r != '\t' {
		return missingSpace(s, start, dot, after)
	}
	k := after
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k >= len(s) || s[k] == '\n' {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[k:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '\'' || next == '(' || next == '[') {
		return false
	}
	if s[dot] != '.' {
		return true
	}
	// The word before the dot: an abbreviation does not end the sentence,
	// except "U.S." and the like at a clear sentence break are ambiguous; we
	// keep them inside to avoid splitting "U.S. officials".
	w := dot
	for w > start {
		r, n := utf8.DecodeLastRuneInString(s[start:w])
		if unicode.IsLetter(r) || r == '.' {
			w -= n
			continue
		}
		break
	}
	word := s[w:dot]
	if word == "" {
		return true
	}
	if _, ok := abbreviations[Fold(word)]; ok {
		return false
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false // an initial: "Michael E. Kurilla"
	}
	return true
}

// HardWrapped reports text broken into lines of one width, as plain-text
// mail and transcripts are: "the group that calls itself Deccan\nMujahideen
// and claimed …". Such a line break is a space, and a blank line ends a
// paragraph. Most lines (five or more) must run on into the next without
// ending a sentence, all of them 40 characters or longer and within 35 of
// each other; headlines and lists do not look so.
func HardWrapped(s string) bool {
	runOn, withNext := 0, 0
	lo, hi := 1<<30, 0
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			break
		}
		end += start
		line := strings.TrimRight(s[start:end], " \t\r")
		next := end + 1
		if line != "" && next < len(s) && s[next] != '\n' && s[next] != '\r' {
			withNext++
			if r, _ := utf8.DecodeLastRuneInString(line); !strings.ContainsRune(".!?:;\"”’)", r) {
				runOn++
				lo, hi = min(lo, len(line)), max(hi, len(line))
			}
		}
		start = next
	}
	return runOn >= 5 && runOn*5 >= withNext*4 && lo >= 40 && hi-lo <= 35
}

// runsOn reports a line break at i inside a sentence of a text not wrapped
// throughout: the line ends without a sentence's mark and the next opens
// with a lower-case letter ("communist militants and\npeasant groups
// formed FARC"). Headlines and paragraphs open with a capital.
func runsOn(s string, i int) bool {
	line := strings.TrimRight(s[:i], " \t\r")
	if line == "" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune(".!?:;\"”’)|", r) {
		return false
	}
	// A page's address on the next line is a line of its own.
	next := s[i+1:]
	if strings.HasPrefix(next, "http://") || strings.HasPrefix(next, "https://") || strings.HasPrefix(next, "www.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// missingSpace reports two sentences run together where a page lost the
// space: "led by its founder.It was formed in 1990". The word before the
// dot is a lower-case word of three letters or more (not "U.S" or an
// initial), and a capital and another letter follow it.
func missingSpace(s string, start, dot, after int) bool {
	if s[dot] != '.' || after+1 >= len(s) {
		return false
	}
	next, n := utf8.DecodeRuneInString(s[after:])
	next2, _ := utf8.DecodeRuneInString(s[after+n:])
	if !unicode.IsUpper(next) || !unicode.IsLetter(next2) {
		return false
	}
	lower := 0
	for w := dot; w > start; {
		r, n := utf8.DecodeLastRuneInString(s[start:w])
		if !unicode.IsLetter(r) {
			if r == '.' {
				return false
			}
			break
		}
		if !unicode.IsLower(r) {
			break
		}
		lower++
		w -= n
	}
	return lower >= 2 && dot-start >= 3
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
