package claim

// A fact box is the table an encyclopedia page, or a copy of one, opens
// with: rows of a label, a colon or a bar, and a value ("Date: 22–23
// September 1997", "Perpetrators | Hezbollah", "Fatalities: 81"). Its
// rows are about the page's own attack, whatever the words around them.

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// skipBullets returns the first token of a row past its list marks.
func skipBullets(toks []text.Token) int {
	k := 0
	for k < len(toks) && (toks[k].Text == "-" || toks[k].Text == "|" || toks[k].Text == "*" || bullets[toks[k].Text]) {
		k++
	}
	return k
}

// bullets open the items of a list.
var bullets = map[string]bool{"•": true, "●": true, "▪": true, "◦": true, "·": true}

// factBoxRows is how many sentences from the top a fact box's rows are
// looked for in.
const factBoxRows = 16

// factBoxDate reads the date of a fact box's "Date" row near the top of a
// page: the row's label, a colon or a bar, and a date in the same line.
func factBoxDate(di *docInfo) (when.Date, bool) {
	for si := 0; si < len(di.sents) && si < factBoxRows; si++ {
		toks := di.toks[si]
		k := skipBullets(toks)
		// "Date25 June 1996": a page's box with its label glued on.
		if k+1 < len(toks) && toks[k].Text == "Date" && toks[k+1].Kind == text.Number && toks[k+1].Start == toks[k].End {
			for _, d := range di.dates[si] {
				if !d.Relative {
					return d, true
				}
			}
		}
		if k+1 >= len(toks) || toks[k].Text != "Date" && toks[k].Text != "When" {
			continue
		}
		// "Date November 23, 2009": a copied box loses its bars, and the
		// day follows the label on the label's line.
		if toks[k+1].Text != ":" && toks[k+1].Text != "|" {
			for _, d := range di.dates[si] {
				if d.Start == toks[k+1].Start && !d.Relative && !strings.Contains(di.text[toks[k].End:d.Start], "\n") {
					return d, true
				}
			}
			continue
		}
		for _, d := range di.dates[si] {
			if d.Start >= toks[k+1].End && !d.Relative {
				return d, true
			}
		}
		// "Date |" on a line of its own, the day on the next.
		if n := si + 1; len(di.dates[si]) == 0 && n < len(di.sents) && len(di.dates[n]) > 0 && len(di.toks[n]) > 0 {
			if d := di.dates[n][0]; d.Start == di.toks[n][0].Start && !d.Relative {
				return d, true
			}
		}
	}
	return when.Date{}, false
}

// maxLabelWords is how many words a fact box's row label may hold.
const maxLabelWords = 6

// factRow reads a fact box's row near the top of a page: "Foundation:
// 1993", "Founded | 1984", "Died: 7 June 2006". The row's label is a
// fact's verb or noun; what it is about is the page's subject, the first
// group (or, for a death, the first person) the page names.
func (x *Extractor) factRow(di *docInfo, si int) (Claim, bool) {
	toks := di.toks[si]
	if si >= factBoxRows || len(toks) < 3 || len(di.dates[si]) == 0 {
		return Claim{}, false
	}
	if c, ok := x.spanRow(di, si); ok {
		return c, true
	}
	// The label: capitalised words up to a colon or a bar, one of them a
	// fact's verb or noun ("Founded:", "Year established or became
	// active:", "Date of formation |").
	sep := -1
	for k := 0; k < len(toks) && k <= maxLabelWords; k++ {
		if toks[k].Text == ":" || toks[k].Text == "|" {
			sep = k
			break
		}
		if toks[k].Kind != text.Word || k == 0 && !toks[k].Cap {
			return Claim{}, false
		}
	}
	fi, ok := -1, false
	for k := 0; k < sep && !ok; k++ {
		var n int
		fi, n, ok = x.factVerbs.match(toks, k)
		if !ok {
			fi, n, ok = x.factNouns.match(toks, k)
		}
		ok = ok && n == 1
	}
	if !ok {
		return Claim{}, false
	}
	d := di.dates[si][0]
	if d.Relative || tokIndex(toks, d.Start) != sep+1 {
		return Claim{}, false
	}
	person := x.rs.Facts[fi].ID == killedFact
	for s := 0; s <= si; s++ {
		for _, m := range di.ments[s] {
			if m.locative || m.person != person || !person && !x.groupLike(m) {
				continue
			}
			c := x.factClaim(di, si, fi, ref{m: m, sent: s, ok: true}, d, toks[0].Start, d.End, fmt.Sprintf("fact box row '%s' → %s of %s, the page's subject", toks[0].Text, x.rs.Facts[fi].ID, m.name))
			return c, true
		}
	}
	return Claim{}, false
}

// spanRow reads a fact box's row whose label the rules list as a fact's
// ("Active | 1970–1990", "- Dates of operation: 2008–present"): the
// span's first year, month or day is the fact's date, of the page's
// title when that is a name alone, else of its first group.
func (x *Extractor) spanRow(di *docInfo, si int) (Claim, bool) {
	toks := di.toks[si]
	// A box's rows may run together in one sentence, a line each.
	for k := 0; k < len(toks); k++ {
		if k == 0 || strings.Contains(di.text[toks[k-1].End:toks[k].Start], "\n") {
			if c, ok := x.spanRowAt(di, si, k+skipBullets(toks[k:])); ok {
				return c, true
			}
		}
	}
	return Claim{}, false
}

// spanRowAt is spanRow for the row whose label opens at token k.
func (x *Extractor) spanRowAt(di *docInfo, si, k int) (Claim, bool) {
	toks := di.toks[si]
	sep := -1
	for j := k; j < len(toks) && j <= k+maxLabelWords; j++ {
		if toks[j].Text == ":" || toks[j].Text == "|" {
			sep = j
			break
		}
		if toks[j].Kind != text.Word {
			return Claim{}, false
		}
	}
	if sep <= k || sep+1 >= len(toks) {
		return Claim{}, false
	}
	fi, ok := x.factRows[strings.ToLower(di.text[toks[k].Start:toks[sep-1].End])]
	if !ok {
		return Claim{}, false
	}
	var d when.Date
	found := false
	for _, dd := range di.dates[si] {
		if dd.Start == toks[sep+1].Start && !dd.Relative {
			d, found = dd, true
			break
		}
	}
	if !found {
		return Claim{}, false
	}
	d.Hi = spanStart(d)
	// The span's first date alone: "17 January 1974", not "– 8 March 1990".
	if i := strings.IndexAny(d.Text, "–—-"); i > 0 {
		d.End = d.Start + len(strings.TrimSpace(d.Text[:i]))
		d.Text = di.text[d.Start:d.End]
	}
	// A page's title line that is a name alone is its subject, whatever
	// its words read as ("Tarvik Islamic Freedom Fighters").
	if m, ok := x.titleName(di); ok {
		return x.factClaim(di, si, fi, ref{m: m, sent: 0, ok: true}, d, toks[k].Start, d.End, fmt.Sprintf("fact box row '%s' → %s of %s, the page's title, from the span's start", di.text[toks[k].Start:toks[sep-1].End], x.rs.Facts[fi].ID, m.name)), true
	}
	for s := 0; s <= si; s++ {
		for _, m := range di.ments[s] {
			if !m.locative && !m.person && x.groupLike(m) {
				return x.factClaim(di, si, fi, ref{m: m, sent: s, ok: true}, d, toks[k].Start, d.End, fmt.Sprintf("fact box row '%s' → %s of %s, the page's subject, from the span's start", di.text[toks[k].Start:toks[sep-1].End], x.rs.Facts[fi].ID, m.name)), true
			}
		}
	}
	return Claim{}, false
}

// titleName returns the text's first line as a name, when it is one: two
// or more words, each capitalised (or "of", "the", "for"), alone on the
// line. A man's or a place's name is no group's title: the mentions read
// in it must not say so.
func (x *Extractor) titleName(di *docInfo) (mention, bool) {
	if len(di.toks) == 0 || len(di.toks[0]) < 2 || strings.TrimSpace(di.text[:di.toks[0][0].Start]) != "" {
		return mention{}, false
	}
	toks := di.toks[0]
	n := 0
	for n < len(toks) && (n == 0 || !strings.Contains(di.text[toks[n-1].End:toks[n].Start], "\n")) {
		if t := toks[n]; t.Kind != text.Word || !t.Cap && t.Lower != "of" && t.Lower != "the" && t.Lower != "for" {
			return mention{}, false
		}
		n++
	}
	if n < 2 {
		return mention{}, false
	}
	for _, m := range di.ments[0] {
		if m.a < n && (m.locative || m.actor >= 0 && x.rs.Actors[m.actor].Type == "state" || m.person && m.a == 0 && m.b == n) {
			return mention{}, false
		}
	}
	name := di.text[toks[0].Start:toks[n-1].End]
	return mention{a: 0, b: n, actor: -1, name: name, key: x.keyOf(name), org: true}, true
}

// spanStart is the last day of the first year, month or day of a date
// that may run across several ("1970–1990" → the end of 1970).
func spanStart(d when.Date) when.Day {
	y, m, dd := d.Lo.YMD()
	switch d.Precision {
	case when.PrecDay:
		return when.DayOf(y, m, dd)
	case when.PrecMonth:
		return when.DayOf(y, m+1, 1) - 1
	case when.PrecDecade:
		return when.DayOf(y-y%10+10, 1, 1) - 1
	default:
		return when.DayOf(y+1, 1, 1) - 1
	}
}

// boxRow reports a line that is a fact box's row: a capitalised label, a
// colon or a bar, then its value ("Fatalities: 81", "- Deaths | 20"), or
// a figure glued to the label where the copy lost the cell break
// ("Deaths17").
func boxRow(toks []text.Token) bool {
	k := skipBullets(toks)
	if k+1 < len(toks) && toks[k].Cap && toks[k].Kind == text.Word && toks[k+1].Kind == text.Number && toks[k].End == toks[k+1].Start {
		return true
	}
	for j := k; j < len(toks) && j <= k+3; j++ {
		if toks[j].Text == ":" || toks[j].Text == "|" {
			return j > k && toks[k].Cap
		}
	}
	return false
}

// perpetratorRow reads a fact box's row of who did it near the top of a
// page: "Perpetrators | Hezbollah Al-Hejaz", "- Perps: NDFB",
// "Suspected perpetrators: X and Y". Each name in the row is held to have
// carried the attack out, in the page's words; a "suspected" row blames.
func (x *Extractor) perpetratorRow(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	if si >= perpetratorRows || len(toks) < 2 {
		return nil
	}
	k, suspected, ok := perpetratorLabel(toks)
	if !ok {
		return nil
	}
	// The names follow a colon or a bar, a space ("Perpetrators
	// al-Shabaab"), or stand on the next line under the label.
	row, from := si, k+1
	switch {
	case k+1 < len(toks) && (toks[k+1].Text == ":" || toks[k+1].Text == "|"):
		from = k + 2
	case k+1 < len(toks) && toks[k+1].Text == "(" && k+3 < len(toks) && toks[k+3].Text == ")":
		from = k + 4 // "Perpetrator(s)"
	case k+1 == len(toks) && si+1 < len(di.toks):
		row, from = si+1, 0
	}
	// A heading over a paragraph ("Perpetrators", then "No group has
	// claimed it, but the ministry pointed to …") is no row: a row names.
	if prose(di.toks[row][from:], di.text) {
		return nil
	}
	kind := carriedOut
	if suspected {
		kind = "blamed"
	}
	var out []Claim
	rt := di.toks[row]
	for _, m := range di.ments[row] {
		// "Perpetrators al-Shabaab": the label's capital ran into the name.
		if m.a == k && m.b > from && row == si && m.actor < 0 {
			m.a = from
			m.key, m.name = "name:"+x.nameKey(rt[m.a:m.b]), joinText(rt[m.a:m.b])
		}
		if m.a < from || m.locative && m.actor < 0 || x.generics[strings.ToLower(m.name)] || nameSuffixes[m.name] {
			continue // "Perpetrator(s): Unknown"; the "Jr." of "Andal Ampatuan, Jr."
		}
		c := Claim{
			Doc: di.idx, Type: Responsibility, Kind: kind,
			Sent: row, SentStart: di.sents[si].Start, SentEnd: di.sents[row].End,
			Start: toks[k].Start, End: rt[m.b-1].End, Words: di.text[toks[k].Start:rt[m.b-1].End],
			Actor: m.key, ActorName: m.name, ActorPerson: m.person && m.actor < 0, rowOfBox: true,
		}
		c.Trace = append(c.Trace, fmt.Sprintf("fact box row '%s' → %s %s", toks[k].Text, kind, m.name))
		out = append(out, c)
	}
	// "Perpetrators Hezbollah Al-Hejaz/Iran": one row names the attack's
	// perpetrators together; they are allies, not rivals.
	if len(out) > 1 {
		for i := range out {
			out[i].Joint = out[(i+1)%len(out)].Actor
		}
	}
	return out
}

// perpetratorLabel finds a row's label of who did it ("Perpetrators",
// "- Perpetrator(s)", "Suspected perpetrators"): the label's token, and
// whether it only suspects.
func perpetratorLabel(toks []text.Token) (k int, suspected, ok bool) {
	k = skipBullets(toks)
	suspected = k < len(toks) && toks[k].Lower == "suspected"
	if suspected {
		k++
	}
	return k, suspected, k < len(toks) && perpetratorLabels[strings.TrimSuffix(toks[k].Lower, "(s")]
}

// prose reports a row's value that tells rather than names: more than
// rowWords words in lower case on its line, past the few that join
// names ("Hezbollah Al-Hejaz, supported by Iran", "X and his clan").
func prose(toks []text.Token, t string) bool {
	n := 0
	for i, tk := range toks {
		if i > 0 && strings.Contains(t[toks[i-1].End:tk.Start], "\n") {
			break // the row ends with its line
		}
		if tk.Kind == text.Word && !tk.Cap && !rowJoiners[tk.Lower] && !namedParticiples[tk.Lower] {
			n++
		}
	}
	return n > rowWords
}

// rowWords is how many words in lower case a row of names may hold.
const rowWords = 3

// rowJoiners join names in a fact box's row, besides the participles
// that tie one to another (namedParticiples: "supported by Iran").
var rowJoiners = map[string]bool{"and": true, "or": true, "of": true, "the": true, "al": true, "bin": true, "ibn": true, "de": true, "del": true, "la": true, "el": true, "by": true, "with": true, "to": true, "suspected": true, "alleged": true, "allegedly": true}

// perpetratorRows is how many sentences from the top a fact box's row of
// who did it is looked for in: an encyclopedia's box may follow a title,
// a caption and a line or two of navigation.
const perpetratorRows = 32

// nameSuffixes close a man's name after a comma, and name no one alone.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true}

// perpetratorLabels label a fact box's row of who did it.
var perpetratorLabels = map[string]bool{"perpetrator": true, "perpetrators": true, "perps": true, "perp": true}
