package quantity

// The checks here look around a number for signs that it is not a count:
// a date ("April 6", "Aug. 7"), a year, money ("$10 million"), a
// percentage, a rank ("No. 2"), part of a name or code ("IK-19", "9/11"),
// or a compound adjective ("34-year-old", "two-day").

// openPunct may sit glued before a number: quotes and brackets.
func openPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '“', '‘', '«', '„', '—', '*':
		return true
	}
	return false
}

// closePunct may sit glued after a number.
func closePunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '”', '’', '»', '…', '—':
		return true
	}
	return false
}

// wordHas reports whether token k is a word with the syntax flag f; upper
// demands a capital first letter, as month names need ("may" is a verb).
func wordHas(t []token, k int, f synFlag, upper bool) bool {
	return k >= 0 && k < len(t) && t[k].kind == tokWord && t[k].w != nil && t[k].w.syn&f != 0 &&
		(!upper || t[k].upper)
}

// punctIs reports whether token k is the punctuation rune r.
func punctIs(t []token, k int, r rune) bool {
	return k >= 0 && k < len(t) && t[k].kind == tokPunct && t[k].r == r
}

// skipGlued returns the first token from k on that has space before it, so
// a rejected number takes its glued tail ("9/11", "2014-15") with it.
func skipGlued(t []token, k int) int {
	for k < len(t) && !t[k].space {
		k++
	}
	return k
}

// isDay reports whether n could be a day of the month.
func isDay(t []token, n number) bool {
	return n.digits && !n.dec && n.mult == 0 && n.first == n.last && !t[n.first].commas &&
		n.val >= 1 && n.val <= 31
}

// leftSkip looks before number n (first token i) and returns the token
// index to resume at when n is not a count, or -1.
func (m *Matcher) leftSkip(t []token, n number) int {
	i := n.first
	if i == 0 {
		return -1
	}
	prev := &t[i-1]
	if !t[i].space {
		if prev.kind == tokPunct && openPunct(prev.r) {
			return -1
		}
		// Glued to "$", "-", "/", "#", "_", "." …: money, codes, names.
		return skipGlued(t, n.last+1)
	}
	monthBefore := wordHas(t, i-1, synMonth|synMonthAbbr, true) ||
		(punctIs(t, i-1, '.') && !prev.space && wordHas(t, i-2, synMonthAbbr, true))
	if monthBefore && isDay(t, n) {
		return dateTail(t, n.last+1)
	}
	if punctIs(t, i-1, '.') && !prev.space && wordHas(t, i-2, synNo, false) {
		return skipGlued(t, n.last+1) // "No. 2"
	}
	if wordHas(t, i-1, synCurrency, false) {
		return skipGlued(t, n.last+1) // "USD 10"
	}
	return -1
}

// dateTail skips the second day of "September 4 and 5", "January 1 to 10".
func dateTail(t []token, k int) int {
	if k+1 < len(t) && (isDash(&t[k]) || wordHas(t, k, synAnd|synTo|synOr, false)) &&
		t[k+1].kind == tokNum && t[k+1].scale == 0 && !t[k+1].commas && t[k+1].mant >= 1 && t[k+1].mant <= 31 {
		k += 2
	}
	return skipGlued(t, k)
}

// rightSkip looks right after number n and returns the token index to
// resume at when n is not a count, or -1. Ranges and after-qualifiers are
// read before this runs on the last number of a phrase.
func (m *Matcher) rightSkip(t []token, n number) int {
	k := n.last + 1
	if n.year {
		return skipGlued(t, k)
	}
	if k >= len(t) {
		return -1
	}
	nx := &t[k]
	if isDay(t, n) && wordHas(t, k, synMonth, true) {
		return skipGlued(t, k+1) // "4 March"
	}
	if !nx.space && nx.kind == tokPunct && !isDash(nx) {
		colonTime := nx.r == ':' && k+1 < len(t) && !t[k+1].space && t[k+1].kind == tokNum
		if !closePunct(nx.r) || colonTime {
			return skipGlued(t, k) // "95%", "9/11", "10:30", "24/7"
		}
	}
	if isDash(nx) && !nx.space && k+1 < len(t) && !t[k+1].space && t[k+1].kind != tokPunct {
		return skipGlued(t, k) // "34-year-old", "two-day", "one-sided"
	}
	if m.notCountAfter(t, k) {
		return skipGlued(t, k+1)
	}
	return -1
}

// notCountAfter reports a percent sign, "percent", "per cent" or a
// currency word at token k, spaced from the number.
func (m *Matcher) notCountAfter(t []token, k int) bool {
	if k >= len(t) || !t[k].space {
		return false
	}
	if punctIs(t, k, '%') {
		return true
	}
	if wordHas(t, k, synPercent|synCurrency, false) {
		return true
	}
	return wordHas(t, k, synPer, false) && wordHas(t, k+1, synCent, false)
}
