package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// auxiliaries stand between a subject and its predicate and are skipped
// when looking back for the subject.
var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true,
	"has": true, "had": true, "have": true, "also": true, "reportedly": true, "allegedly": true,
	"later": true, "then": true, "who": true, "which": true, "that": true, "never": true,
	"both": true, "previously": true, "already": true, "apparently": true, "publicly": true,
	"subsequently": true, "eventually": true, "itself": true, "themselves": true,
}

// asides are single words set off by commas between a subject and its
// verb: "The Taliban, however, rejected involvement".
var asides = map[string]bool{"however": true, "meanwhile": true, "though": true, "too": true, "also": true, "instead": true, "moreover": true, "separately": true, "later": true}

// relatives open a clause that describes the name before it.
var relatives = map[string]bool{"a": true, "an": true, "the": true, "which": true, "who": true, "whose": true, "whom": true}

// ref is a resolved subject: the mention and where it was found.
type ref struct {
	m    mention
	sent int
	ok   bool
	via  string // how it was found: "", "pronoun", "anaphora", ownStatement
	end  int    // token after the phrase, when it runs past the mention ("U.S. officials")
}

// ownStatement: "it" or "they" after the group's own verb of saying ("ISKP
// said it carried out the attack"), so what follows is the group's word.
const ownStatement = "the group's own statement"

// adverb reports a lower-case -ly word: "officially", "reportedly".
func adverb(t text.Token) bool {
	return t.Kind == text.Word && !t.Cap && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly") && t.Lower != "early" && t.Lower != "only"
}

// intensifiers stand between a subject and its verb: "Bin Laden himself was
// killed", "the group first emerged in 2016".
var intensifiers = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "also": true, "reportedly": true, "allegedly": true, "first": true}

// subjectBefore finds what a predicate at token k of sentence si is about,
// looking left past auxiliaries, appositions and relative clauses, and
// resolving pronouns and "the group".
// toldParticiple reports "reported" or "confirmed" after an auxiliary:
// "X was reported killed".
func toldParticiple(toks []text.Token, j int) bool {
	w := toks[j].Lower
	if w != "reported" && w != "confirmed" && w != "believed" && w != "presumed" || j == 0 {
		return false
	}
	// "were also reported killed".
	if j > 1 && (intensifiers[toks[j-1].Lower] || adverb(toks[j-1])) {
		j--
	}
	return auxiliaries[toks[j-1].Lower]
}

// continuing are the verbs that carry on another's subject through "to".
var continuing = map[string]bool{"continued": true, "continue": true, "continues": true, "continuing": true}

// branchWords name a part of a group a place or a people names: "its Yemen
// branch", "the group's Afghan affiliate".
var branchWords = map[string]bool{"branch": true, "affiliate": true, "wing": true, "arm": true, "offshoot": true, "franchise": true, "chapter": true}

func (x *Extractor) subjectBefore(di *docInfo, si, k int) ref {
	toks, ms := di.toks[si], di.ments[si]
	j := k - 1
	// Between the subject and its verb may stand, in any order: a date and
	// the closing quote of a name ("the group … “Deccan Mujahideen” today
	// claimed", "Moldova on Tuesday flatly denied"); an adverb or an
	// auxiliary ("was officially founded"); a participle of telling after
	// the auxiliary ("was reported killed", "were confirmed dead"); and
	// the quote a speaker's words open with ("the group “firmly
	// denies”").
	relative := false // "… which was founded": the subject is what "which" stands for
	for j >= 0 {
		if d := dateEndingAt(di.dates[si], toks, j); d >= 0 {
			j = d - 1
			if j >= 0 && (toks[j].Lower == "on" || toks[j].Lower == "in") {
				j--
			}
			continue
		}
		// "IS claimed responsibility": a word in capitals is a name, not
		// the verb it spells.
		if auxiliaries[toks[j].Lower] && !acronym(toks[j:j+1]) || intensifiers[toks[j].Lower] || adverb(toks[j]) || toldParticiple(toks, j) || j > 0 && isQuote(toks[j].Text) {
			relative = relative || toks[j].Lower == "which" || toks[j].Lower == "that"
			j--
			continue
		}
		// "Syria has continued to deny": the verb goes on the subject's.
		if j > 0 && toks[j].Lower == "to" && continuing[toks[j-1].Lower] {
			j -= 2
			continue
		}
		break
	}
	// "Gamaa al Islamiya--the most violent of several factions--claimed":
	// an aside between dashes.
	if o := dashAsideOpen(toks, j); o > 0 && mentionEndingAt(ms, o) >= 0 {
		j = o - 1
	} else if o > 2 && toks[o-1].Text == ")" {
		// "the Kelvat Jihad Council (KJC) – a coalition of … – claimed":
		// the name's initials in brackets stand before the aside.
		if p := openParen(toks, o-2); p > 0 && mentionEndingAt(ms, p) >= 0 {
			j = p - 1
		}
	}
	if j >= 0 && toks[j].Text == "," {
		c := j - 1
		for c >= 0 && toks[c].Text != "," {
			c--
		}
		if c >= 0 && c+2 == j && asides[toks[c+1].Lower] {
			j = c - 1 // "The Taliban, however, rejected involvement"
		} else if c >= 1 && c+2 == j && toks[c+1].Kind == text.Number && mentionEndingAt(ms, c) >= 0 {
			j = c - 1 // "Olan Vesk, 32, was behind the attack": his age
		} else if c >= 0 && c+1 < j && (relatives[toks[c+1].Lower] || isPossessive(toks[c+1]) || x.asideOfParts(toks, c+1)) {
			// "Three militant factions, including splinter groups of the
			// Taliban, have claimed": the aside names parts, not the subject.
			// "the largest militant group, the TTP, was formed": an
			// apposition that is a group's name names the subject ("ISKP,
			// the regional branch of the Islamic State, said" does not).
			if toks[c+1].Lower == "the" {
				// "the Lashkar-e-Taiba Al Alami (LeT-international),": the
				// name's own brackets close the apposition.
				end := j
				if j > 0 && toks[j-1].Text == ")" {
					if o := openParen(toks, j-2); o > c+2 {
						end = o
					}
				}
				for _, m := range mentionsIn(ms, c+1, end) {
					// "Egypt's main militant group, the Gama'a Islamiyya,
					// admitted": a name in apposition to a group's noun.
					named := m.actor < 0 && !m.locative && c > 0 && x.orgHeads[base(toks[c-1].Lower)]
					if (x.isGroup(m) || named) && m.a == c+2 && m.b == end {
						if named {
							m.person, m.org = false, true // the apposition says what it is
						}
						return ref{m: m, sent: si, ok: true}
					}
				}
			}
			j = c - 1
		} else if o := afterQuote(toks, c+1); c >= 1 && o < j && isLowerWord(toks[o]) && !auxiliaries[toks[o].Lower] && (!isVerbLike(toks[o]) || participleAside(toks[o:j])) && (mentionEndingAt(ms, c) >= 0 || toks[c-1].Text == ")" && mentionEndingAt(ms, c-1) >= 0) {
			// "The Sulu Front, founded in 1989, began": a participle's aside
			// too.
			// "Hakimullah Mehsud, head of the Taliban in Pakistan, was
			// killed": the name before an apposition of who he is; "the
			// Islamic State West Africa Province (ISWAP), originally a
			// branch of Boko Haram, claimed": its initials between.
			j = c - 1
		} else if c >= 1 && c+1 < j && leaderNouns[leaderWord(toks[j-1].Lower)] && mentionEndingAt(ms, c) >= 0 {
			// "Dmitry Peskov, Russian President Vladimir Putin's chief
			// spokesperson, rejected": the name before the aide's title.
			j = c - 1
		} else {
			j--
		}
	}
	// A name read with its initials in brackets ends after them.
	if j >= 0 && toks[j].Text == ")" && mentionEndingAt(ms, j+1) < 0 {
		j--
		// "the Sulu Front (SF), …, claimed": the name, not its initials.
		// Initials the rules know ("ISIS") say it better than the words
		// before them, which may end in a place ("… in Iraq and Syria").
		if ini := mentionEndingAt(ms, j+1); j >= 2 && toks[j-1].Text == "(" && acronym(toks[j:j+1]) && mentionEndingAt(ms, j-1) >= 0 && (ini < 0 || ms[ini].actor < 0) {
			j -= 2
		} else if o := openParen(toks, j); o > 0 && !acronym(toks[o+1:j+1]) && mentionEndingAt(ms, o) >= 0 {
			// "Jundullah (Soldiers of Allah), a splinter group, was the
			// first to claim": the name, not a word of its gloss.
			j = o - 1
		}
	}
	// "Daesh* claimed": a footnote mark after a name (a publisher's note
	// on a banned group) is no word of it.
	for j >= 0 && footnoteMarks[toks[j].Text] {
		j--
	}
	if j < 0 {
		return ref{}
	}
	if mi := mentionEndingAt(ms, j+1); mi >= 0 {
		// "a militant group in Pakistan which was founded in 2007": a place
		// before "which" says where the antecedent is, not what it is.
		if relative && ms[mi].locative && !x.isGroup(ms[mi]) {
			return x.resolveGroup(di, si, ms[mi].a)
		}
		// "… was an insurgent group in Algeria formed in 1993": the group
		// the copula's subject is, not where it was.
		if ms[mi].locative && !x.isGroup(ms[mi]) {
			if c := x.copulaDescribed(toks, ms, j); c > 0 {
				if r := x.subjectBefore(di, si, c); r.ok {
					return r
				}
			}
		}
		// "Al-Shabab militants based in neighbouring Somalia have
		// claimed": the place says where the subject is; the group before
		// it is the subject.
		if ms[mi].locative && !x.isGroup(ms[mi]) {
			for i := mi - 1; i >= 0; i-- {
				if ms[i].a < ms[mi].a-8 || ms[i].b > ms[mi].a || hasPunct(toks[ms[i].b:ms[mi].a]) {
					break
				}
				if x.isGroup(ms[i]) {
					return ref{m: ms[i], sent: si, ok: true}
				}
			}
		}
		// "the banned HuJI militant outfit of Bangladesh is suspected": a
		// state after a group's head noun and "of" is where the group is;
		// the name before the noun is the group.
		if m := ms[mi]; m.a >= 2 && toks[m.a-1].Lower == "of" && x.orgHeads[toks[m.a-2].Lower] && !toks[m.a-2].Cap && !m.person && !x.groupLike(m) {
			for i := mi - 1; i >= 0 && ms[i].a >= m.a-8; i-- {
				if ms[i].b <= m.a-2 && x.groupLike(ms[i]) && !hasPunct(toks[ms[i].b:m.a]) {
					return ref{m: ms[i], sent: si, ok: true}
				}
			}
		}
		// "Andal Ampatuan Jr, mayor in Maguindanao province, Philippines,
		// denies": the place closes an apposition of the man named before.
		if m := ms[mi]; (m.locative || m.actor >= 0 && x.rs.Actors[m.actor].Type == "state") && m.a > 0 && toks[m.a-1].Text == "," {
			for i := mi - 1; i >= 0 && ms[i].a >= m.a-16; i-- {
				if ms[i].person && !ms[i].locative && ms[i].b < len(toks) && toks[ms[i].b].Text == "," {
					return ref{m: ms[i], sent: si, ok: true}
				}
			}
		}
		return ref{m: ms[mi], sent: si, ok: true}
	}
	// "Al Qaeda's Yemen branch claimed": the group whose branch it is, not
	// the country the branch is named for.
	if j > 0 && branchWords[toks[j].Lower] {
		for p := j - 1; p >= 0 && p >= j-3; p-- {
			if isPossessive(toks[p]) {
				if mi := mentionEndingAt(ms, p+1); mi >= 0 && x.isGroup(ms[mi]) {
					return ref{m: ms[mi], sent: si, ok: true, end: j + 1}
				}
				break
			}
		}
	}
	if j > 0 && isLowerWord(toks[j]) && !auxiliaries[toks[j].Lower] {
		// ("emailed a Pakistani reporter, claiming": a state's
		// adjective before a word for anyone else names no actor.)
		if mi := mentionEndingAt(ms, j); mi >= 0 && (ms[mi].actor >= 0 && (x.rs.Actors[ms[mi].actor].Type != "state" || x.groupHead(toks, j) || stateOrgans[toks[j].Lower] || forceHeads[toks[j].Lower] || stateAgents[toks[j].Lower]) || x.groupHead(toks, j) && !ms[mi].locative) {
			// "the Shining Path guerrillas were formed": the name before a
			// word for a group's people is the group.
			return ref{m: ms[mi], sent: si, ok: true, end: j + 1}
		}
		// "the Tarvik Front rebel group, which has denied": a group's
		// name, a word of what kind, then its head noun.
		if j >= 2 && relative && x.orgHeads[toks[j].Lower] && isLowerWord(toks[j-1]) && !auxiliaries[toks[j-1].Lower] {
			if mi := mentionEndingAt(ms, j-1); mi >= 0 && (x.isGroup(ms[mi]) || !ms[mi].person && !ms[mi].locative && ms[mi].actor < 0) {
				return ref{m: ms[mi], sent: si, ok: true, end: j + 1}
			}
		}
		// "The Islamic State (IS) group said": the name before its acronym.
		if j >= 4 && toks[j-1].Text == ")" && toks[j-3].Text == "(" {
			if mi := mentionEndingAt(ms, j-3); mi >= 0 && ms[mi].actor >= 0 {
				return ref{m: ms[mi], sent: si, ok: true, end: j + 1}
			}
		}
	}
	// "Abdelbaset al-Megrahi, the former intelligence officer convicted
	// in the bombing", "X - the only person convicted over it -": the
	// name an apposition describes.
	// ("…, a security official told": a speaker of his own, no apposition.)
	if _, _, tells := x.reporting.match(toks, k); !tells {
		if m, ok := x.appositionOwner(toks, ms, j); ok {
			return ref{m: m, sent: si, ok: true}
		}
	}
	// "the president": the man an earlier sentence titled so.
	if j >= 1 && toks[j-1].Lower == "the" && isTitle(toks[j].Lower) {
		if r := x.resolveTitled(di, si, j-1, toks[j].Lower); r.ok {
			return r
		}
	}
	// "the group", "he", "it": an anaphor ending at j.
	for a := j; a >= 0 && a >= j-2; a-- {
		if _, n, ok := x.personAna.match(toks, a); ok && a+n == j+1 {
			return x.resolvePerson(di, si, a)
		}
		if _, n, ok := x.groupAna.match(toks, a); ok && a+n == j+1 {
			return x.resolveGroup(di, si, a)
		}
	}
	if a := x.describedGroup(toks, j); a >= 0 {
		// "the al-Shabab militant group": a group the rules know, its name
		// in lower case, is named, not described.
		for _, m := range ms {
			if m.a > a && m.b <= j && m.actor >= 0 && x.isGroup(m) {
				return ref{m: m, sent: si, ok: true}
			}
		}
		return x.resolveGroup(di, si, a)
	}
	// "The Armed Islamic Group (GIA) was an Islamist insurgent group in
	// Algeria formed in 1993": the group a copula describes.
	if c := x.copulaDescribed(toks, ms, j); c > 0 {
		return x.subjectBefore(di, si, c)
	}
	return ref{}
}

// copulaDescribed finds the copula before an indefinite description of a
// group that ends at token j ("is an Algerian jihadist group", "was an
// insurgent group in Algeria"), and returns its index, or -1: what the
// description says is said of the copula's subject.
func (x *Extractor) copulaDescribed(toks []text.Token, ms []mention, j int) int {
	k := j
	// "… group in Algeria": where the group is.
	if mi := mentionEndingAt(ms, j+1); mi >= 0 && ms[mi].locative && ms[mi].a >= 2 && toks[ms[mi].a-1].Lower == "in" {
		k = ms[mi].a - 2
	}
	if k < 2 || !x.orgHeads[base(toks[k].Lower)] {
		return -1
	}
	for a := k - 1; a >= 1 && a >= k-5; a-- {
		t := toks[a]
		if t.Lower == "a" || t.Lower == "an" {
			if copulas[toks[a-1].Lower] {
				return a - 1
			}
			return -1
		}
		if t.Kind != text.Word || auxiliaries[t.Lower] && !copulas[t.Lower] || prepositions[t.Lower] || clauseStop[t.Lower] {
			return -1
		}
	}
	return -1
}

// copulas say what their subject is: "X is a militant group".
var copulas = map[string]bool{"is": true, "was": true, "remains": true, "became": true}

// appositionOwner finds the person or group named just before an
// apposition that ends at token j: a common noun phrase opened by "the"
// or "a" after a comma or a dash that follows the name.
func (x *Extractor) appositionOwner(toks []text.Token, ms []mention, j int) (mention, bool) {
	if j < 2 || !isLowerWord(toks[j]) || auxiliaries[toks[j].Lower] {
		return mention{}, false
	}
	for a := j - 1; a >= 1 && a >= j-8; a-- {
		t := toks[a]
		if t.Lower == "the" || t.Lower == "a" || t.Lower == "an" {
			p := a - 1
			switch toks[p].Text {
			case ",", "-", "—", "–":
			default:
				return mention{}, false
			}
			mi := mentionEndingAt(ms, p)
			// "The United Jihad Council (UJC), an umbrella group": the
			// name before its initials.
			if mi < 0 && p >= 3 && toks[p-1].Text == ")" {
				if o := openParen(toks, p-2); o > 0 {
					mi = mentionEndingAt(ms, o)
				}
			}
			if mi >= 0 && (ms[mi].person || ms[mi].org || ms[mi].actor >= 0) && !ms[mi].locative && !opensClause(toks, ms[mi].a) {
				return ms[mi], true
			}
			return mention{}, false
		}
		// Common words and a people's adjective ("the former Libyan
		// officer"); a name ("a lesser-known Mahar Mehsud group") is the
		// subject itself.
		// "Pakistan-based": a name glued to a hyphen qualifies, as an
		// adjective does.
		_, people := x.demonyms[t.Lower]
		compound := a+1 < len(toks) && toks[a+1].Text == "-" && toks[a+1].Start == t.End
		if i := strings.LastIndexByte(t.Text, '-'); i > 0 && i+1 < len(t.Text) && t.Text[i+1] >= 'a' && t.Text[i+1] <= 'z' {
			compound = true // one token: "Pakistan-based"
		}
		if t.Text == "-" && a > 0 && toks[a-1].End == t.Start {
			continue
		}
		if t.Kind != text.Word || clauseStop[t.Lower] || auxiliaries[t.Lower] || t.Cap && !people && !compound {
			return mention{}, false
		}
	}
	return mention{}, false
}

// dateEndingAt returns the first token of a date that ends at token j, or -1.
func dateEndingAt(ds []when.Date, toks []text.Token, j int) int {
	for _, d := range ds {
		if d.End == toks[j].End {
			return tokIndex(toks, d.Start)
		}
	}
	return -1
}

// footnoteMarks follow a name to point to a note.
var footnoteMarks = map[string]bool{"*": true, "†": true, "‡": true}

// describedGroupNouns end a phrase that describes a group without naming it.
var describedGroupNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "movement": true, "outfit": true, "network": true}

// describedGroup finds a phrase ending at token j that describes a group
// rather than naming it: "Pakistan's largest militant group", "the main
// jihadist organisation". It refers back as "the group" does; -1 if none.
func (x *Extractor) describedGroup(toks []text.Token, j int) int {
	if j < 1 || !describedGroupNouns[toks[j].Lower] {
		return -1
	}
	for a := j - 1; a >= 0 && a >= j-4; a-- {
		t := toks[a]
		if t.Lower == "the" || t.Lower == "its" || t.Lower == "their" || isPossessive(t) {
			return a
		}
		if t.Kind != text.Word || t.Cap || auxiliaries[t.Lower] || clauseStop[t.Lower] || prepositions[t.Lower] {
			return -1
		}
	}
	return -1
}

// subjectAfter finds the object of an active predicate: "the Taliban
// killed its leader Sanaullah Ghafari".
func (x *Extractor) subjectAfter(di *docInfo, si, k int) ref {
	return x.objectAfter(di, si, k, false)
}

// objectAfter is subjectAfter; orgs also takes an organisation the rules do
// not know ("formed the Sulu Front", "formed FARC"), for facts of groups.
func (x *Extractor) objectAfter(di *docInfo, si, k int, orgs bool) ref {
	toks, ms := di.toks[si], di.ments[si]
	for _, m := range ms {
		if m.a > k && m.a <= k+5 && !m.poss && (m.person || m.actor >= 0 || orgs && !m.locative && (m.org || coded(toks, m))) {
			for t := k + 1; t < m.a; t++ {
				// "killed 13 U.S. service members": the object is counted, not named.
				if toks[t].Kind == text.Punct || toks[t].Kind == text.Number || numberWords[toks[t].Lower] && toks[t].Lower != "a" {
					return ref{}
				}
			}
			// "killed U.S. troops": a name used as an adjective names no one.
			if m.b < len(toks) && toks[m.b].Kind == text.Word && !toks[m.b].Cap && !m.person && !clauseStop[toks[m.b].Lower] && !prepositions[toks[m.b].Lower] && toks[m.b].Lower != "and" && toks[m.b].Lower != "in" {
				return ref{}
			}
			return ref{m: m, sent: si, ok: true}
		}
	}
	return ref{}
}

// resolvePerson takes the most salient person named before token a: in this
// sentence, then up to three sentences back; possessives and appositions
// ("the son of …") are passed over.
func (x *Extractor) resolvePerson(di *docInfo, si, a int) ref {
	for s := si; s >= 0 && s >= si-3; s-- {
		for _, m := range di.ments[s] {
			if s == si && m.b > a {
				break
			}
			// "ERBIL, Kurdistan Region —": a dateline names a place, not a man.
			if m.person && !m.poss && !m.appos && !m.dateline && !m.locative {
				return ref{m: m, sent: s, ok: true, via: "pronoun"}
			}
		}
	}
	return ref{}
}

// resolveTitled finds the man "the president" stands for: the nearest
// person named before token a, in this sentence or up to three before,
// with that title before his name ("President Jean Tarvik").
func (x *Extractor) resolveTitled(di *docInfo, si, a int, title string) ref {
	for s := si; s >= 0 && s >= si-3; s-- {
		toks := di.toks[s]
		var best ref
		for _, m := range di.ments[s] {
			if s == si && m.b > a {
				break
			}
			titled := toks[m.a].Lower == title || m.a > 0 && toks[m.a-1].Lower == title && toks[m.a-1].Cap
			if m.person && !m.poss && titled {
				best = ref{m: m, sent: s, ok: true, via: "anaphora"}
			}
		}
		if best.ok {
			return best
		}
	}
	return ref{}
}

// resolveGroup finds the group "it", "they" or "the group" stands for:
// the subject of a reporting verb just before it ("ISKP, the branch of the
// Islamic State, said it carried out"), else the nearest group named
// earlier in the sentence, else the first group of the nearest earlier
// sentence that names one (the topic there), up to ten sentences back.
func (x *Extractor) resolveGroup(di *docInfo, si, a int) ref {
	toks := di.toks[si]
	// "admitted Tuesday that it carried out": "that" and a day may stand
	// between the verb of saying and the pronoun.
	near := a - 2
	for k := a - 1; k > 0 && k >= a-5 && (toks[k].Lower == "that" || weekdays[toks[k].Lower] || toks[k].Lower == "on"); k-- {
		near = k - 2
	}
	// "said in a statement faxed to newspapers that it had carried out":
	// where it was said stands between the verb and "that".
	if a >= 2 && toks[a-1].Lower == "that" {
		for k := a - 2; k >= 0 && k >= a-12 && toks[k].Kind != text.Punct; k-- {
			if _, _, ok := x.reporting.match(toks, k); ok {
				near = min(near, k)
				break
			}
		}
	}
	for k := a - 1; k >= 0 && k >= near; k-- {
		if _, _, ok := x.reporting.match(toks, k); ok {
			r := x.subjectBefore(di, si, k)
			if r.ok && x.isGroup(r.m) {
				r.via = "anaphora"
				if !denies(toks[k]) {
					r.via = ownStatement
				}
				return r
			}
			// "The Saudi-led coalition said it": a group with no name
			// spoke; the pronoun is its own, not a group named before.
			if !r.ok && x.namedDescription(toks, k) && !x.namesGroupBefore(di, si, k) {
				return ref{}
			}
		}
	}
	ms := di.ments[si]
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].b <= a && x.groupNamed(di, si, ms[i]) {
			return ref{m: ms[i], sent: si, ok: true, via: "anaphora"}
		}
	}
	for s := si - 1; s >= 0 && s >= si-10; s-- {
		var first, best mention
		found := false
		for _, m := range di.ments[s] {
			if !x.groupNamed(di, s, m) {
				continue
			}
			if !found {
				first, best, found = m, m, true
			} else if salient(di, m.key) > salient(di, best.key) && (m.actor >= 0 || coded(di.toks[s], m)) {
				best = m // a group surely, not a name "the group" may misread
			}
		}
		if found {
			if salient(di, best.key) < 2*salient(di, first.key) {
				best = first // the sentence's first group, unless another is plainly the report's
			}
			return ref{m: best, sent: s, ok: true, via: "anaphora"}
		}
	}
	return ref{}
}

// salient is how often a document names key: of several groups one
// sentence names ("left the FARC to form the M-19"), the next sentence's
// "the group" is the one the report is plainly about, named at least
// twice as often as the first; else the first.
func salient(di *docInfo, key string) int {
	if di.named == nil {
		di.named = map[string]int{}
		for _, ms := range di.ments {
			for _, m := range ms {
				di.named[m.key]++
			}
		}
	}
	return di.named[key]
}

func (x *Extractor) isGroup(m mention) bool {
	return m.actor >= 0 && x.rs.Actors[m.actor].Type == "group" || m.actor < 0 && m.org
}

// groupNamed reports a mention in sentence si that names a group "the
// group" may stand for: a group, or a name written as an acronym ("JMB");
// not a group's name used for a thing ("to establish an Islamic State").
func (x *Extractor) groupNamed(di *docInfo, si int, m mention) bool {
	toks := di.toks[si]
	if m.a > 0 && (toks[m.a-1].Lower == "a" || toks[m.a-1].Lower == "an") {
		return false
	}
	// "DAKAR, Senegal -": a dateline's capitals are a place, no group.
	if m.dateline {
		return false
	}
	if x.isGroup(m) {
		return true
	}
	// "died in M23 attacks": a code before the attack's word is who
	// attacked, though "in" stands before it as before a place.
	placed := m.locative && !(m.b < len(toks) && x.attackWord(toks, m.b))
	return m.actor < 0 && !placed && !m.person && m.b <= len(toks) && coded(toks, m) && !addressed(toks, m.a)
}

// stateAgents after a state's adjective are the state acting, besides
// its forces (forceHeads): "Israeli agents", "Turkish drones".
var stateAgents = map[string]bool{"agents": true, "operatives": true, "commandos": true, "drones": true, "aircraft": true, "spies": true, "snipers": true, "marines": true}

// addressed reports a name someone speaks to: "told the BBC", "in an
// interview with CNN", "speaking to AFP" — an outlet, not a group.
func addressed(toks []text.Token, a int) bool {
	k := a - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "told", "tells", "tell":
		return true
	case "with":
		return k > 0 && (toks[k-1].Lower == "interview" || toks[k-1].Lower == "interviews")
	case "to":
		return k > 0 && (toks[k-1].Lower == "speaking" || toks[k-1].Lower == "spoke" || toks[k-1].Lower == "talking" || toks[k-1].Lower == "said")
	}
	return false
}

// coded reports a name written as initials or a code ("JMB", "M-19"):
// a group's, where a plain name may be anyone's.
func coded(toks []text.Token, m mention) bool {
	return acronym(toks[m.a:m.b]) || codeName(m.name)
}

// codeName reports a name of capitals and a number, as groups named for a
// date are written: "M-19", "N17".
func codeName(name string) bool {
	letters, digits := 0, 0
	for i, r := range name {
		switch {
		case r >= 'A' && r <= 'Z' && digits == 0:
			letters++
		case r >= '0' && r <= '9' && letters > 0:
			digits++
		case r == '-' && i > 0 && digits == 0:
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3 && digits >= 1 && digits <= 3
}

// hasPunct reports a punctuation token other than a hyphen.
func hasPunct(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.Punct && t.Text != "-" {
			return true
		}
	}
	return false
}

// groupHead reports a word for a group's fighters at token j:
// "guerrillas", "militants" (not "al-Qaeda-linked militants").
func (x *Extractor) groupHead(toks []text.Token, j int) bool {
	if isPossessive(toks[j]) || j > 0 && qualifier(toks[j-1].Lower) {
		return false
	}
	_, n, ok := x.agents.match(toks, j)
	return ok && n == 1
}

// asideOfParts reports an aside opened by a word for parts ("including",
// "among them") at token a.
func (x *Extractor) asideOfParts(toks []text.Token, a int) bool {
	_, _, ok := x.parts.match(toks, a)
	return ok
}

// participleAside reports an aside that is a past participle with its
// complement and no verb of its own: "founded in 1989", "formed by
// students in 2004".
func participleAside(toks []text.Token) bool {
	if len(toks) == 0 || !strings.HasSuffix(toks[0].Lower, "ed") {
		return false
	}
	for _, t := range toks[1:] {
		if auxiliaries[t.Lower] || isVerbLike(t) && t.Kind == text.Word && !t.Cap {
			return false
		}
	}
	return true
}

// afterQuote skips a closing quote at i: `the "Real IRA," a splinter
// group` puts the quote after the comma.
func afterQuote(toks []text.Token, i int) int {
	if i < len(toks) && isQuote(toks[i].Text) {
		return i + 1
	}
	return i
}

// openParen finds the "(" that opens the words ending at j, a few words
// back, or -1.
func openParen(toks []text.Token, j int) int {
	for o := j; o >= 0 && o >= j-8; o-- {
		switch toks[o].Text {
		case "(":
			return o
		case ")":
			return -1 // another bracket closes first
		}
	}
	return -1
}

// dashAsideOpen finds the dash that opens an aside closed by the dash
// ending at j ("--", "—" or "–"), up to 20 words back, and returns the
// index of its first token, or -1.
func dashAsideOpen(toks []text.Token, j int) int {
	dash := func(k int) int { // tokens the dash ending at k takes, or 0
		switch {
		case k < 0:
			return 0
		case toks[k].Text == "—" || toks[k].Text == "–":
			return 1
		case k > 0 && doubleHyphen(toks, k-1):
			return 2
		}
		return 0
	}
	n := dash(j)
	if n == 0 {
		return -1
	}
	for k := j - n; k >= 0 && k >= j-20; k-- {
		if m := dash(k); m > 0 {
			return k - m + 1
		}
		if toks[k].Text == "." || toks[k].Text == ";" {
			return -1
		}
	}
	return -1
}
