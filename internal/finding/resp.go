package finding

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/text"
)

// compareResponsibility flags events for which sources name different
// responsible actors (neither the same nor one a branch of the other), or
// where one source asserts what another denies. Each pair of sides in
// conflict gives a finding with every claim of the event on each side.
func (b *builder) compareResponsibility(ids []int) {
	chk, ok := b.rs.Check("responsibility", "")
	if !ok {
		return
	}
	byEvent := map[int][]*claim.Claim{}
	var events []int
	// An event some report holds someone responsible for in words of
	// responsibility (claimed, blamed, denied, "was behind") is judged by
	// those: a deed a report tells ("the Sulu Front killed 40") most
	// often tells of another act than the attack's, and of this one it
	// says no more than they do.
	told := map[int]bool{}
	// A deed by an actor another report says denied it stays: "a Russian
	// missile strike" against "Russia has denied it attacked".
	denied := map[[2]string]bool{}
	for _, i := range ids {
		if e := b.eventOf(i); e >= 0 && !b.claims[i].Deed {
			told[e] = true
			if c := &b.claims[i]; c.Deny && c.Actor != "" {
				denied[[2]string{strconv.Itoa(e), b.root(c.Actor)}] = true
			}
		}
	}
	for _, i := range ids {
		e := b.eventOf(i)
		if c := &b.claims[i]; e < 0 || told[e] && c.Deed && !denied[[2]string{strconv.Itoa(e), b.root(c.Actor)}] {
			continue
		}
		if _, seen := byEvent[e]; !seen {
			events = append(events, e)
		}
		byEvent[e] = append(byEvent[e], &b.claims[i])
	}
	sort.Ints(events)
	// A name and the initials any report gives it in brackets are one
	// actor in every report.
	b.initials = map[[2]string]bool{}
	for _, i := range ids {
		if c := &b.claims[i]; c.Initials != "" {
			k := c.InitialsKey()
			b.initials[[2]string{c.Actor, k}] = true
			b.initials[[2]string{k, c.Actor}] = true
		}
	}
	for _, e := range events {
		b.eventResponsibility(chk, &b.ev.Events[e], byEvent[e])
	}
}

// eventResponsibility compares the responsibility claims of one event.
func (b *builder) eventResponsibility(chk rule.Check, ev *event.Event, cs []*claim.Claim) {
	cs = b.forStates(cs)
	// One claim stands for each side key; the conflicts are between keys.
	// A key's claim of the claimed stance stands for it first, as only a
	// claim overtakes "no group has claimed it".
	var keys []string
	rep := map[string]*claim.Claim{}
	// Actors one source holds responsible together stand on one side here.
	b.allies = map[[2]string]bool{}
	b.joints = map[string][]string{}
	for _, c := range cs {
		if c.Joint != "" && !c.Deny {
			b.allies[[2]string{c.Actor, c.Joint}] = true
			b.allies[[2]string{c.Joint, c.Actor}] = true
			if c.ActorPerson {
				b.joints[c.Actor] = append(b.joints[c.Actor], c.Joint)
			}
		}
	}
	b.sole = ""
	for _, c := range cs {
		if c.Actor == claim.NoOne || b.generic(c.Actor) || !b.mayBeGroup(c.Actor) {
			continue
		}
		if k := b.root(c.Actor); b.sole == "" {
			b.sole = k
		} else if b.sole != k {
			b.sole = "-" // more than one
		}
	}
	side := b.joinSpellings(cs, b.folded(cs))
	for _, c := range cs {
		k := side(c)
		if r, ok := rep[k]; !ok {
			keys = append(keys, k)
			rep[k] = c
		} else if r.Kind != claimedStance && c.Kind == claimedStance {
			rep[k] = c
		}
	}
	sort.Strings(keys)
	type sidePair struct{ ka, kb string }
	var order []sidePair
	for i, ka := range keys {
		for _, kb := range keys[i+1:] {
			if b.conflict(rep[ka], rep[kb]) {
				order = append(order, sidePair{ka, kb})
			}
		}
	}
	// A denial already shown beside a rival actor needs no finding of its own:
	// "the Taliban denied involvement" stands on the other side of "blamed the Taliban".
	covered := func(k string) bool {
		for _, sp := range order {
			if !strings.HasPrefix(sp.ka, "not:") && !strings.HasPrefix(sp.kb, "not:") && (sp.ka == k || sp.kb == k) {
				return true
			}
		}
		return false
	}
	for _, sp := range order {
		if strings.HasPrefix(sp.ka, "not:") && covered(sp.kb) || strings.HasPrefix(sp.kb, "not:") && covered(sp.ka) {
			continue
		}
		none := sp.ka == claim.NoOne || sp.kb == claim.NoOne
		var sa, sb []*claim.Claim
		for _, c := range cs {
			// Against "no group has claimed it" only a claim stands: blame
			// or a denial by the same group is no disagreement with it.
			if none && c.Actor != claim.NoOne && (c.Kind != claimedStance || c.Deny) {
				continue
			}
			// A denial of one side stands with the other.
			switch side(c) {
			case sp.ka, "not:" + sp.kb:
				sa = append(sa, c)
			case sp.kb, "not:" + sp.ka:
				sb = append(sb, c)
			}
		}
		if len(sa) == 0 || len(sb) == 0 {
			continue
		}
		// A side is named by whom it holds responsible; the denials of the
		// other side's actor come after ("local political networks / not
		// al-Shabaab").
		assertFirst := func(cs []*claim.Claim) {
			sort.SliceStable(cs, func(i, j int) bool { return !cs[i].Deny && cs[j].Deny })
		}
		assertFirst(sa)
		assertFirst(sb)
		// The side more claims support goes first.
		if len(sb) > len(sa) {
			sa, sb = sb, sa
		}
		relation := report.Contradiction
		if sp.ka == claim.NoOne || sp.kb == claim.NoOne {
			// No claim, then a claim: the sides go in that order.
			if sb[0].Actor == claim.NoOne {
				sa, sb = sb, sa
			}
			relation = b.unclaimedRelation(sa, sb)
		}
		key := fmt.Sprintf("resp|%s|%s|%s", ev.ID, sp.ka, sp.kb)
		n := len(b.out)
		b.add(chk, "responsibility", sa[0].Kind, relation, ev.Label, key, sa, sb)
		if len(b.out) == n {
			continue // merged into a finding already made: it keeps its words
		}
		f := &b.out[len(b.out)-1]
		f.Event = ev.ID
		f.Values[0].Text = b.sideText(sa)
		f.Values[1].Text = b.sideText(sb)
		f.Pairs = []report.SidePair{{A: "a", B: "b", Relation: relation}}
		f.Message = render(chk.Message, map[string]string{
			"subject": ev.Label, "label": "responsibility", "kind": "responsibility",
			"a": f.Values[0].Text, "b": f.Values[1].Text,
			"outlet_a": outletOf(b.evidence(sa[0], "a")), "outlet_b": outletOf(b.evidence(sb[0], "b")),
		})
		f.ID = findingID(*f)
	}
}

// forStates puts a man a report says acts for a state ("the former Libyan
// intelligence officer convicted of the bombing") on that state's side:
// the state answers for what its agent did, and its denial answers him.
// The claims are copies; the man's name still shows.
func (b *builder) forStates(cs []*claim.Claim) []*claim.Claim {
	out := cs
	for i, c := range cs {
		if !c.ActorPerson || c.Side == "" {
			continue
		}
		if &out[0] == &cs[0] {
			out = slices.Clone(cs)
		}
		cp := *c
		cp.Actor, cp.ActorPerson = c.Side, false
		if a, ok := b.rs.Actor(strings.TrimPrefix(c.Side, "actor:")); ok && a.Name != "" {
			cp.ActorName = a.Name + " (" + c.ActorName + ")"
		}
		out[i] = &cp
	}
	return out
}

// claimedStance is the stance a "no claim" report can be overtaken by.
const claimedStance = "claimed"

// carriedOutStance says who did it, which for a person is not who claims it.
const carriedOutStance = "carried-out"

// unclaimedRelation says how "no group has claimed it" stands to a claim:
// an update when every such report came out before every claim, else a
// contradiction (a report of the day of the claim or later still has none).
func (b *builder) unclaimedRelation(none, claims []*claim.Claim) string {
	last, first := "", "~"
	for _, c := range none {
		if d := b.firstOf([]*claim.Claim{c}); d > last {
			last = d
		}
	}
	for _, c := range claims {
		if d := b.firstOf([]*claim.Claim{c}); d < first {
			first = d
		}
	}
	if last[:min(10, len(last))] < first[:min(10, len(first))] {
		return report.Update
	}
	return report.Contradiction
}

// allied reports two actors one source holds responsible together, or a
// person who speaks or acts for a group another report names in its own
// spelling ("Jind Ullah spokesman Ahmad Marvat" beside "Jundullah").
func (b *builder) allied(x, y string) bool {
	if b.allies[[2]string{x, y}] {
		return true
	}
	for _, g := range b.joints[x] {
		if b.related(g, y) {
			return true
		}
	}
	for _, g := range b.joints[y] {
		if b.related(g, x) {
			return true
		}
	}
	return false
}

// conflict: two assertions of unrelated actors, or one source asserting
// what another denies.
func (b *builder) conflict(a, c *claim.Claim) bool {
	// "No group has claimed it" against a group's claim: the claim came
	// later (an update) or the report is wrong. Against blame or a denial
	// it is no disagreement.
	if a.Actor == claim.NoOne || c.Actor == claim.NoOne {
		other := a
		if a.Actor == claim.NoOne {
			other = c
		}
		return other.Actor != claim.NoOne && other.Kind == claimedStance
	}
	rel := b.related(a.Actor, c.Actor)
	// "25-year-old Hanifullah carried out the attack" names the man who did
	// it, not a rival to the group that claims him.
	if !a.Deny && !c.Deny && (a.ActorPerson && a.Kind == carriedOutStance || c.ActorPerson && c.Kind == carriedOutStance) {
		return false
	}
	if !a.Deny && !c.Deny {
		return !rel && !b.allied(a.Actor, c.Actor)
	}
	// A description that may be any group denies for none ("militants deny
	// they carried it out"), and a denial answers it only from the one
	// group the event's reports name ("officials blamed an extremist group";
	// "the Pakistani Taliban denied involvement"). With the PKK blamed and
	// the SDF denying, "Kurdish militants" stands against neither.
	if b.generic(a.Actor) || b.generic(c.Actor) {
		g, o := a, c
		if !b.generic(a.Actor) {
			g, o = c, a
		}
		// "Syria blamed rebels"; "the UN blamed Syrian government forces":
		// fighters of no state against a state's own stand apart.
		if !g.Deny && !o.Deny && b.stateSide(o.Actor) {
			return true
		}
		return !g.Deny && o.Deny && !b.generic(o.Actor) && b.root(o.Actor) == b.sole
	}
	return a.Deny != c.Deny && rel
}

// sideKey puts a claim on a side: the top of its actor's hierarchy for an
// assertion (ISKP stands with ISIS); a denial of X stands against X, that
// is with whoever is not X, so it gets its own key.
func (b *builder) sideKey(c *claim.Claim) string {
	if c.Actor == claim.NoOne {
		return claim.NoOne
	}
	k := b.root(c.Actor)
	// "Syrian government forces", "the Syrian army", "Syria": one state.
	if st, ok := b.stateOf(c.Actor); ok && st != "" {
		k = st
	}
	if c.Deny {
		return "not:" + k
	}
	return k
}

// folded gives the side keys of one event's claims, with a description
// ("the terrorist organisation claimed it") put on the side of the one
// group the event's other claims name, when they name just one.
func (b *builder) folded(cs []*claim.Claim) func(*claim.Claim) string {
	named := map[string]bool{}
	for _, c := range cs {
		if k := b.sideKey(c); !c.Deny && c.Actor != claim.NoOne && !b.generic(c.Actor) && b.group(c.Actor) && !b.stateSide(c.Actor) {
			named[k] = true
		}
	}
	only := ""
	if len(named) == 1 {
		for k := range named {
			only = k
		}
	}
	// "Jaish" beside "Jaish-e-Mohammed": a name the rules do not know that
	// is another spelling of exactly one declared actor of the event stands
	// on that actor's side.
	declared := map[string]string{} // side key → an actor of it
	for _, c := range cs {
		if strings.HasPrefix(c.Actor, "actor:") {
			declared[b.root(c.Actor)] = c.Actor
		}
	}
	spelt := func(actor string) string {
		if strings.HasPrefix(actor, "actor:") || b.generic(actor) {
			return ""
		}
		found := ""
		for k, a := range declared {
			if b.related(actor, a) {
				if found != "" && found != k {
					return ""
				}
				found = k
			}
		}
		return found
	}
	// "a banned Islamist party" beside "the Islamic Renaissance Party": a
	// description in common words stands on the side of the one name of
	// the event with its head noun ("party"), when only one has it.
	names := map[string][]string{} // side key → the names of its actors
	for _, c := range cs {
		if c.Actor != claim.NoOne && !strings.HasPrefix(c.Actor, "phrase:") {
			names[b.root(c.Actor)] = append(names[b.root(c.Actor)], strings.ToLower(c.ActorName))
		}
	}
	nameKeys := slices.Sorted(maps.Keys(names)) // one answer, whatever the map's order
	headed := func(actor string) string {
		words, ok := strings.CutPrefix(actor, "phrase:")
		f := strings.Fields(words)
		if !ok || len(f) < 2 || vagueHeads[f[len(f)-1]] {
			return ""
		}
		head, found := f[len(f)-1], ""
		for _, k := range nameKeys {
			for _, n := range names[k] {
				if slices.Contains(strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }), head) {
					if found != "" && found != k && !b.related(found, k) {
						return ""
					}
					if found == "" {
						found = k
					}
				}
			}
		}
		return found
	}
	// "Assad's forces" beside "the Syrian army": a state's body that names
	// no state stands for the one state the event's claims name.
	states := map[string]bool{}
	for _, c := range cs {
		if st, ok := b.stateOf(c.Actor); ok && st != "" {
			states[st] = true
		}
	}
	oneState := ""
	if len(states) == 1 {
		for st := range states {
			oneState = st
		}
	}
	// "rebels", "terrorists", "armed groups": with no group named, the
	// descriptions of a state's opponents are one side, not one each.
	anyStateSide := false
	for _, c := range cs {
		anyStateSide = anyStateSide || !c.Deny && b.stateSide(c.Actor)
	}
	return func(c *claim.Claim) string {
		if only != "" && !c.Deny && b.generic(c.Actor) {
			return only
		}
		if only == "" && len(named) == 0 && anyStateSide && !c.Deny && b.generic(c.Actor) {
			return "described"
		}
		if st, ok := b.stateOf(c.Actor); ok && st == "" && oneState != "" {
			if c.Deny {
				return "not:" + oneState
			}
			return oneState
		}
		if k := headed(c.Actor); k != "" {
			if c.Deny {
				return "not:" + k
			}
			return k
		}
		if c.Actor != claim.NoOne {
			if k := spelt(c.Actor); k != "" {
				if c.Deny {
					return "not:" + k
				}
				return k
			}
		}
		return b.sideKey(c)
	}
}

// joinSpellings puts the names of one group that no rule declares on one
// side: "the Islamic Renaissance Party", "the Islamic Renaissance Party of
// Tajikistan" and "IRPT" are one party, not three rivals of the group
// that claimed the attack, each with a finding of its own.
func (b *builder) joinSpellings(cs []*claim.Claim, side func(*claim.Claim) string) func(*claim.Claim) string {
	actor := map[string]string{} // side key → an actor named on it
	var keys []string
	for _, c := range cs {
		k := side(c)
		if _, ok := actor[k]; ok || c.Deny || c.Actor == claim.NoOne || strings.HasPrefix(c.Actor, "actor:") || b.generic(c.Actor) || b.stateSide(c.Actor) || !b.mayBeGroup(c.Actor) {
			continue
		}
		actor[k] = c.Actor
		keys = append(keys, k)
	}
	sort.Strings(keys)
	canon := map[string]string{}
	for i, k := range keys {
		if canon[k] != "" {
			continue
		}
		canon[k] = k
		for _, l := range keys[i+1:] {
			if canon[l] == "" && b.related(actor[k], actor[l]) {
				canon[l] = k
			}
		}
	}
	return func(c *claim.Claim) string {
		k := side(c)
		deny := strings.HasPrefix(k, "not:")
		if to, ok := canon[strings.TrimPrefix(k, "not:")]; ok {
			k = to
			if deny {
				k = "not:" + to
			}
		} else if deny && c.Actor != claim.NoOne && !b.generic(c.Actor) {
			// "KRPT denied it" against "the Kelvat Renaissance Party" blamed:
			// a denial in another spelling answers the one name it is.
			found := ""
			for _, l := range keys {
				if b.related(c.Actor, actor[l]) {
					if found != "" && canon[l] != found {
						return k
					}
					found = canon[l]
				}
			}
			if found != "" {
				k = "not:" + found
			}
		}
		return k
	}
}

// vagueHeads name no kind of body precise enough to pick out one name:
// "an extremist group" may be any group.
var vagueHeads = map[string]bool{"group": true, "groups": true, "organisation": true, "organization": true, "network": true, "networks": true, "cell": true, "cells": true, "elements": true, "forces": true}

// capitalised lists the phrase actors some claim writes with a capital
// past its first word: names, not descriptions.
func (b *builder) capitalised() map[string]bool {
	if b.named == nil {
		b.named = map[string]bool{}
		for i := range b.claims {
			c := &b.claims[i]
			if !strings.HasPrefix(c.Actor, "phrase:") {
				continue
			}
			for k, w := range strings.Fields(c.ActorName) {
				if k > 0 && w != strings.ToLower(w) && !b.demonym(strings.ToLower(w)) && !b.genericHeads()[strings.ToLower(w)] {
					b.named[c.Actor] = true
				}
			}
		}
	}
	return b.named
}

// anyGroup heads make a phrase a description of some group.
var anyGroup = map[string]bool{"group": true, "groups": true, "organisation": true, "organization": true}

// root is the topmost parent of an actor, or the actor itself.
func (b *builder) root(actor string) string {
	id, ok := strings.CutPrefix(actor, "actor:")
	if !ok {
		return actor
	}
	seen := map[string]bool{}
	for !seen[id] {
		seen[id] = true
		a, ok := b.rs.Actor(id)
		if !ok || a.Parent == "" {
			break
		}
		id = a.Parent
	}
	return "actor:" + id
}

// related: the same actor or one a branch of the other.
func (b *builder) related(x, y string) bool {
	if x == y || b.initials[[2]string{x, y}] {
		return true
	}
	ax, okx := strings.CutPrefix(x, "actor:")
	ay, oky := strings.CutPrefix(y, "actor:")
	if okx && oky {
		return b.rs.Related(ax, ay) || b.nameWithin(ax, ay) || b.nameWithin(ay, ax)
	}
	// A state's government, army and police answer for it: "the Syrian
	// army" and "Syrian government forces" are Syria, and "government
	// forces" or "Assad's forces", naming no state, may be any state.
	if sx, ok := b.stateOf(x); ok {
		if sy, ok := b.stateOf(y); ok {
			return sx == "" || sy == "" || sx == sy
		}
	}
	// "Kurdish militants", "an extremist group": any group, not a state.
	if b.generic(x) && b.mayBeGroup(y) && !b.stateSide(y) || b.generic(y) && b.mayBeGroup(x) && !b.stateSide(x) {
		return true
	}
	// "Jaish-e-Mohammad terror group" and "Jaish-e-Mohammed": one name.
	cx, cy := b.core(x), b.core(y)
	if cx != "" && cy != "" && (strings.Contains(" "+cx+" ", " "+cy+" ") || strings.Contains(" "+cy+" ", " "+cx+" ") || nearSpelling(cx, cy)) {
		return true
	}
	// "an al-Qaeda-linked group" stands with al-Qaeda and its branches.
	if b.linkedWith(x, y) || b.linkedWith(y, x) {
		return true
	}
	// "JMB" and "Jamaat-ul-Mujahideen Bangladesh": a name and its initials;
	// "Jaish" and "Jaish-e-Mohammed": a transliterated name by its first word.
	nx, ny := b.words(x), b.words(y)
	// "M23 rebels" and "the March 23 Movement": a code read without the
	// words that describe fighters.
	return ofWhere(nx, ny) || ofWhere(ny, nx) || initialsOf(nx, ny) || initialsOf(ny, nx) || joinedAlike(nx, ny) || firstWordOf(nx, ny) || firstWordOf(ny, nx) || initialsWithin(nx, ny) || initialsWithin(ny, nx) ||
		translated(nx, ny) || codeFor(nx, strings.Fields(ny)) || codeFor(ny, strings.Fields(nx)) ||
		cx != "" && cy != "" && (codeFor(cx, strings.Fields(cy)) || codeFor(cy, strings.Fields(cx)))
}

// ofWhere reports a name that is the other with where it is from after
// "of": "Armed Islamic Group of Algeria" is the "Armed Islamic Group".
func ofWhere(short, long string) bool {
	short, long = strings.ToLower(short), strings.ToLower(long)
	rest, ok := strings.CutPrefix(long, short+" of ")
	return ok && short != "" && len(strings.Fields(rest)) <= 2
}

// joinedAlike reports one transliterated name written in one word and in
// two: "Jundullah" and "Jind Ullah" share the skeleton of their letters
// run together.
func joinedAlike(x, y string) bool {
	fx, fy := strings.Fields(x), strings.Fields(y)
	if len(fx) == len(fy) || len(fx) == 0 || len(fy) == 0 {
		return false
	}
	sx, sy := text.Skeleton(strings.Join(fx, "")), text.Skeleton(strings.Join(fy, ""))
	return len(sx) >= 4 && sx == sy
}

// translated reports one name in two languages' word orders: "National
// Liberation Forces" and "Forces Nationales de Liberation". Every word of
// one opens, or is opened by, a word of the other (cognates share their
// first letters), with the particles left out, three words or more.
func translated(x, y string) bool {
	wx, wy := contentWords(x), contentWords(y)
	return len(wx) >= 3 && len(wx) == len(wy) && eachMatched(wx, wy, cognate)
}

// eachMatched reports every item meeting a word of its own among words,
// no word serving two, tried in order.
func eachMatched[T any](items []T, words []string, fits func(T, string) bool) bool {
	used := make([]bool, len(words))
	for _, it := range items {
		found := false
		for j, w := range words {
			if !used[j] && fits(it, w) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// contentWords are a name's words without particles, lower case.
func contentWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !particles[w] && !romanceParticles[w] {
			out = append(out, w)
		}
	}
	return out
}

// romanceParticles are the small words of French and Spanish names
// ("Forces Nationales de Libération"), left out as particles are.
var romanceParticles = map[string]bool{"de": true, "la": true, "del": true, "des": true, "du": true}

// cognate reports two words that agree but for the shorter one's last
// letter and what follows it, five letters or more: "nationales" and
// "national", "forces" and "forces".
func cognate(a, b string) bool {
	n := min(len(a), len(b))
	return a == b || n >= 5 && a[:n-1] == b[:n-1]
}

// initialsWithin reports short as long with a run of long's words written
// by their initials: "IRA" and "Provisional IRA" are the "Provisional
// Irish Republican Army" (a run of three words or more, so that two
// letters do not stand for any two words).
func initialsWithin(short, long string) bool {
	sw := strings.Fields(strings.ToLower(short))
	lw := strings.FieldsFunc(strings.ToLower(long), func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range sw {
		if len(w) < 3 || len(w) > 6 {
			continue
		}
		for a := 0; a < len(lw); a++ {
			for z := a + len(w); z <= len(lw) && z <= a+len(w)+2; z++ {
				if !initialsOf(w, strings.Join(lw[a:z], " ")) {
					continue
				}
				// The words around the initials must be the same words.
				before, after := sw[:i], sw[i+1:]
				if len(before) <= a && len(after) <= len(lw)-z && slices.Equal(before, lw[a-len(before):a]) && slices.Equal(after, lw[z:z+len(after)]) {
					return true
				}
			}
		}
	}
	return false
}

// nameWithin reports a declared group whose one-word name is a word of
// another's: "the Taliban" is what reports call the Tehrik-e-Taliban
// Pakistan too, so neither contradicts the other.
func (b *builder) nameWithin(short, long string) bool {
	s, ok1 := b.rs.Actor(short)
	l, ok2 := b.rs.Actor(long)
	if !ok1 || !ok2 || s.Type != "group" || l.Type != "group" || strings.ContainsAny(s.Name, " -") {
		return false
	}
	for _, w := range strings.FieldsFunc(l.Name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if strings.EqualFold(w, s.Name) {
			return true
		}
	}
	return false
}

// firstWordOf reports short, one word of five letters or more, as the
// first part of a hyphened name: "Jaish" of "Jaish-e-Mohammed". A first
// word alone says too little of a name in spaced words ("Islamic").
func firstWordOf(short, long string) bool {
	short, long = strings.ToLower(short), strings.ToLower(long)
	if len(short) < 5 || strings.ContainsAny(short, " -") {
		return false
	}
	first, rest, ok := strings.Cut(long, "-")
	return ok && rest != "" && !strings.Contains(first, " ") && first == short
}

// linkSuffixes make a description of a group from another's name.
var linkSuffixes = []string{"-linked", "-affiliated", "-allied", "-aligned", "-inspired", "-backed"}

// leadSuffixes name a body by the state that leads it ("Saudi-led",
// "Saudi-backed"): in a name's core the state stands for them.
var leadSuffixes = []string{"-led", "-backed"}

// linkedWith reports a description x ("al-Qaeda-linked group") made from
// the name of a declared group that y is, or is a branch of.
func (b *builder) linkedWith(x, y string) bool {
	// A description ("an al-Qaeda-linked group") or a name the rules do
	// not know ("the Al Qaeda-linked Al Shabab Islamists").
	words, ok := strings.CutPrefix(x, "phrase:")
	if !ok {
		if words, ok = strings.CutPrefix(x, "name:"); !ok {
			return false
		}
	}
	yid, ok := strings.CutPrefix(y, "actor:")
	if !ok {
		return false
	}
	f := strings.Fields(strings.ToLower(words))
	for i, w := range f {
		for _, suf := range linkSuffixes {
			base, found := strings.CutSuffix(w, suf)
			if !found || base == "" {
				continue
			}
			names := []string{base}
			if i > 0 {
				names = append(names, f[i-1]+" "+base) // "al qaeda-linked"
			}
			for _, n := range names {
				if id, ok := b.actorNamed(n); ok && (id == yid || b.rs.Related(id, yid)) {
					return true
				}
			}
		}
	}
	return false
}

// actorNamed finds the declared actor a name or alias stands for, with
// hyphens and spaces alike ("al qaeda", "al-Qaeda").
func (b *builder) actorNamed(name string) (string, bool) {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", " ") }
	n := norm(name)
	for _, a := range b.rs.Actors {
		for _, al := range append([]string{a.Name}, a.Aliases...) {
			if norm(al) == n {
				return a.ID, true
			}
		}
	}
	return "", false
}

// words is an actor's name as written: a declared actor's name, or the
// words read.
func (b *builder) words(actor string) string {
	if id, ok := strings.CutPrefix(actor, "actor:"); ok {
		if a, found := b.rs.Actor(id); found {
			return a.Name
		}
		return ""
	}
	if w, ok := strings.CutPrefix(actor, "name:"); ok {
		return w
	}
	w, _ := strings.CutPrefix(actor, "phrase:")
	return w
}

// particles are the small words of transliterated names that acronyms
// leave out: "Jamaat-ul-Mujahideen" is JM.
var particles = map[string]bool{"e": true, "i": true, "ul": true, "al": true, "el": true, "ud": true, "ad": true, "wa": true, "bin": true, "ibn": true, "of": true, "the": true, "and": true, "for": true, "in": true}

// initialsOf reports short, one word of two to six letters, as the
// initials of long's words: "jmb" of "Jamaatul Mujahideen Bangladesh".
func initialsOf(short, long string) bool {
	if len(short) < 2 || len(short) > 6 || strings.ContainsAny(short, " -") {
		return false
	}
	// "JMB" leaves the particles out, "LeT" (Lashkar-e-Taiba) keeps them.
	var without, with []byte
	for _, w := range strings.FieldsFunc(strings.ToLower(long), func(r rune) bool { return r == ' ' || r == '-' }) {
		with = append(with, w[0])
		if !particles[w] {
			without = append(without, w[0])
		}
	}
	short = strings.ToLower(short)
	return len(without) >= 2 && string(without) == short || len(with) >= 2 && string(with) == short
}

// nearSpelling reports two skeletons of as many words, each a letter or
// less apart: transliteration writes "Thowheed" and "Thowheeth".
func nearSpelling(x, y string) bool {
	wx, wy := strings.Fields(x), strings.Fields(y)
	if len(wx) != len(wy) || x == y {
		return x == y
	}
	for i := range wx {
		if wx[i] != wy[i] && (len(wx[i]) < 3 || len(wy[i]) < 3 || !oneEdit(wx[i], wy[i])) {
			return false
		}
	}
	return true
}

// oneEdit: a and b differ by at most one letter changed, added or dropped.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// core is an actor's name as its spellings share it, without the generic
// words around it: "the Jaish-e-Mohammad terror group" is "jsmhmd"; a
// declared actor is its name's.
func (b *builder) core(actor string) string {
	if id, ok := strings.CutPrefix(actor, "actor:"); ok {
		if a, found := b.rs.Actor(id); found && a.Name != "" {
			return text.Skeleton(a.Name)
		}
		return ""
	}
	words, ok := strings.CutPrefix(actor, "phrase:")
	if !ok {
		// A name not among the rules: "Pakistan-based Jaish-e-Mohammad".
		if words, ok = strings.CutPrefix(actor, "name:"); !ok {
			return ""
		}
	}
	var keep []string
	for _, w := range strings.Fields(strings.ToLower(words)) {
		// "Mr Vesk" is the "Olan Vesk" of another report.
		if !b.genericHeads()[w] && w != "terror" && w != "of" && !courtesyTitles[strings.TrimSuffix(w, ".")] {
			// "the Saudi-led coalition" and "the Saudi-backed coalition":
			// one coalition, told by the state that leads it.
			for _, suf := range leadSuffixes {
				if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
					w = s
				}
			}
			keep = append(keep, w)
		}
	}
	return text.Skeleton(strings.Join(keep, " "))
}

// courtesyTitles stand before a man's name, not in it.
var courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true}

// generic reports an actor read as a description that may be any group.
func (b *builder) generic(actor string) bool {
	words, ok := strings.CutPrefix(actor, "phrase:")
	if !ok {
		// "Militants claim hotel attack": a headline's capital makes one
		// word for fighters a name; it names no group ("Islamic Group" does).
		name, named := strings.CutPrefix(actor, "name:")
		return named && !strings.Contains(name, " ") && b.genericHeads()[name]
	}
	f := strings.Fields(strings.ToLower(words))
	// "a banned political opposition group": a phrase in common words
	// whose head is "group" describes ("the Mahar Mehsud group" names).
	if len(f) > 1 && anyGroup[f[len(f)-1]] && !b.capitalised()[actor] {
		return true
	}
	for _, w := range f {
		if !b.genericHeads()[w] && !countWords[w] && !b.demonym(w) && !b.faith(w) && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return len(f) > 0
}

// faith reports a word of words.faiths: "Muslim extremists", "Hindu
// militants" describe fighters by their faith, naming no group.
func (b *builder) faith(w string) bool {
	if b.faiths == nil {
		b.faiths = foldedSet(b.rs.Words.Faiths)
	}
	return b.faiths[w]
}

// countWords may open a description of groups: "two major Pakistani
// jihadist groups" names none of them.
var countWords = map[string]bool{"two": true, "three": true, "four": true, "several": true, "some": true, "various": true, "other": true, "major": true, "rival": true}

// demonym reports a word the rules give as a people's adjective
// ("pakistani"): with a generic head it describes, it does not name.
func (b *builder) demonym(w string) bool {
	_, ok := b.placeOf(w)
	return ok
}

// group reports an actor that may be an armed group: a declared group or
// a description, not a state or a person.
func (b *builder) group(actor string) bool {
	if id, ok := strings.CutPrefix(actor, "actor:"); ok {
		a, found := b.rs.Actor(id)
		return found && (a.Type == "group" || a.Type == "")
	}
	return strings.HasPrefix(actor, "phrase:")
}

// mayBeGroup is group, and also a name the rules do not know, unless it is
// a country's ("Somalia" read from "Somali officials"): "militants" may be
// the "Mahar Mehsud group" as well as a declared one.
func (b *builder) mayBeGroup(actor string) bool {
	if n, ok := strings.CutPrefix(actor, "name:"); ok {
		return !b.country(n)
	}
	return b.group(actor)
}

// stateSide reports an actor that is a state or its own armed body: a
// declared state, or words such as "Syrian government forces", "the
// army", "the regime", "Assad's forces". A name with words of its own
// ("the Free Syrian Army", "the Holy Dawn Army") is a group's.
func (b *builder) stateSide(actor string) bool {
	if id, ok := strings.CutPrefix(actor, "actor:"); ok {
		a, found := b.rs.Actor(id)
		return found && a.Type == "state"
	}
	_, words, ok := strings.Cut(actor, ":")
	if !ok {
		return false
	}
	f := strings.Fields(words)
	// "the Tarvikian government", "the Assad regime", "Kabul government
	// forces": the government's own name may be any words.
	from := 0
	for i, w := range f {
		if w == "government" || w == "regime" {
			from = i
		}
		// "bashar al-assad's military": a leader's.
		if (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && i+1 < len(f) && (stateOrgans[f[i+1]] || f[i+1] == "forces") {
			from = i + 1
		}
	}
	organ := false
	for i, w := range f[from:] {
		switch {
		case stateOrgans[w]:
			organ = true
		case w == "forces" && i+from > 0:
			organ = true // "syrian forces", "security forces"
		case b.demonym(w) || stateWords[w]:
		default:
			return false
		}
	}
	return organ
}

// stateOrgans head the words for a state's own bodies; stateWords may
// qualify them ("security forces", "federal police").
var (
	stateOrgans = map[string]bool{"junta": true, "government": true, "army": true, "military": true, "regime": true, "troops": true, "police": true, "soldiers": true, "policemen": true, "gendarmes": true,
		// Its machines, as extraction reads a state's forces ("Kelvan
		// fighter aircraft", "Kelvan drones").
		"warplanes": true, "warplane": true, "jets": true, "jet": true, "aircraft": true, "drones": true, "helicopters": true, "gunships": true, "tanks": true, "artillery": true,
		// Its agents, as extraction reads them ("Kelvan intelligence agents").
		"agents": true, "operatives": true, "commandos": true}
	stateWords = map[string]bool{"security": true, "armed": true, "national": true, "federal": true, "state": true, "government": true, "special": true, "fighter": true, "combat": true, "intelligence": true}
)

// stateOf gives the state a state-side actor answers for: a declared
// state's key, or the state of a people's adjective in its words ("Syrian
// government forces" → Syria); "" for one naming no state ("the army",
// "Assad's forces"). ok is false for an actor not on a state's side.
func (b *builder) stateOf(actor string) (string, bool) {
	if !b.stateSide(actor) {
		return "", false
	}
	if strings.HasPrefix(actor, "actor:") {
		return b.root(actor), true
	}
	_, words, _ := strings.Cut(actor, ":")
	for _, w := range strings.Fields(words) {
		place, ok := b.placeOf(w)
		if !ok {
			continue
		}
		if id, found := b.actorNamed(place); found {
			return b.root("actor:" + id), true
		}
		return "name:" + text.Fold(place), true
	}
	return "", true
}

// placeOf gives the place of a folded people's adjective: "syrian" → Syria.
func (b *builder) placeOf(w string) (string, bool) {
	if b.places == nil {
		b.places = map[string]string{}
		for d, place := range b.rs.Words.Demonyms {
			b.places[text.Fold(d)] = place
		}
	}
	p, ok := b.places[w]
	return p, ok
}

// country reports a folded name that is a people's country in the rules.
func (b *builder) country(name string) bool {
	if b.countries == nil {
		b.countries = foldedSet(slices.Collect(maps.Values(b.rs.Words.Demonyms)))
	}
	return b.countries[name]
}

// foldedSet holds words as text.Fold writes them, for the builder's
// look-ups of the rules' word lists.
func foldedSet(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[text.Fold(w)] = true
	}
	return out
}

func (b *builder) genericHeads() map[string]bool {
	if b.generics == nil {
		b.generics = map[string]bool{}
		for _, w := range b.rs.Words.GenericActors {
			b.generics[strings.ToLower(w)] = true
		}
	}
	return b.generics
}

func (b *builder) sideText(cs []*claim.Claim) string {
	var names, by []string
	seen := map[string]bool{}
	for _, c := range cs {
		n := actorShown(c)
		if c.Deny {
			n = "not " + n
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
		who := c.Attributor
		if who == "" {
			who = b.docs[c.Doc].Outlet
		}
		if who != "" && !seen["by:"+who] {
			seen["by:"+who] = true
			by = append(by, c.Kind+" per "+who)
		}
	}
	s := strings.Join(names, " / ")
	if len(by) > 0 {
		s += " (" + strings.Join(by, "; ") + ")"
	}
	return s
}

// actorShown is an actor's name as a reader meets it, with the initials
// its report gives in brackets ("National Liberation Army (ELN)"), so a
// reader of another report that uses only the initials knows it.
func actorShown(c *claim.Claim) string {
	if c.Initials == "" || strings.Contains(c.ActorName, c.Initials) {
		return c.ActorName
	}
	return c.ActorName + " (" + c.Initials + ")"
}
