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
		if k < len(toks) && glued(toks[k].Text, "Date") {
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

// boxRow reports a line that is a fact box's row: a capitalised label, a
// colon or a bar, then its value ("Fatalities: 81", "- Deaths | 20").
func boxRow(toks []text.Token) bool {
	k := skipBullets(toks)
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
	k := skipBullets(toks)
	suspected := k < len(toks) && toks[k].Lower == "suspected"
	if suspected {
		k++
	}
	if k >= len(toks) || !perpetratorLabels[strings.TrimSuffix(toks[k].Lower, "(s")] {
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

// glued reports a word that is label and digits run together: "Date25".
func glued(word, label string) bool {
	rest, ok := strings.CutPrefix(word, label)
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}
