package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// nameParticles join the parts of a name ("Hamza bin Laden", "Abu Bakr al
// Baghdadi") and are dropped from its key, so spellings with and without
// them meet.
var nameParticles = map[string]bool{"bin": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "van": true, "von": true, "es": true}

// describedFighters reports a people's adjective at i before a description
// of fighters: "Somali militants", "Baloch rebels" describe them, they do
// not name the state ("armed forces" are the state's).
func (x *Extractor) describedFighters(toks []text.Token, i int) bool {
	_, ok := x.demonyms[toks[i].Lower]
	if ok && i+1 < len(toks) && peopleNouns[toks[i+1].Lower] {
		return true // "a 32-year-old Norwegian man suspected of …": a man, not Norway
	}
	return (ok || x.generics[toks[i].Lower]) && i+1 < len(toks) && x.generics[toks[i+1].Lower] && !stateOrgans[toks[i+1].Lower]
}

// peopleNouns after a people's adjective describe persons of it.
var peopleNouns = map[string]bool{"man": true, "men": true, "woman": true, "women": true, "national": true, "nationals": true, "citizen": true, "citizens": true, "youth": true, "youths": true, "teenager": true, "student": true, "students": true, "suspect": true, "suspects": true, "member": true, "members": true}

// demonymName reports how many tokens from i make a group's name that a
// people's adjective opens: "the Indian Mujahideen", "the Moroccan Islamic
// Combatant Group" (not "Indian Army", "Iranian President Rouhani": a
// state's own). 0 when none.
func (x *Extractor) demonymName(toks []text.Token, i int) int {
	if i+1 >= len(toks) || !toks[i+1].Cap || !toks[i].Cap {
		return 0 // a people's word before a name: both capitalised
	}
	if _, ok := x.demonyms[toks[i].Lower]; !ok || isTitle(toks[i+1].Lower) || stateOrgans[toks[i+1].Lower] || x.generics[toks[i+1].Lower] {
		return 0
	}
	if _, _, ok := x.actors.match(toks, i+1); ok {
		return 0 // "Egyptian Islamic Jihad" stays the group the rules know
	}
	run, n := x.nameRun(toks, i+1)
	if !run {
		return 0
	}
	for k := i + 1; k < i+1+n; k++ {
		if isTitle(toks[k].Lower) || stateOrgans[toks[k].Lower] {
			return 0
		}
	}
	// "the Ugandan World Cup bombings": before an attack word the run names
	// the attack's occasion or place, unless it ends as a group's name does.
	if e := i + 1 + n; e < len(toks) && !x.orgHeads[base(toks[e-1].Lower)] {
		if _, _, ok := x.events.match(toks, e); ok {
			return 0
		}
	}
	return 1 + n
}

// placeActor is the actor the rules know a people's place as ("Iran"
// for "Iranian"), if any.
func (x *Extractor) placeActor(place string) (int, bool) {
	ai, n, found := x.actors.match(text.Tokenize(place, 0, len(place)), 0)
	return ai, found && n > 0
}

// namedParticiples make an adjective of the name before them, hyphened
// ("Al-Qaeda-linked", "Saudi-led") or not ("Al Qaeda linked Taliban").
var namedParticiples = map[string]bool{"led": true, "backed": true, "linked": true, "based": true, "allied": true, "affiliated": true, "inspired": true, "dominated": true, "run": true, "sponsored": true, "funded": true, "supported": true, "controlled": true, "held": true, "aligned": true, "claimed": true}

// sectionLabels name a page's section or kind of piece before a colon.
var sectionLabels = map[string]bool{"news": true, "update": true, "updates": true, "live": true, "breaking": true, "exclusive": true, "latest": true, "watch": true, "video": true, "opinion": true, "analysis": true, "explainer": true, "editorial": true}

// timeMarks follow an hour: half of the day, or its time zone.
var timeMarks = map[string]bool{"am": true, "pm": true, "gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true, "pst": true, "pdt": true, "ist": true, "cet": true, "cest": true, "bst": true, "eat": true, "wat": true, "pkt": true, "ast": true}

// stateOrgans after a people's adjective name the state's own bodies.
var stateOrgans = map[string]bool{"prime": true, "foreign": true, "interior": true, "defence": true, "defense": true, "army": true, "armed": true, "police": true, "government": true, "security": true, "forces": true, "military": true, "navy": true, "air": true, "embassy": true, "ministry": true, "state": true, "authorities": true, "officials": true, "intelligence": true, "national": true, "supreme": true, "federal": true, "parliament": true, "senate": true, "congress": true, "assembly": true, "cabinet": true, "consulate": true, "court": true, "coast": true}

// addMention adds m with what its surroundings say of it: a possessive,
// an apposition, a place.
func (x *Extractor) addMention(out []mention, toks []text.Token, m mention) []mention {
	m.poss = isPossessive(toks[m.b-1])
	m.appos = apposed(toks, m.a)
	x.markLocative(toks, &m)
	return append(out, m)
}

// dateNamed reports how many tokens from i make a group's name that a
// day opens: "the April 19 Movement", "the March 23 Movement", "the 19th
// of April Movement" (groups named for a date); 0 when none does.
func (x *Extractor) dateNamed(toks []text.Token, i int) int {
	month := func(t text.Token) bool { return t.Cap && x.month(t.Lower) }
	day := func(t text.Token) bool {
		v, ok := amountWord(t)
		return ok && t.Kind == text.Number && v >= 1 && v <= 31 || strings.HasSuffix(t.Lower, "th") && len(t.Lower) <= 4
	}
	head := func(k int) bool { return k < len(toks) && toks[k].Cap && x.orgHeads[toks[k].Lower] }
	// The cheapest test first: every token of every sentence asks.
	switch {
	case i+2 < len(toks) && toks[i].Cap && head(i+2) && month(toks[i]) && day(toks[i+1]):
		return 3
	case i+3 < len(toks) && toks[i+1].Lower == "of" && head(i+3) && day(toks[i]) && month(toks[i+2]):
		return 4
	}
	return 0
}

// mentions finds actors from the rules and other proper names in a sentence.
func (x *Extractor) mentions(toks []text.Token) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		// Most tokens are lower-case words: none opens a name or a people's
		// word, and only an actor's alias may start with one.
		if t := toks[i]; t.Kind == text.Word && !t.Cap && !articled(t.Text) && !(len(t.Lower) <= 4 && strings.HasSuffix(t.Lower, "th")) {
			if _, _, ok := x.actors.match(toks, i); !ok {
				i++
				continue
			}
		}
		// "the Indian Mujahideen", "the April 19 Movement": names a people's
		// word or a day opens are organisations'.
		if n := max(x.demonymName(toks, i), x.dateNamed(toks, i)); n > 0 {
			m := mention{a: i, b: i + n, actor: -1, org: true}
			m.name = nameText(toks[i : i+n])
			m.key = "name:" + x.nameKey(toks[i:i+n])
			out = x.addMention(out, toks, m)
			i += n
			continue
		}
		ai, n, ok := x.actors.match(toks, i)
		if !ok {
			// "Tehrik-i-Taliban", "Daish": a name the rules spell otherwise.
			ai, n, ok = x.actorsSpelt.match(toks, i)
		}
		if !ok {
			// "Shebab": a one-word name of the rules spelt one vowel apart.
			if run, k := x.nameRun(toks, i); run && k == 1 {
				ai, ok = x.actorsVowel.match(strings.TrimSuffix(strings.TrimSuffix(toks[i].Text, "’s"), "'s"))
				n = 1
			}
		}
		if ok && n == 1 && x.describedFighters(toks, i) {
			i++ // "Pakistani militants": not the state
			continue
		}
		// "the Lashkar-e-Taiba Al Alami", "Hezbollah Al-Hejaz": a group's
		// name inside a longer name is another group's.
		if ok && x.rs.Actors[ai].Type == "group" {
			if a, b := x.longerName(toks, i, i+n); b-a > n {
				m := mention{a: a, b: b, actor: -1, org: true}
				m.name = nameText(toks[a:b])
				m.key = "name:" + x.nameKey(toks[a:b])
				if len(out) > 0 && out[len(out)-1].b > a {
					out = out[:len(out)-1] // the capital before was read alone
				}
				out = x.addMention(out, toks, m)
				i = b
				continue
			}
		}
		if ok {
			m := mention{a: i, b: i + n, actor: ai, name: x.actorName(ai), key: "actor:" + x.rs.Actors[ai].ID}
			m.person = x.rs.Actors[ai].Type == "person"
			if m.person {
				// People are keyed by name so that a bare "Hamza" in another
				// report still meets "Hamza bin Laden".
				nm := x.actorName(ai)
				m.key = "name:" + x.nameKey(text.Tokenize(nm, 0, len(nm)))
			}
			out = x.addMention(out, toks, m)
			i += n
			continue
		}
		// "Al-Qaeda-linked Shebab rebels": a name made an adjective is no
		// part of the name it qualifies.
		if i+1 < len(toks) && toks[i].Cap && toks[i+1].Cap && qualifier(toks[i].Lower) {
			i++
			continue
		}
		// "Outlawed Jundullah claims …": a headline's capital on a word of
		// descriptions is no part of the name after it.
		if i+1 < len(toks) && toks[i].Cap && toks[i+1].Cap && x.genericCommon[toks[i].Lower] && !x.orgRun(toks, i+1) {
			i++
			continue
		}
		// "Perpetrators Hezbollah Al-Hejaz": a fact box's label, its
		// separator lost, is no part of the name after it.
		if perpetratorLabels[strings.TrimSuffix(toks[i].Lower, "(s")] && i+1 < len(toks) && toks[i+1].Cap {
			i++
			continue
		}
		// "07:00 AM", "10 pm GMT": the marks of an hour name no one.
		if i > 0 && toks[i].Cap && (toks[i-1].Kind == text.Number || timeMarks[toks[i-1].Lower]) && timeMarks[toks[i].Lower] {
			i++
			continue
		}
		// "a Fourth of July parade": a day, no place.
		if anniversaryOrdinals[toks[i].Lower] > 0 && i+2 < len(toks) && toks[i+1].Lower == "of" && monthWords[toks[i+2].Lower] {
			i += 3
			continue
		}
		ok, n = x.nameRun(toks, i)
		// "the Islamic Renaissance Party", "Central Command": an adjective
		// the rules stop from naming alone opens an organisation's name.
		if !ok {
			ok, n = x.adjectiveOrg(toks, i)
		}
		// "the Muslim-led government", "a Saudi-led coalition": a name
		// made an adjective by its participle names no one by itself.
		if ok && n == 1 && qualifier(toks[i].Lower) {
			i++
			continue
		}
		// "ISIS-claimed Mastung blast": the qualifier, then the name.
		if ok && n > 1 && qualifier(toks[i].Lower) {
			i++
			n--
		}
		if ok {
			if n == 1 && x.describedFighters(toks, i) {
				i++
				continue
			}
			n = x.orgOf(toks, i, n)
			m := mention{a: i, b: i + n, actor: -1}
			m.name = nameText(toks[i : i+n])
			m.key = "name:" + x.nameKey(toks[i:i+n])
			// "a Tarvik-area parade": the place it is around.
			if last := toks[i+n-1].Lower; strings.HasSuffix(last, "-area") && len(m.name) > 5 {
				m.name = m.name[:len(m.name)-5]
				m.key = "name:" + x.nameKey(text.Tokenize(m.name, 0, len(m.name)))
			}
			if place, ok := x.demonyms[toks[i].Lower]; ok && n == 1 {
				m.key = "name:" + text.Fold(place)
				m.name = place
				// "Iranian officials": Iran, the state, when the rules know it.
				if ai, found := x.placeActor(place); found {
					m.actor, m.key, m.name = ai, "actor:"+x.rs.Actors[ai].ID, x.actorName(ai)
				}
			}
			if n == 1 && x.faiths[base(toks[i].Lower)] {
				i++ // "a Shiite mosque": a faith, not a name
				continue
			}
			// "the Shiite Turkmen village of …", "Sunni Arab tribes": a
			// faith and a people describe the people, no place or group.
			if x.faithAndPeople(toks[i : i+n]) {
				i += n
				continue
			}
			m.org = x.orgHeads[base(toks[i+n-1].Lower)] || x.describedAsGroup(toks, i+n) || x.orgHeads[toks[orgHead(toks, i, i+n)].Lower] || x.leadingOrg(toks[i:i+n])
			// "Real IRA": a name with initials in it is no man's.
			m.person = !m.org && (n >= 2 && !hasInitials(toks[i:i+n]) || (i > 0 && isTitle(toks[i-1].Lower)) || personCue(toks, i, i+n))
			// "Zaveri Bazaar", "Tahrir Square": a name that ends in a word
			// for a venue or a kind of place names a place, no man.
			if last := toks[i+n-1].Lower; n >= 2 && (x.venues[last] != nil || placeNouns[last]) && !(i > 0 && isTitle(toks[i-1].Lower)) {
				m.person = false
			}
			out = x.addMention(out, toks, m)
			i += n
			continue
		}
		i++
	}
	// "in Kerman, Iran", "in Owo, Ondo State": the place after a comma
	// places the one before it.
	for k := 1; k < len(out); k++ {
		p, m := &out[k-1], &out[k]
		// "on Twitter, Home Minister Rajnath Singh": a rank, no place.
		if m.b < len(toks) && isTitle(toks[m.b].Lower) {
			continue
		}
		if p.locative && m.a == p.b+1 && toks[p.b].Text == "," && !m.person {
			m.locative = true
		}
		// "outside Iraq and Syria": both places.
		if p.locative && m.a == p.b+1 && (toks[p.b].Lower == "and" || toks[p.b].Lower == "or") && !m.person && !p.person {
			m.locative = true
		}
	}
	out = x.calledNames(toks, out)
	nameOfGroup(toks, out)
	return out
}

// longerName widens a group's name at [a, b) over the capitalised words
// written right against it mid-sentence, unless they say who the group's
// men are ("Pakistani Taliban", "Shia Hezbollah"), rank someone, or name a
// day; in a headline's capitals every word is capitalised, so nothing is
// widened there.
func (x *Extractor) longerName(toks []text.Token, a, b int) (int, int) {
	if isHeadline(toks) || capitalised(toks) {
		return a, b
	}
	joins := func(t text.Token) bool {
		l := t.Lower
		return t.Kind == text.Word && t.Cap && !x.stop[base(l)] && !isTitle(l) && !weekdays[l] && !x.month(l) &&
			!x.demonymAt(t) && !x.faiths[base(l)] && !qualifier(l) && !x.genericCommon[l] && !isPossessive(t)
	}
	// Before it only when the name is a body's ("the Tarvik Liberation Army"
	// when only "Liberation Army" is a known name); after it only on a
	// particle that goes on with a name ("Lashkar-e-Taiba Al Alami"), not on
	// a word for its men ("al-Shabab Islamist militants").
	if x.orgHeads[base(toks[b-1].Lower)] {
		for a > 1 && joins(toks[a-1]) {
			a--
		}
	}
	switch {
	case isPossessive(toks[b-1]):
		// "ISKP's Al-Azaim Foundation": the group's body, not its name.
	case b < len(toks) && (articled(toks[b].Text) || toks[b].Cap && articled(strings.ToLower(toks[b].Text[:1])+toks[b].Text[1:])):
		b++ // "Hezbollah Al-Hejaz"
		for b < len(toks) && joins(toks[b]) {
			b++
		}
	case b+1 < len(toks) && nameParticles[toks[b].Lower] && joins(toks[b+1]):
		for b++; b < len(toks) && joins(toks[b]); b++ {
		}
	}
	return a, b
}

// nameText is a name as written, its words joined by spaces, without a
// possessive "'s": a name of one word (most) is a slice of the text.
func nameText(toks []text.Token) string {
	trim := func(w string) string { return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s") }
	if len(toks) == 1 {
		return trim(toks[0].Text)
	}
	var b strings.Builder
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.Text)
	}
	b.Grow(n)
	// "the People's Liberation Army": a possessive inside a name is its
	// own; only the one that ends it owns what follows.
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		if k < len(toks)-1 {
			b.WriteString(t.Text)
		} else {
			b.WriteString(trim(t.Text))
		}
	}
	return b.String()
}

// calledNames reads a name a group is called by ("a group calling itself
// the Holy Warriors of Egypt", "an outfit known as the Deccan Mujahideen")
// as an organisation's, not a man's, and its "of Egypt" as part of it.
func (x *Extractor) calledNames(toks []text.Token, ms []mention) []mention {
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		p := m.a - 1
		if p >= 0 && toks[p].Lower == "the" {
			p--
		}
		if m.actor >= 0 || !(callsItself(toks, m.a) || p >= 1 && toks[p].Lower == "as" && toks[p-1].Lower == "known") {
			continue
		}
		m.person, m.org, m.locative = false, true, false
		if k+1 < len(ms) && m.b+1 < len(toks) && toks[m.b].Lower == "of" && ms[k+1].a == m.b+1 {
			m.b = ms[k+1].b
			m.name = nameText(toks[m.a:m.b])
			m.key = "name:" + x.nameKey(toks[m.a:m.b])
			ms = append(ms[:k+1], ms[k+2:]...)
		}
	}
	return ms
}

// nameOfGroup unmarks the places inside a group's full name, which its
// bracketed acronym closes: "the Islamic State in Iraq and Syria (ISIS)",
// "Al-Qaeda in the Arabian Peninsula (AQAP)" name a group, not where
// anything happened.
func nameOfGroup(toks []text.Token, ms []mention) {
	for k := 0; k+1 < len(ms); k++ {
		g := ms[k]
		if g.actor < 0 || g.b+1 >= len(toks) || (toks[g.b].Lower != "in" && toks[g.b].Lower != "of") {
			continue
		}
		// The names after "in" run, joined by "and" or "the", to a bracket
		// holding the same group.
		last := k + 1
		for last+1 < len(ms) && ms[last+1].a <= ms[last].b+2 && ms[last+1].actor != g.actor {
			last++
		}
		for close := last + 1; close < len(ms) && close <= last+1; close++ {
			a := ms[close]
			if a.actor == g.actor && a.a >= 1 && toks[a.a-1].Text == "(" && a.a-1 == ms[last].b {
				for i := k + 1; i <= last; i++ {
					ms[i].locative = false
				}
			}
		}
	}
}

// qualifier reports a name made an adjective by a hyphened word:
// "Al-Qaeda-linked", "Pakistan-based", "Iran-backed".
func qualifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && namedParticiples[w[i+1:]]
}

var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// placeAdjectives stand between a preposition and a place's name.
var placeAdjectives = map[string]bool{"neighboring": true, "neighbouring": true, "nearby": true, "restive": true, "troubled": true, "volatile": true, "war-torn": true, "conflict-hit": true, "strife-torn": true,
	// "in downtown Kelvar", "in rural Tarvosh": which part of the place.
	"downtown": true, "rural": true, "coastal": true, "upstate": true, "suburban": true}

// locatives put a name in place: "in Istanbul", "near Moscow".
var locatives = map[string]bool{"through": true, "in": true, "at": true, "near": true, "outside": true, "inside": true, "on": true, "across": true, "into": true, "around": true}

// markDateline makes the names of a wire dateline places: "PESHAWAR,
// Pakistan (AP) —", "Islamabad (AFP) –", "KABUL, Feb 1 (Reuters) -",
// "HANGU:" open a report with where it was filed, which for breaking news
// is where the attack was.
//
// It returns the byte offset where the dateline ends, or -1: a date in it
// ("Peshawar, Aug 2 (PTI)") is when the report was filed.
func markDateline(toks []text.Token, ms []mention) int {
	end := -1
	for k := 1; k < len(toks) && k < 14; k++ {
		t := toks[k].Text
		// "DAKAR, Senegal -": a city in capitals, then its country.
		if t == "—" || t == "–" || t == "-" && (toks[k-1].Text == ")" || allCaps(toks[:k]) || allCaps(toks[:1]) && capitalised(toks[:k])) || t == ":" && capitalised(toks[:k]) {
			end = k
			break
		}
		// "Peshawar, Aug 2 (PTI) The death toll …": an agency in brackets
		// closes the dateline when a capitalised word opens the text.
		if t == ")" && k >= 3 && toks[k-2].Text == "(" && toks[k-1].Cap && k+1 < len(toks) && toks[k+1].Cap {
			end = k
			break
		}
		if toks[k].Kind == text.Punct && t != "," && t != "(" && t != ")" && t != "." && t != "/" {
			return -1
		}
	}
	if end < 0 || toks[0].Kind != text.Word || !toks[0].Cap {
		return -1
	}
	// "The United Jihad Council – a coalition of outfits – claimed": a
	// sentence's subject before an aside, not where a report was filed; a
	// dateline opens on a name, and holds no word in lower case.
	if w := toks[0].Lower; w == "the" || w == "a" || w == "an" {
		return -1
	}
	for _, t := range toks[:end] {
		// "Region News: Gunmen stormed …": a section's label, not where
		// the report was filed.
		if isLowerWord(t) || sectionLabels[t.Lower] {
			return -1
		}
	}
	for i := range ms {
		// "TARVIK, Kelvia (CNN) --": the agency in brackets filed it;
		// it is no place.
		if ms[i].a > 0 && toks[ms[i].a-1].Text == "(" && ms[i].b < len(toks) && toks[ms[i].b].Text == ")" {
			ms[i].locative = false
			continue
		}
		if ms[i].b <= end && (ms[i].actor < 0 || !ms[i].person) {
			ms[i].locative, ms[i].dateline = true, true
		}
	}
	return toks[end].End
}

// allCaps reports words written in capitals only, with commas between:
// the "QUETTA, Pakistan:" of a dateline, not a sentence's "He said:".
func allCaps(toks []text.Token) bool {
	for _, t := range toks {
		if t.Text == "," {
			continue
		}
		if t.Kind != text.Word || len(t.Text) < 2 || !text.IsUpper(t.Text) {
			return false
		}
	}
	return true
}

// compass words may stand between a locative and its place: "in
// southeastern Afghanistan". They are grammar of direction, a closed class.
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "far": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
}

// capitalised reports words that all start with a capital, with commas
// and slashes between: the "Karachi/Peshawar:" of a dateline, not "Police said:".
func capitalised(toks []text.Token) bool {
	for i, t := range toks {
		if t.Text == "," || t.Text == "/" {
			continue
		}
		// "Assam, Nov 9:": the day it was filed, after a month's name.
		if t.Kind == text.Number && i > 0 && toks[i-1].Cap && len(t.Text) <= 2 {
			continue
		}
		if t.Kind != text.Word || !t.Cap {
			return false
		}
	}
	return true
}

// singular is a plural noun's singular, as place nouns form it:
// "villages", "cities".
func singular(w string) string {
	if r, ok := strings.CutSuffix(w, "ies"); ok {
		return r + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// placeNouns name a kind of place; the name after "city of" is a place.
// insideNouns put a place inside the one after "of": "the Khwaja Hasan
// area of Gardez", "the outskirts of Kabul".
var insideNouns = map[string]bool{"area": true, "outskirts": true, "part": true, "heart": true}

// abroad are a state's houses in other states.
var abroad = map[string]bool{"embassy": true, "consulate": true, "embassies": true, "consulates": true}

var placeNouns = map[string]bool{"republic": true, "kingdom": true, "emirate": true, "city": true, "town": true, "resort": true, "village": true, "hamlet": true, "township": true, "municipality": true, "commune": true, "locality": true, "province": true, "district": true, "region": true, "capital": true, "port": true, "state": true, "county": true, "suburb": true, "neighbourhood": true, "neighborhood": true}

// tiedTo are the words before "to" that tie someone to a group, not send
// them to a place.
var tiedTo = map[string]bool{"belonged": true, "belonging": true, "belongs": true, "belong": true, "linked": true, "affiliated": true, "loyal": true, "allied": true, "attributed": true, "tied": true, "connected": true}

// blamedOn reports an "on" at k that names whom something is blamed on:
// a form of "blame" a few words before it ("blamed the attack on", "blamed
// the pipeline blast near Tarvik on").
func blamedOn(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if strings.HasPrefix(toks[j].Lower, "blam") {
			return true
		}
		if toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// markLocative sets m.locative for a name that says where: after a
// locative preposition, or just before an event word.
func (x *Extractor) markLocative(toks []text.Token, m *mention) {
	k := m.a - 1
	// "the tomb of Major General Soleimani", "in Vice President X's
	// office": a word before a title is part of the rank, no place.
	if m.b+1 < len(toks) && isTitle(toks[m.b].Lower) && toks[m.b].Cap && toks[m.b+1].Cap && m.actor < 0 {
		return
	}
	// "said on X", "posted on Y": one letter names a platform or a
	// letter, no place.
	if m.b-m.a == 1 && len(strings.TrimSuffix(toks[m.a].Text, ".")) == 1 {
		return
	}
	// "attacks in the West": a direction, no place an attack can be in.
	if m.b-m.a == 1 && compass[toks[m.a].Lower] {
		return
	}
	// "in the West African nation's capital": a region's adjective before
	// a common noun describes it; it names no place.
	if m.actor < 0 && m.b < len(toks) && isLowerWord(toks[m.b]) && !placeNouns[toks[m.b].Lower] && regionAdjective(toks[m.b-1].Lower) {
		return
	}
	// "at a Shiite mosque", "in a Kurdish town": after "a", a capitalised
	// word before a common noun qualifies it; it names no place.
	if k >= 0 && (toks[k].Lower == "a" || toks[k].Lower == "an") && m.b < len(toks) && isLowerWord(toks[m.b]) &&
		!locatives[toks[m.b].Lower] && !prepositions[toks[m.b].Lower] && toks[m.b].Lower != "and" {
		return
	}
	// "in southeastern Afghanistan", "in the restive north-west", "in
	// neighbouring Somalia".
	for k >= 0 && (compass[toks[k].Lower] || placeAdjectives[toks[k].Lower]) {
		k--
	}
	// "in the capital, Tarvik", "south of the city, Tarvik": the name
	// stands for the place the noun before it says.
	if k >= 2 && toks[k].Text == "," && placeNouns[toks[k-1].Lower] && toks[k-2].Lower == "the" {
		k -= 3
		if k >= 1 && toks[k].Lower == "of" && compass[toks[k-1].Lower] {
			m.locative = true
			return
		}
	}
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "a") {
		k--
	}
	if k >= 0 && locatives[toks[k].Lower] {
		// "Spain blames attack on Basques": who it is blamed on, not where.
		if toks[k].Lower == "on" && blamedOn(toks, k) {
			return
		}
		// "the bombers belonged to the Popular Front": whose, not where.
		if toks[k].Lower == "to" && k > 0 && tiedTo[toks[k-1].Lower] {
			return
		}
		m.locative = true
		return
	}
	// "the Iranian city of Kerman", "the province of Idlib", "the shrine of
	// Shah Cheragh", "the villages of Tchoma Bangou and Zaroumadareye".
	if k >= 1 && toks[k].Lower == "of" && (placeNouns[toks[k-1].Lower] || placeNouns[singular(toks[k-1].Lower)] || insideNouns[toks[k-1].Lower] || x.venues[toks[k-1].Lower] != nil) {
		m.locative = true
		return
	}
	// "pilgrims from Kelvar's Tarvik region": where the victims came
	// from, not where the attack was.
	if originBefore(toks, m.a) {
		return
	}
	// "Mastung district", "Paktia province": a kind of place after the name;
	// "hits Kandahar mosque": a kind of site.
	if m.b < len(toks) && (placeNouns[toks[m.b].Lower] || x.venues[toks[m.b].Lower] != nil) {
		// "the German embassy": a state's embassy stands in another state.
		if m.actor >= 0 && x.rs.Actors[m.actor].Type == "state" && abroad[toks[m.b].Lower] {
			return
		}
		m.locative = true
		return
	}
	// "in Balochistan's Mastung district": the place inside a place.
	if j := m.a - 1; j >= 0 && toks[j].Cap && isPossessive(toks[j]) {
		for j > 0 && toks[j-1].Cap && !isPossessive(toks[j-1]) {
			j--
		}
		if j--; j >= 0 && (toks[j].Lower == "the") {
			j--
		}
		if j >= 0 && locatives[toks[j].Lower] {
			m.locative = true
			return
		}
	}
	// "the Peshawar market bombing" – but "two IED blasts": an acronym
	// before the attack names a weapon or a group, not where.
	if m.b-m.a == 1 && m.actor < 0 && len(toks[m.a].Text) > 1 && text.IsUpper(toks[m.a].Text) {
		return
	}
	// "the Sulu Front's attack": an organisation's name says who.
	if m.org && m.actor < 0 {
		return
	}
	// "the Real IRA bombing": a name with initials in it names a group.
	if m.b-m.a > 1 && m.actor < 0 && hasInitials(toks[m.a:m.b]) {
		return
	}
	// "President Alassane Ouattara said six gunmen": a titled man, and a
	// verb between, tell of someone, not of where.
	if m.a > 0 && isTitle(toks[m.a-1].Lower) {
		return
	}
	// "the Tremseh toll", "the Kano death toll": a toll's place ("Death
	// toll" is the toll's own word).
	if m.b < len(toks) && !toks[m.b].Cap && x.tollAt(toks, m.b) && !x.tollAt(toks, m.a) {
		m.locative = true
		return
	}
	for e := m.b; e < len(toks) && e <= m.b+2; e++ {
		if _, _, ok := x.events.match(toks, e); ok {
			// "Special forces stormed the jail", "Police blamed the blast",
			// "two Tarvoshis shot dead": a verb's subject, where "the Kabul
			// attack" is a noun's place.
			verbal := strings.HasSuffix(toks[e].Lower, "ed") || pastForms[toks[e].Lower]
			m.locative = e == m.b && !pastForms[toks[e].Lower] || !verbal && !accusingVerbs[toks[m.b].Lower]
			return
		}
		if toks[e].Kind == text.Punct {
			return
		}
		if _, _, ok := x.reporting.match(toks, e); ok {
			return
		}
	}
}

// nameRun reports a run of capitalised words at i that is not a stop word,
// allowing name particles inside ("bin", "al").
func (x *Extractor) nameRun(toks []text.Token, i int) (bool, int) {
	t := toks[i]
	if t.Kind != text.Word || !(t.Cap || articled(t.Text)) || x.stop[base(t.Lower)] {
		return false, 0 // "al-Mourabitoun" opens a name as "Al-Mourabitoun" does
	}
	// A capital that only opens the sentence ("Taking place during …") is no name.
	// So does one after a dash or a colon that opens a line ("Niger -
	// Deadly attacks against …", "KANO – Coordinated bomb attacks …").
	opens := i == 0 || i > 0 && (toks[i-1].Text == "-" || toks[i-1].Text == "–" || toks[i-1].Text == "—" || toks[i-1].Text == ":")
	if opens && (i+1 >= len(toks) || !toks[i+1].Cap) && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ly")) {
		return false, 0
	}
	// "Mass shooting at …", "Twin suicide bombings struck …", "Multiple
	// blasts hit …": the opening words of an attack's phrase, no name.
	if opens && (i+1 >= len(toks) || !toks[i+1].Cap) {
		if _, n, ok := x.events.match(toks, i); ok && n > 1 {
			return false, 0
		}
		if (eventOpeners[t.Lower] || t.Lower == "mass" || t.Lower == "serial") && x.eventWithin(toks, i+1, 2) {
			return false, 0
		}
	}
	j := i + 1
	for j < len(toks) {
		if isPossessive(toks[j-1]) && !x.possessiveName(toks, j, j-1 == i) {
			break
		}
		u := toks[j]
		if u.Kind == text.Word && u.Cap && !x.stop[base(u.Lower)] {
			j++
			continue
		}
		// "the Armed Islamic Group": a word of descriptions inside a run
		// that goes on to an organisation's head is part of its name.
		if i > 0 && x.orgRun(toks, j) {
			j++
			continue
		}
		if u.Kind == text.Word && nameParticles[u.Lower] && j+1 < len(toks) && toks[j+1].Cap {
			j += 2
			continue
		}
		// "the Temple of the Tooth", "the Republic of the Congo": a venue's
		// or a kind of place's name goes on past "of the".
		if u.Lower == "of" && j+2 < len(toks) && toks[j+1].Lower == "the" && toks[j+2].Cap && !x.stop[base(toks[j+2].Lower)] &&
			(x.venues[toks[j-1].Lower] != nil || placeNouns[toks[j-1].Lower]) && toks[j-1].Cap {
			j += 3
			continue
		}
		if u.Kind == text.Word && articled(u.Text) {
			j++ // "Abu Omar al-Baghdadi" is one name, not "Abu Omar" and "Baghdadi"
			continue
		}
		break
	}
	// "Dhaka Cafe Attack", "Eldoret Attack" in a headline's capitals: the
	// attack word is no part of the place's name.
	for j-i > 1 {
		if _, n, ok := x.events.match(toks, j-1); !ok || n != 1 {
			break
		}
		j--
	}
	return true, j - i
}

// orgRun reports a capitalised word of descriptions at j right before a
// capitalised organisation's head: "Islamic Group" in "the Armed Islamic
// Group", which names a group as "armed Islamic militants" do not.
func (x *Extractor) orgRun(toks []text.Token, j int) bool {
	u := toks[j]
	return u.Kind == text.Word && u.Cap && x.generics[u.Lower] && j+1 < len(toks) && toks[j+1].Cap && x.orgHeads[base(toks[j+1].Lower)]
}

// possessiveName reports capitalised words from j that end in a group's
// head, so that the possessive before them is inside one name: "the
// People's Liberation Army", "the Lord's Resistance Army" (a possessive
// that opens the name and is no known name itself), "the Kurdistan
// Workers' Party" (a plural's), not "Kenya's Defence Forces" (a state's)
// or "the Sulu Front's Marfa Brigade" (its body).
func (x *Extractor) possessiveName(toks []text.Token, j int, opens bool) bool {
	if j < 1 {
		return false
	}
	// "the Kurdistan Workers' Party", "the Martyrs' Brigades": a plural's
	// genitive describes, it owns nothing.
	plural := strings.HasSuffix(toks[j-1].Lower, "s'") || strings.HasSuffix(toks[j-1].Lower, "s’")
	if !strings.HasPrefix(toks[j-1].Lower, "people") && !plural {
		if !opens || x.demonymAt(toks[j-1]) {
			return false
		}
		owner := []text.Token{{Text: toks[j-1].Text, Lower: base(toks[j-1].Lower), Kind: text.Word, Cap: true}}
		if _, _, known := x.actors.match(owner, 0); known {
			return false
		}
	}
	k := j
	for k < len(toks) && k < j+4 && toks[k].Cap && toks[k].Kind == text.Word {
		k++
	}
	// "the People's Protection Units (YPG)": initials in brackets after
	// the words say they are an organisation's name, whatever its head.
	initialled := k+2 < len(toks) && toks[k].Text == "(" && acronym(toks[k+1:k+2]) && toks[k+2].Text == ")"
	return k > j && (x.orgHeads[base(toks[k-1].Lower)] || initialled)
}

// articled reports an Arabic name part with its article: "al-Baghdadi",
// "el-Sisi", "ash-Shishani".
func articled(w string) bool {
	// Every token of every sentence asks: most fail on the hyphen's place.
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return false
	}
	for _, p := range []string{"al-", "el-", "ash-", "as-", "ad-", "an-", "ar-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return true
		}
	}
	return false
}

// nameKey normalises a name: lower case, particles and "al-" prefixes
// dropped, spelling variants from the rules folded.
func (x *Extractor) nameKey(toks []text.Token) string {
	var parts []string
	for _, t := range toks {
		w := base(t.Lower)
		for _, p := range []string{"al-", "el-", "ash-", "as-", "ad-", "an-", "ar-"} {
			if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
				w = w[len(p):]
			}
		}
		if nameParticles[w] {
			continue
		}
		if v, ok := x.rs.Names[w]; ok {
			w = text.Fold(v)
		}
		// "Fidayeen-e-Islam" is "Fidayeen Islam" as another paper spells it.
		if sub := linkedParts(w); sub != nil {
			parts = append(parts, sub...)
			continue
		}
		parts = append(parts, w)
	}
	// "Paktia Province", "Mastung District", "Ondo State" name the place
	// that "Paktia", "Mastung" and "Ondo" name.
	if len(parts) > 1 && placeNouns[parts[len(parts)-1]] {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// linkParticles join the words of a transliterated name: the -ul- of
// "Harkat-ul-Jihad", the -e- of "Jaish-e-Mohammed".
var linkParticles = map[string]bool{"ul": true, "ud": true, "ut": true, "us": true, "un": true, "ur": true, "e": true, "i": true, "al": true, "el": true, "ad": true, "as": true, "ash": true, "at": true, "az": true, "an": true, "ar": true}

// linkedParts splits a hyphenated name joined by particles into its words,
// without them, or returns nil: "harkat-ul-jihad-al-islami" is "harkat
// jihad islami"; "al-shabaab" and "hurriyat" stay as they are.
func linkedParts(w string) []string {
	if !strings.Contains(w, "-") {
		return nil
	}
	ps := strings.Split(w, "-")
	var out []string
	linked := false
	for k, p := range ps {
		if linkParticles[p] && k > 0 && k < len(ps)-1 {
			linked = true
			continue
		}
		out = append(out, p)
	}
	if !linked {
		return nil
	}
	return out
}

func isPossessive(t text.Token) bool {
	return strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Lower, "’s") || (t.Kind == text.Word && (strings.HasSuffix(t.Lower, "s'") || strings.HasSuffix(t.Lower, "s’")))
}

var titles = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "gen.": true, "col.": true, "president": true, "minister": true, "general": true, "sheikh": true, "emir": true, "leader": true, "commander": true, "spokesman": true, "spokeswoman": true,
	// Ranks: "Major General Robert Mood" is a man, and no "Major" a place.
	"major": true, "maj.": true, "colonel": true, "lieutenant": true, "captain": true, "capt.": true, "brigadier": true, "brig.": true, "sergeant": true, "admiral": true, "lt.": true, "sgt.": true}

func isTitle(w string) bool { return titles[w] }

// personCue reports words around a name that only a person has: an age
// before it ("25-year-old Hanifullah") or an alias after it ("Hanifullah
// alias Hamza", and so Hamza).
func personCue(toks []text.Token, a, b int) bool {
	if a > 0 && strings.HasSuffix(toks[a-1].Lower, "-year-old") {
		return true
	}
	if b < len(toks) && (toks[b].Lower == "alias" || toks[b].Lower == "aka") {
		return true
	}
	return a > 0 && (toks[a-1].Lower == "alias" || toks[a-1].Lower == "aka")
}

// adjectiveOrg reads an organisation's name opened by a capitalised
// adjective of the stop list ("Islamic", "Central", "Northern"), when the
// capitalised words after it end in a noun of organisations and name no
// actor the rules know ("Pakistani Taliban" stays the Taliban).
func (x *Extractor) adjectiveOrg(toks []text.Token, i int) (bool, int) {
	t := toks[i]
	if t.Kind != text.Word || !t.Cap || !x.stop[base(t.Lower)] || !adjectival(t.Lower) || i+1 >= len(toks) {
		return false, 0
	}
	if _, _, known := x.actors.match(toks, i+1); known {
		return false, 0
	}
	ok, n := x.nameRun(toks, i+1)
	if !ok || !x.orgHeads[toks[i+n].Lower] {
		return false, 0
	}
	return true, n + 1
}

// adjectival reports a word with the ending of an adjective of peoples,
// faiths or directions: -ic, -ish, -ian, -an, -ern, -ese, -i, -al.
func adjectival(w string) bool {
	for _, suf := range []string{"ic", "ish", "ian", "an", "ern", "ese", "i", "al"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// orgOf extends an organisation's name over "of" or "for" (and "the")
// and the capitalised words after each: "the Islamic Renaissance Party of
// Tajikistan", "Army of Islam", "the Popular Front for the Liberation of
// Palestine" name one organisation, not a state.
func (x *Extractor) orgOf(toks []text.Token, i, n int) int {
	e := i + n
	if isPossessive(toks[e-1]) {
		return n
	}
	end := e
	for links := 0; links < 3; links++ {
		k := end
		if k >= len(toks) || toks[k].Lower != "of" && toks[k].Lower != "for" {
			break
		}
		// "Front for the Liberation of": "for" links a name only with its
		// article; "blames the Brigades for Osiriya attack" names a place.
		forLink := toks[k].Lower == "for"
		k++
		if k+1 < len(toks) && toks[k].Lower == "the" && toks[k+1].Cap {
			k++
		} else if forLink {
			break
		}
		if k >= len(toks) || !toks[k].Cap {
			break
		}
		from := k
		for k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap && !isPossessive(toks[k-1]) {
			k++
		}
		// "blamed the Front for Sunday's attack": a day, not the name;
		// "for the Osiriya attack": the attack's place.
		if isPossessive(toks[k-1]) || weekdays[toks[from].Lower] || x.month(toks[from].Lower) || x.attackWord(toks, k) {
			break
		}
		end = k
	}
	if end == e {
		return n
	}
	// `a group called "Partisans of God"`: quotes hold one name.
	quoted := i > 0 && isQuote(toks[i-1].Text) && end < len(toks) && isQuote(toks[end].Text)
	if !x.orgHeads[toks[e-1].Lower] && !quoted {
		return n
	}
	return end - i
}

// orgHead is the head of a name of the form "X of Y" or "X for Y": the
// word before the first "of" or "for", else the last word.
func orgHead(toks []text.Token, a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if toks[k].Lower == "of" || toks[k].Lower == "for" {
			return k - 1
		}
	}
	return b - 1
}

// leadingOrg reports a name that opens with a head of a language that puts
// it first, followed by more of the name: "Harkat-ul-Jihad-al-Islami",
// "Jaish al-Adl", "Hizbul Mujahideen" (not "Harkat" alone).
func (x *Extractor) leadingOrg(name []text.Token) bool {
	first := name[0].Lower
	head, rest, hyphen := strings.Cut(first, "-")
	if !x.leadingHeads[head] {
		return false
	}
	return hyphen && rest != "" || len(name) > 1
}

// hasInitials reports a name with a word in capitals of two letters or
// more: "Real IRA", "ISIS Khorasan".
func hasInitials(toks []text.Token) bool {
	for _, t := range toks {
		if acronym([]text.Token{t}) {
			return true
		}
	}
	return false
}

// describedAsGroup reports an apposition at b that calls the name before
// it a group: ", an umbrella group that …", ", an Arab opposition
// movement".
func (x *Extractor) describedAsGroup(toks []text.Token, b int) bool {
	// `The "Real IRA," a splinter group`: the quote closes after the comma.
	if b+2 < len(toks) && toks[b].Text == "," && isQuote(toks[b+1].Text) {
		b++
	}
	if c, ok := copulaAfter(toks, b); ok {
		// "X (…) is a radical neo-Nazi organization": what the copula
		// says X is, if a kind of group and not a state's word.
		for k := c + 2; k < len(toks) && k <= c+8 && toks[k].Kind == text.Word; k++ {
			if x.orgHeads[base(toks[k].Lower)] {
				return !stateBodies[toks[k].Lower] && !placeHeads[toks[k].Lower] && (k+1 >= len(toks) || !isTitle(toks[k+1].Lower) && !speakerNouns[toks[k+1].Lower])
			}
		}
		return false
	}
	if b+1 >= len(toks) || toks[b].Text != "," && !isQuote(toks[b].Text) {
		return false
	}
	if a := toks[b+1].Lower; a != "a" && a != "an" && a != "the" {
		return false
	}
	for k := b + 2; k < len(toks) && k <= b+6 && toks[k].Kind == text.Word; k++ {
		if x.orgHeads[toks[k].Lower] {
			// "a former government minister": the group's word qualifies
			// a person's.
			return k+1 >= len(toks) || !isTitle(toks[k+1].Lower) && !speakerNouns[toks[k+1].Lower]
		}
		// "a commander of the group": the head comes before "of".
		if prepositions[toks[k].Lower] {
			break
		}
	}
	return false
}

// copulaAfter finds "is a" or "was an" right after a name ending at b,
// past a bracketed gloss: "The Kelvar Division (meaning …) is a".
func copulaAfter(toks []text.Token, b int) (int, bool) {
	k := b
	if k < len(toks) && toks[k].Text == "(" {
		for j := k + 1; j < len(toks) && j <= k+12; j++ {
			if toks[j].Text == ")" {
				k = j + 1
				break
			}
		}
	}
	if k+1 < len(toks) && copulas[toks[k].Lower] && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an") {
		return k, true
	}
	return 0, false
}

// placeHeads are organisation words that also name a place's people or
// land: "X is a state", "a country".
var placeHeads = map[string]bool{"state": true, "states": true, "country": true, "countries": true}

// apposed reports a name inside an apposition that describes an earlier
// name: "Hamza bin Laden, the son of Al-Qaeda mastermind Osama bin Laden".
func apposed(toks []text.Token, i int) bool {
	sawOf := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		switch {
		case t.Lower == "of":
			sawOf = true
		case t.Text == ",":
			if !sawOf || k+1 >= len(toks) {
				return false
			}
			a := toks[k+1].Lower
			return a == "the" || a == "a" || a == "an"
		case t.Kind == text.Punct:
			return false
		}
	}
	return false
}

// mentionEndingBefore returns the mention in ms that ends at token b.
func mentionEndingAt(ms []mention, b int) int {
	for i, m := range ms {
		if m.b == b {
			return i
		}
	}
	return -1
}

// pruneNames drops the capitalised words that only look like names: those
// of a headline line ("Death Toll Rises From Afghan Mosque Bombings"), and
// a single word opening a sentence ("Hundreds of mourners …"), unless the
// text also writes the name where capitals mean a name. Names the rules
// know (actors) and datelines stay.
func (x *Extractor) pruneNames(di *docInfo, common map[string]bool) {
	known := map[string]bool{}
	head := make([]bool, len(di.toks))
	for si, ms := range di.ments {
		// A fact box's row ("- Perpetrators: Sulu Front", "Perpetrator(s)
		// SPIR, Kelvar") names as a sentence does, though its capitals
		// look like a headline's.
		_, _, perps := perpetratorLabel(di.toks[si])
		head[si] = isHeadline(di.toks[si]) && !boxRow(di.toks[si]) && !(perps && si < perpetratorRows)
		if head[si] {
			continue
		}
		for _, m := range ms {
			if !opensClause(di.toks[si], m.a) || m.b-m.a > 1 {
				known[m.key] = true
			}
		}
	}
	for si, ms := range di.ments {
		kept := ms[:0]
		for _, m := range ms {
			if m.locative && x.namesDay(di, si, m) {
				m.locative = false // "on Easter Sunday", "on Bastille Day": when, not where
			}
			// Only an ordinary word looks like a name at the start of a
			// sentence: "Al-Mourabitoun" and "ISWAP" are names anywhere.
			t := di.toks[si][m.a]
			// Capitals mark an acronym ("ISWAP"), not a shouted common word
			// ("SUICIDE BOMBING").
			marked := articled(strings.ToLower(t.Text[:1])+t.Text[1:]) || len(t.Text) > 1 && text.IsUpper(t.Text) && !common[t.Lower]
			// "Suicide bombers attacked …" where the text writes "a suicide
			// bomber" too: a common word, not a name.
			first := opensClause(di.toks[si], m.a) && m.b-m.a == 1 && !marked
			// "TARVOSH - Troops opened fire": the text opens after a
			// dateline's dash as a sentence does.
			opens := m.a == 0 || m.a > 0 && isDash(di.toks[si][m.a-1].Text)
			doubtful := head[si] || first && (opens && (looksCommon(di.toks[si][m.a:]) || x.modifies(di.toks[si], m.a+1)) || common[t.Lower])
			// "the Grenade blasts" in a text that writes "a grenade
			// explosion" too: a common word before the attack's, capitalised.
			if m.b-m.a == 1 && !marked && common[t.Lower] && x.modifies(di.toks[si], m.b) && m.actor < 0 && !m.dateline {
				continue
			}
			// "Sri Lanka Bombings:": a word for an attack is never a place.
			if _, n, ok := x.events.match(di.toks[si], m.a); ok && n == m.b-m.a && m.actor < 0 {
				continue
			}
			if m.actor >= 0 || m.dateline || !doubtful || known[m.key] {
				kept = append(kept, m)
			}
		}
		di.ments[si] = kept
	}
}

// namesDay reports a name that is a day: it overlaps a date the scanner
// read ("Bastille Day"), ends in a weekday ("Easter Sunday"), or names an
// occasion ("the Easter attacks").
func (x *Extractor) namesDay(di *docInfo, si int, m mention) bool {
	toks := di.toks[si]
	for _, t := range toks[m.a:m.b] {
		if x.occasions[base(t.Lower)] {
			return true
		}
	}
	a, b := toks[m.a].Start, toks[m.b-1].End
	for _, d := range di.dates[si] {
		if d.Start < b && a < d.End {
			return true
		}
	}
	switch base(toks[m.b-1].Lower) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "eve":
		return true
	}
	return false
}

// modifies reports a word at k that a capitalised word before it only
// qualifies: "Death toll rises", "Suicide bombers struck": the words of
// attacks, tolls, counts and sites are no one's name.
func (x *Extractor) modifies(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	for _, p := range []*phrases{x.events, x.tolls, x.countNouns, x.sites} {
		if _, _, ok := p.match(toks, k); ok {
			return true
		}
	}
	return false
}

// opensClause reports a word where a capital means nothing: the first of a
// sentence, or the first after a colon, a dash or an opening quote.
func opensClause(toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Text {
	case ":", "—", "–", "-", "\"", "“", "‘", "(":
		return true
	}
	return false
}

// commonWords are the words a document writes in lower case somewhere:
// the same word capitalised where a sentence or a headline opens is an
// ordinary word, not a name.
func commonWords(out map[string]bool, toks [][]text.Token) map[string]bool {
	for _, ts := range toks {
		for _, t := range ts {
			if t.Kind == text.Word && !t.Cap && t.Lower == t.Text {
				out[t.Lower] = true
			}
		}
	}
	return out
}

// commonOpening reports a first sentence that opens with ordinary words
// before a colon ("Police: Death toll …", a headline naming its source),
// which is no dateline ("HANGU:", "Peshawar:").
func commonOpening(toks []text.Token, common map[string]bool) bool {
	for k, t := range toks {
		if t.Text == ":" {
			return k > 0
		}
		if t.Kind != text.Word || !common[t.Lower] || t.Lower != strings.ToLower(t.Text) || text.IsUpper(t.Text) {
			return false
		}
	}
	return false
}

// looksCommon reports a sentence whose first word reads as a common word
// given a capital by its place: an adverb ("Unfortunately,"), a participle
// ("Faced with"), or a word before a preposition or a pause ("Hundreds of
// mourners", "Besides, the", "Analysis:"). A name is followed by its verb
// ("Zawahiri died"), a possessive, or an apposition ("Zawahiri, who …").
func looksCommon(toks []text.Token) bool {
	w := toks[0].Lower
	if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return true
	}
	if len(toks) < 2 {
		return true
	}
	next := toks[1]
	switch {
	case next.Text == ",":
		return !(len(toks) > 2 && apposition[toks[2].Lower])
	case next.Kind == text.Punct, next.Kind == text.Number:
		return true // "Analysis:", "Almost 400 people"
	}
	return prepositions[next.Lower] || next.Lower == "about" || next.Lower == "like"
}

// apposition opens a description of the name before the comma.
var apposition = map[string]bool{"who": true, "whose": true, "a": true, "an": true, "aged": true, "which": true}

// isHeadline reports a line written in title case: most of its longer
// words capitalised, as headlines and section titles are.
func isHeadline(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != text.Word || len(t.Text) < 4 {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	// "The Kelvan Front was founded in 1970 by John Tarvosh.": a line of
	// names with a word in lower case and a full stop is a sentence.
	if n := len(toks); words > caps && n > 0 && toks[n-1].Text == "." {
		return false
	}
	return words >= 3 && caps*5 >= words*4
}

// surnames marks a name of one word that is the last word of a person the
// text named in full before ("Ahlam Albashir", then "Albashir's
// residence"): the person again, not a place.
func surnames(di *docInfo) {
	last := map[string]bool{}
	for si, ms := range di.ments {
		for i := range ms {
			m := &ms[i]
			if m.actor < 0 && m.person && m.b-m.a >= 2 {
				last[di.toks[si][m.b-1].Lower] = true
				continue
			}
			if m.actor < 0 && m.b-m.a == 1 && !m.dateline && last[base(di.toks[si][m.a].Lower)] {
				m.person, m.locative = true, false
			}
		}
	}
}

// peoples marks a name of one word that the text also writes before a
// word only a people takes ("Fulani herders", "the Dogon ethnic group"),
// or after "ethnic" or "armed" ("an ethnic Dogon village", "armed Fulani"):
// a people, so "a Dogon village" and "Fulani attacked" name no place.
func peoples(di *docInfo) {
	var people map[string]bool
	for si, ms := range di.ments {
		toks := di.toks[si]
		for _, m := range ms {
			after := m.b < len(toks) && peopleOnly[toks[m.b].Lower]
			if m.actor < 0 && m.b-m.a == 1 && (after || m.a > 0 && (toks[m.a-1].Lower == "ethnic" || toks[m.a-1].Lower == "armed")) {
				if people == nil {
					people = map[string]bool{}
				}
				people[m.key] = true
			}
		}
	}
	if people == nil {
		return
	}
	for si := range di.ments {
		for i := range di.ments[si] {
			if m := &di.ments[si][i]; people[m.key] && m.b-m.a == 1 && !m.dateline {
				m.locative = false
			}
		}
	}
}

// openedNames unplaces a one-word name that opens a longer name the text
// writes elsewhere: "in German bakery blast" above "the German Bakery" is
// the bakery, not Germany.
func (x *Extractor) openedNames(di *docInfo) {
	var long map[string]bool
	for _, ms := range di.ments {
		for _, m := range ms {
			if m.b-m.a >= 2 && strings.HasPrefix(m.key, "name:") {
				if long == nil {
					long = map[string]bool{}
				}
				long[m.key] = true
			}
		}
	}
	if long == nil {
		return
	}
	for si := range di.ments {
		toks := di.toks[si]
		for i := range di.ments[si] {
			m := &di.ments[si][i]
			if m.locative && x.opensName(toks, *m, long) && !toks[m.b].Cap {
				m.locative = false
			}
		}
	}
}

// opensName reports a one-word name that, with the word after it, is a
// longer name of names: "German" before "bakery" when the text writes "the
// German Bakery". Not "Varaesh" before "district": the district's name is
// Varaesh.
func (x *Extractor) opensName(toks []text.Token, m mention, names map[string]bool) bool {
	if m.b-m.a != 1 || m.b >= len(toks) || toks[m.b].Kind != text.Word {
		return false
	}
	k := "name:" + x.nameKey(toks[m.a:m.b+1])
	return k != m.key && names[k]
}

// peopleOnly follow the name of a people, and not a town's: "Kandahar
// villagers" live in a town, "Fulani herders" belong to a people.
var peopleOnly = map[string]bool{"ethnic": true, "herders": true, "herdsmen": true, "hunters": true, "militia": true, "militias": true, "militiamen": true, "tribesmen": true, "tribe": true, "tribes": true, "clan": true, "clans": true}

// shortAliases re-points a one-word alias of a declared person ("al-Masri"
// for Abu Muhammad al-Masri) to another man of the same name the report
// names in full ("Abu Ayyub al-Masri"), when it names just one such man
// and never the declared one in full: the report means its own man.
func (x *Extractor) shortAliases(di *docInfo) {
	full := map[string]*mention{} // last word → the one undeclared full name ending so
	declaredInFull := map[int]bool{}
	// "al Masri" is one word of a name, with its particle.
	words := func(toks []text.Token) int {
		n := 0
		for _, t := range toks {
			if !nameParticles[t.Lower] {
				n++
			}
		}
		return n
	}
	for si, ms := range di.ments {
		for i := range ms {
			m := &ms[i]
			last := base(di.toks[si][m.b-1].Lower)
			last = strings.TrimPrefix(strings.TrimPrefix(last, "al-"), "el-")
			n := words(di.toks[si][m.a:m.b])
			switch {
			case m.actor < 0 && m.person && n >= 2:
				o, ok := full[last]
				switch {
				case !ok:
					full[last] = m
				case o == nil || o.key == m.key:
				case strings.Contains(m.key, o.key[len("name:"):]):
					// "Abu Ayyub al Masri Abu Ayyub al-Masri": a caption run into the name
				case strings.Contains(o.key, m.key[len("name:"):]):
					full[last] = m
				default:
					full[last] = nil // two men of that name: no telling which
				}
			case m.actor >= 0 && m.person && n >= 2:
				declaredInFull[m.actor] = true
			}
		}
	}
	for si, ms := range di.ments {
		for i := range ms {
			m := &ms[i]
			if m.actor < 0 || !m.person || words(di.toks[si][m.a:m.b]) != 1 || declaredInFull[m.actor] {
				continue
			}
			last := base(di.toks[si][m.b-1].Lower)
			last = strings.TrimPrefix(strings.TrimPrefix(last, "al-"), "el-")
			if o := full[last]; o != nil {
				m.actor, m.key, m.name = -1, o.key, o.name
			}
		}
	}
}

// bracketInitials finds names the text gives their initials after, in
// brackets: "the Armed Islamic Group (GIA, from French: …)" makes "GIA"
// that group in the rest of the text. Names the rules know keep the
// rules' aliases.
func bracketInitials(di *docInfo) {
	for si, ms := range di.ments {
		toks := di.toks[si]
		for _, m := range ms {
			// "‘The Tarvosh Front’ (TTF)": a quoted name's closing mark
			// stands before its initials.
			p := m.b
			if p < len(toks) && isQuote(toks[p].Text) {
				p++
			}
			if m.actor >= 0 || m.person || m.locative || p+2 >= len(toks) || toks[p].Text != "(" || !acronym(toks[p+1:p+2]) {
				continue
			}
			if t := toks[p+2].Text; t != ")" && t != "," && t != ";" {
				continue
			}
			k := initialsKey(toks[p+1].Text)
			if k == m.key || acronym(toks[m.a:m.b]) {
				continue
			}
			if di.spelledOut == nil {
				di.spelledOut = map[string]spelling{}
			}
			if _, ok := di.spelledOut[k]; !ok {
				di.spelledOut[k] = spelling{m, toks[p+1].Text}
			}
		}
	}
}

// initialsKey is the key of initials as a text writes them: "ELN" is
// "name:eln".
func initialsKey(initials string) string { return "name:" + strings.ToLower(initials) }

// spelling is a name the text spells out and its initials as written.
type spelling struct {
	mention
	initials string // "ELN"
}

// isDash reports a dash between words: a dateline's, or an aside's.
func isDash(s string) bool { return s == "-" || s == "—" || s == "–" }

// tollAt reports a toll's noun at k.
func (x *Extractor) tollAt(toks []text.Token, k int) bool {
	_, _, ok := x.tolls.match(toks, k)
	return ok
}

// regionAdjective reports a word with the endings of a continent's or a
// region's adjective ("African", "Asian", "European", "Caribbean"), not
// of a place's name ("Sudan", "Iran").
func regionAdjective(w string) bool {
	for _, end := range []string{"ican", "ian", "ean", "asian"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// month reports a month's name as the date rules spell it: "june", "sept".
func (x *Extractor) month(w string) bool {
	_, ok := x.rs.Dates.Months[w]
	return ok
}

// pastForms are the irregular past forms that open words for an attack:
// "shot dead", "blew up", "struck".
var pastForms = map[string]bool{"shot": true, "blew": true, "struck": true, "hit": true, "went": true, "set": true}

// originBefore reports people "from" the name at a, past "the" and an
// owner's possessive name: "pilgrims from Kelvar's Tarvik region",
// "pilgrims from the Kelvar valley"; not "the toll from the Kelvar
// ambush".
func originBefore(toks []text.Token, a int) bool {
	k := a - 1
	for k >= 0 && toks[k].Cap && isPossessive(toks[k]) {
		k--
	}
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Lower != "from" {
		return false
	}
	// People: "pilgrims", "tourists", "children"; not "the toll" or
	// "news" from a place.
	t := toks[k-1]
	return pluralNoun(t) || t.Kind == text.Word && !t.Cap && len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "s") && !isVerbLike(t) && !sourceWords[t.Lower]
}

// sourceWords come from a place without being its people.
var sourceWords = map[string]bool{"news": true, "reports": true, "pictures": true, "images": true, "details": true, "figures": true}
