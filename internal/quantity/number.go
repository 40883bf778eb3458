package quantity

// number is one number read from tokens first..last (inclusive).
type number struct {
	first, last int
	val         int64 // the value; meaningless while dec is set
	mant        int64 // dec: the digits, e.g. 15 for "1.5"
	scale       uint8 // dec: digits after the decimal point
	dec         bool  // a decimal with no multiplier yet: "1.5" in "1.5 to 2 million"
	mult        int64 // the last multiplier word applied, 0 when none
	digits      bool  // written in digits
	year        bool  // four bare digits 1800..2100: a year, not a count
}

// pow10 holds the powers of ten a decimal scale can need.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// scaleDecimal returns mant/10^scale · mult rounded half up.
func scaleDecimal(mant int64, scale uint8, mult int64) (int64, bool) {
	if int(scale) >= len(pow10) {
		return 0, false
	}
	p, ok := mulCheck(mant, mult)
	if !ok {
		return 0, false
	}
	d := pow10[scale]
	q := p / d
	if p%d >= (d+1)/2 {
		q++
	}
	return q, true
}

// readNumber reads a number starting at token i: digits with optional
// multiplier words ("1.5 million"), or number words ("Twenty-three",
// "one hundred and twenty", "a dozen", "half a dozen"). articleDigits lets
// "a" precede digits, as in "less than a 100".
func (m *Matcher) readNumber(t []token, i int, articleDigits bool) (number, bool) {
	if i >= len(t) {
		return number{}, false
	}
	tk := &t[i]
	if articleDigits && tk.kind == tokWord && tk.w != nil && tk.w.syn&synA != 0 &&
		i+1 < len(t) && t[i+1].kind == tokNum && t[i+1].space {
		n, ok := m.readDigits(t, i+1)
		n.first = i
		return n, ok
	}
	switch tk.kind {
	case tokNum:
		return m.readDigits(t, i)
	case tokWord:
		if tk.w != nil {
			return m.readWords(t, i)
		}
	}
	return number{}, false
}

// spacedMult returns the multiplier value of token k when it is a spaced
// multiplier word, else 0.
func spacedMult(t []token, k int) int64 {
	if k < len(t) && t[k].kind == tokWord && t[k].space && t[k].w != nil && t[k].w.isMult {
		return t[k].w.mult
	}
	return 0
}

// readDigits reads "47", "4,000", "1.5 million", "10 million", "3 dozen".
func (m *Matcher) readDigits(t []token, i int) (number, bool) {
	tk := &t[i]
	n := number{first: i, last: i, digits: true}
	prod := int64(1)
	for k := i + 1; ; k++ {
		mv := spacedMult(t, k)
		if mv == 0 {
			break
		}
		p, ok := mulCheck(prod, mv)
		if !ok {
			return n, false
		}
		prod, n.mult, n.last = p, mv, k
	}
	if tk.scale > 0 && n.mult == 0 {
		n.dec, n.mant, n.scale = true, tk.mant, tk.scale
		return n, true
	}
	v, ok := scaleDecimal(tk.mant, tk.scale, prod)
	if !ok {
		return n, false
	}
	n.val = v
	n.year = n.mult == 0 && !tk.commas && tk.scale == 0 && tk.ndig == 4 && v >= 1800 && v <= 2100
	return n, true
}

// wordState is what the last number word was, to keep word numbers grammatical.
type wordState uint8

const (
	wsNone    wordState = iota
	wsArticle           // "a" / "an": a multiplier must follow
	wsUnit              // one..nineteen, or a ten-unit pair
	wsTen               // twenty..ninety
	wsHundred           // a small multiplier of 100 or more: words may follow
	wsDozen             // a small multiplier under 100: nothing may follow
	wsBig               // thousand, million ...
	wsZero              // zero stands alone
)

// readWords reads number words with the usual English grammar: units after
// tens ("twenty-three"), small groups before multipliers ("two dozen",
// "one hundred and twenty"), big multipliers in falling order ("two million
// five hundred thousand").
func (m *Matcher) readWords(t []token, i int) (number, bool) {
	n := number{first: i, last: i}
	w := t[i].w
	if w.syn&synHalf != 0 {
		if i+2 < len(t) && t[i+1].kind == tokWord && t[i+1].space && t[i+1].w != nil &&
			t[i+1].w.syn&synA != 0 {
			if mv := spacedMult(t, i+2); mv >= 2 {
				n.val, n.mult, n.last = mv/2, mv, i+2
				return n, true
			}
		}
		if !w.isUnit && !w.isTen && !w.isMult {
			return n, false
		}
	}
	var total, cur int64
	st := wsNone
	bigLimit := int64(Unbounded)
	k := i
words:
	for k < len(t) {
		tk := &t[k]
		if k > i {
			if isDash(tk) && !tk.space && k+1 < len(t) && !t[k+1].space && t[k+1].kind == tokWord &&
				t[k+1].w != nil && (t[k+1].w.isUnit || t[k+1].w.isTen || t[k+1].w.isMult) {
				k++ // "twenty-three", "one-hundred"
				tk = &t[k]
			} else if !tk.space {
				break
			}
		}
		if tk.kind != tokWord || tk.w == nil {
			break
		}
		w := tk.w
		switch {
		case st == wsNone && k == i && w.syn&synA != 0 && spacedMult(t, k+1) > 0:
			cur, st = 1, wsArticle
		case w.isUnit && w.unit == 0 && st == wsNone:
			st = wsZero
		case w.isUnit && w.unit > 0 && (st == wsNone || st == wsHundred || st == wsBig ||
			(st == wsTen && w.unit < 10)):
			cur += w.unit
			st = wsUnit
		case w.isTen && (st == wsNone || st == wsHundred || st == wsBig):
			cur += w.ten
			st = wsTen
		case w.isMult && w.mult < 1000 && (st == wsUnit || st == wsTen || st == wsArticle) && cur < 100:
			cur *= w.mult
			n.mult = w.mult
			if w.mult >= 100 {
				st = wsHundred
			} else {
				st = wsDozen
			}
		case w.isMult && w.mult >= 1000 && w.mult < bigLimit && cur > 0 && st != wsNone && st != wsBig && st != wsZero:
			p, ok := mulCheck(cur, w.mult)
			if !ok {
				return n, false
			}
			total = satAdd(total, p)
			cur, bigLimit, n.mult, st = 0, w.mult, w.mult, wsBig
		case w.syn&synAnd != 0 && (st == wsHundred || st == wsBig) && k+1 < len(t) &&
			t[k+1].space && t[k+1].kind == tokWord && t[k+1].w != nil &&
			((t[k+1].w.isUnit && t[k+1].w.unit > 0) || t[k+1].w.isTen):
			k++ // "one hundred and twenty": the "and" joins, the next word is read now
			continue
		default:
			break words
		}
		n.last = k
		k++
		if st == wsZero || st == wsDozen {
			break
		}
	}
	if st == wsNone || st == wsArticle {
		return n, false
	}
	n.val = satAdd(total, cur)
	return n, true
}

// isDash reports a hyphen or en dash token (ranges, compounds).
func isDash(tk *token) bool {
	return tk.kind == tokPunct && (tk.r == '-' || tk.r == '–' || tk.r == '‐' || tk.r == '‑')
}
