package event

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/when"
)

// scene is what is known of where, when and how an event happened, from
// one mention or from all the mentions of a cluster.
type scene struct {
	places []string // specific places and venues: "name:hangu"
	venues []string // those of places that name venues: "name:istiklal avenue"
	states []string // countries: "actor:pakistan"
	// hints are towns a report gives its attack after an opening that names
	// none: they draw it to a cluster of that town, never set it apart.
	hints []string
	kinds []string // kinds of attack
	sites []string // kinds of site
	// dates are the distinct dates read from the text.
	dates []when.Date
	// A report that does not date its own event reports a recent one: it
	// happened in [lo, hi], the fortnight up to the report.
	lo, hi when.Day
	window bool
	// The event happened by latest: no report tells of what is to come.
	latest    when.Day
	hasLatest bool
	// own: the words name the event themselves ("a blast in Mastung"), so a
	// place or site they do not share with another mention sets it apart.
	own bool
	// figures are the exact counts its reports give ("killed:150").
	figures []string
	// victims: the people whose death the report's opening tells; one
	// man's death is one event.
	victims []string
}

// recentDays is how long before its publication a report's undated event
// may have happened.
const recentDays = 14

// maxGap is how many days apart two dates of one event may be read: a
// time zone, a report dated by its filing, a wrong weekday.
const maxGap = 2

// windowFits is what a date inside the days a report came out in, or two
// such spans that overlap, say for one event: little on their own.
const windowFits = 0.5

// misdateGap is how far apart two reports may date one attack when its
// town, its kind and an exact figure agree: a wrong weekday, or a report
// that dates the attack by the day it heard of it.
const misdateGap = 7

// sceneOf describes a mention from its words, and from the report's date.
func sceneOf(s *claim.Subject, d *Doc, main bool) scene {
	var sc scene
	for _, p := range s.Places {
		if strings.HasPrefix(p, "name:") {
			sc.places = appendNew(sc.places, p)
			if slices.Contains(d.Venues, p) {
				sc.venues = appendNew(sc.venues, p)
			}
		} else {
			sc.states = appendNew(sc.states, p)
		}
	}
	sc.hints = append(sc.hints, s.Hinted...)
	sc.kinds = append(sc.kinds, s.Kinds...)
	sc.sites = append(sc.sites, s.Sites...)
	if s.HasWhen {
		sc.dates = []when.Date{s.When}
	}
	if d.HasPub {
		sc.latest, sc.hasLatest = d.Published, true
		if main && !s.HasWhen {
			sc.lo, sc.hi, sc.window = d.Published-recentDays, d.Published, true
		}
	}
	sc.own = s.Own || main
	if main {
		sc.victims = d.Victims
	}
	return sc
}

// add merges another mention's scene into a cluster's.
func (sc *scene) add(o *scene) {
	for _, p := range o.places {
		sc.places = appendNew(sc.places, p)
	}
	for _, p := range o.venues {
		sc.venues = appendNew(sc.venues, p)
	}
	for _, p := range o.states {
		sc.states = appendNew(sc.states, p)
	}
	for _, p := range o.hints {
		sc.hints = appendNew(sc.hints, p)
	}
	for _, k := range o.kinds {
		sc.kinds = appendNew(sc.kinds, k)
	}
	for _, k := range o.sites {
		sc.sites = appendNew(sc.sites, k)
	}
	for _, f := range o.figures {
		sc.figures = appendNew(sc.figures, f)
	}
	for _, v := range o.victims {
		sc.victims = appendNew(sc.victims, v)
	}
	for _, d := range o.dates {
		dup := false
		for _, e := range sc.dates {
			if e.Lo == d.Lo && e.Hi == d.Hi {
				dup = true
			}
		}
		if !dup {
			sc.dates = append(sc.dates, d)
		}
	}
	if o.window {
		if !sc.window {
			sc.lo, sc.hi, sc.window = o.lo, o.hi, true
		} else {
			sc.lo, sc.hi = max(sc.lo, o.lo), min(sc.hi, o.hi)
		}
	}
	if o.hasLatest && (!sc.hasLatest || o.latest < sc.latest) {
		sc.latest, sc.hasLatest = o.latest, true
	}
	sc.own = sc.own || o.own
}

// related says whether two place keys name one place or one inside the
// other ("Hangu" and "Khyber Pakhtunkhwa"), as reports name them together.
type related func(p, q string) bool

// fit weighs the evidence that two scenes describe one event; oneDoc is
// set when both come from one report. ok is false
// when they cannot: dated days apart, in other places or at other sites
// named by the mentions themselves. Otherwise the score counts what they
// share against what sets them apart; why says so, for the trace.
func fit(a, b *scene, rel related, oneDoc bool) (score float64, ok bool, why string) {
	return weigh(a, b, rel, oneDoc, true)
}

// fits is fit without the reasons: clustering weighs every pair an index
// key brings together and keeps only the score, and the reasons' strings
// were most of its cost.
func fits(a, b *scene, rel related) (score float64, ok bool) {
	score, ok, _ = weigh(a, b, rel, false, false)
	return score, ok
}

// weigh is fit; explain says whether to write the reasons.
func weigh(a, b *scene, rel related, oneDoc, explain bool) (score float64, ok bool, why string) {
	var reasons []string
	say := func(f string, args ...any) {
		if explain {
			reasons = append(reasons, fmt.Sprintf(f, args...))
		}
	}
	no := func(f string, args ...any) (float64, bool, string) {
		if !explain {
			return 0, false, ""
		}
		return 0, false, fmt.Sprintf(f, args...)
	}
	// named is name, worked out only when the reasons are written.
	named := func(key string) string {
		if !explain {
			return ""
		}
		return name(key)
	}
	// One man's death, however each report places it and dates it within
	// a few months (his death is told again when confirmed); reports years
	// apart tell of a death rumoured before.
	if v, ok := sameVictim(a.victims, b.victims); ok && monthsApart(a, b) <= victimMonths {
		say("the death of %s", named(v))
		return 4, true, strings.Join(reasons, ", ")
	}
	sameDay := false
	late := false // reported weeks after the other, in one town: no other kind
	far := false  // dated too far apart for one attack, unless all else is one
	near := false // dated a day or two apart: a wrong day, or another attack
	placeShared, kindShared := false, false
	// Time.
	switch {
	case len(a.dates) > 0 && len(b.dates) > 0:
		gap := 0
		for _, x := range a.dates {
			for _, y := range b.dates {
				gap = max(gap, dayGap(x, y))
			}
		}
		if gap > maxGap && (gap > misdateGap || !sharesFigure(a, b)) {
			if gap >= coarseGap {
				return no("dated in different months or years")
			}
			return no("dated %d days apart", gap)
		}
		far = gap > maxGap
		near = gap > 0 && !far
		if gap == 0 {
			sameDay = allDays(a.dates) && allDays(b.dates)
			if sameDay {
				score += 2
				say("same day")
			} else {
				score += 0.5
				say("dates agree")
			}
		} else {
			// A day or two apart is a wrong date, or another attack: the
			// rest of the evidence must say which.
			score -= 1.5 * float64(min(gap, maxGap))
			say("dated %d days apart", gap)
		}
	case len(a.dates) > 0 && b.window, len(b.dates) > 0 && a.window:
		x, y := a, b
		if len(a.dates) == 0 {
			x, y = b, a
		}
		recalled := false
		for _, d := range x.dates {
			if g := windowGap(d, y.lo, y.hi); g > maxGap {
				// "the Lockerbie bombing", undated in a report of 2014 that
				// gives its 270 dead: the attack of 1988 in that town with
				// that toll, recalled.
				if d.Hi < y.lo && placeInCommon(a, b, rel) && sharesFigure(a, b) {
					recalled = true
					continue
				}
				if g >= coarseGap { // a month or a year wholly before them
					return no("dated %s, before the other report's days", dateText(d))
				}
				return no("dated %s, %d days from the other report's days", dateText(d), g)
			}
		}
		if recalled {
			say("recalled: the same town and figure, before the report's days")
		} else {
			score += windowFits
			say("date fits the report's days")
		}
	case a.window && b.window:
		if gap := int(max(a.lo, b.lo) - min(a.hi, b.hi)); gap > 0 {
			// A report three weeks on ("the Pathankot attack", undated)
			// may still be about it: only one town they both name, and
			// more besides, can say so.
			switch {
			case placeInCommon(a, b, rel) && sharesFigure(a, b):
				// "the Maguindanao massacre" a year on, undated, with the
				// 57 dead of the first reports: that attack, recalled.
				say("recalled: the same town and figure, reported %d days apart", gap)
			case gap > lateWindow || !placeInCommon(a, b, rel):
				return no("reported more than two weeks apart")
			default:
				score -= 1
				late = true
				say("reported %d days after the other's fortnight, in one town", gap)
			}
		} else {
			score += windowFits
			say("reported within two weeks")
		}
	}
	for _, p := range [2][2]*scene{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		if y.hasLatest {
			for _, d := range x.dates {
				if d.Lo > y.latest+1 {
					return no("dated after the other report came out")
				}
			}
		}
	}
	// Place.
	if len(a.places) > 0 && len(b.places) > 0 {
		if p, shared := sharedPlace(a.places, b.places, rel); shared {
			score += 2
			placeShared = true
			say("in %s", named(p))
		} else if v, town, ok := venueInTown(a, b); ok && oneDoc {
			// "on Istiklal Avenue" and "in Istanbul" in one report: the
			// venue may be in the town; neither sets them apart. Across
			// reports nothing says which town a venue is in.
			score -= 0.5
			say("%s perhaps in %s", named(v), named(town))
		} else if a.own && b.own {
			return no("in %s, not %s", named(a.places[0]), named(b.places[0]))
		} else if (a.own || b.own) && !sameDay {
			// A report's attack in Sharm el-Sheikh, and eight hurt as "the
			// Foreign Office in London said": on no one day, the other
			// town is another matter.
			return no("in %s, not %s, on no one day", named(a.places[0]), named(b.places[0]))
		} else {
			score--
			say("no place in common")
		}
	}
	for _, p := range [2][2]*scene{{a, b}, {b, a}} {
		if x, y := p[0], p[1]; len(x.places) == 0 && len(y.places) > 0 {
			if t, shared := sharedPlace(x.hints, y.places, rel); shared {
				score += hintFits
				say("told later in %s", named(t))
			}
		}
	}
	if len(a.states) > 0 && len(b.states) > 0 {
		if p, shared := sharedPlace(a.states, b.states, nil); shared {
			score += 0.5
			say("in %s", named(p))
		} else if _, near := sharedPlace(a.places, b.places, rel); !near {
			if a.own && b.own {
				return no("in %s, not %s", named(a.states[0]), named(b.states[0]))
			}
			score--
		}
	}
	// Kind of attack: one attack with guns and bombs is told as a shooting
	// and as a bombing, so on the same day a kind does not part them.
	if len(a.kinds) > 0 && len(b.kinds) > 0 {
		if k, shared := sharedPlace(a.kinds, b.kinds, nil); shared {
			score++
			kindShared = true
			say("a %s", k)
		} else if !sameDay {
			if a.own && b.own {
				score -= 2.5
			} else {
				score--
			}
			say("a %s, not a %s", a.kinds[0], b.kinds[0])
		}
	}
	// Site: two attacks in one city on one day are told apart by where.
	if len(a.sites) > 0 && len(b.sites) > 0 {
		if s, shared := sharedPlace(a.sites, b.sites, nil); shared {
			score++
			say("at a %s", s)
		} else if a.own && b.own {
			return no("at a %s, not a %s", a.sites[0], b.sites[0])
		} else {
			score--
		}
	}
	if late && len(a.kinds) > 0 && len(b.kinds) > 0 && !kindShared {
		return 0, false, strings.Join(reasons, ", ")
	}
	// "Friday's attack on Baga" and "the attack on Baga on January 3", both
	// with 150 killed: days apart, but one town, one kind of attack and one
	// figure say one attack was dated two ways.
	kindsDiffer := len(a.kinds) > 0 && len(b.kinds) > 0 && !kindShared
	// "April 12" and "April 13" for 379 killed at one site: the day is
	// wrong in one of them, as the town and the figure say.
	if near && placeShared && !kindsDiffer && sharesFigure(a, b) {
		score += 1.5
		say("the same figure")
	}
	if far {
		if !placeShared || kindsDiffer {
			return 0, false, strings.Join(reasons, ", ")
		}
		score += 2
		say("the same figure")
	}
	return score, true, strings.Join(reasons, ", ")
}

// hintFits is what a town told after an opening that names none adds: it
// settles which of the groups its days fit a report joins.
const hintFits = 1

// lateWindow is how many days past another report's fortnight an undated
// report may still be about the same attack, when it names its town: a
// report three weeks on, not a month ("a bombing in Kabul" a month later
// is another of the city's bombings).
const lateWindow = 7

// placeInCommon reports a place (not a country) both scenes name.
func placeInCommon(a, b *scene, rel related) bool {
	_, ok := sharedPlace(a.places, b.places, rel)
	return ok && len(a.places) > 0 && len(b.places) > 0
}

// sharesFigure reports an exact count both scenes' reports give.
func sharesFigure(a, b *scene) bool {
	for _, f := range a.figures {
		if slices.Contains(b.figures, f) {
			return true
		}
	}
	return false
}

// venueInTown reports one scene placed only at venues and the other in a
// town: the venue may be in that town.
func venueInTown(a, b *scene) (venue, town string, ok bool) {
	for _, p := range [2][2]*scene{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		if len(x.venues) == len(x.places) && len(y.venues) < len(y.places) {
			for _, t := range y.places {
				if !slices.Contains(y.venues, t) {
					return x.venues[0], t, true
				}
			}
		}
	}
	return "", "", false
}

// sharedPlace returns a key both lists hold, or that rel relates.
func sharedPlace(a, b []string, rel related) (string, bool) {
	for _, p := range a {
		for _, q := range b {
			if p == q || rel != nil && rel(p, q) {
				return p, true
			}
		}
	}
	return "", false
}

// coarseGap stands for two dates apart whose days are not known.
const coarseGap = 1 << 20

// dayGap is how many days apart two dates are at their common precision
// (0 when they overlap).
func dayGap(a, b when.Date) int {
	if when.Overlap(a, b) {
		return 0
	}
	if a.Precision != when.PrecDay || b.Precision != when.PrecDay {
		return coarseGap // "2014" and "2017", or "May" and "July"
	}
	if a.Lo > b.Hi {
		return int(a.Lo - b.Hi)
	}
	return int(b.Lo - a.Hi)
}

// windowGap is how many days a date lies outside [lo, hi].
func windowGap(d when.Date, lo, hi when.Day) int {
	if d.Hi < lo {
		if d.Precision != when.PrecDay {
			return coarseGap
		}
		return int(lo - d.Hi)
	}
	if d.Lo > hi {
		return int(d.Lo - hi)
	}
	return 0
}

func allDays(ds []when.Date) bool {
	for _, d := range ds {
		if d.Precision != when.PrecDay {
			return false
		}
	}
	return true
}

func appendNew(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// name shows a place key to people: "name:khyber pakhtunkhwa" → "Khyber Pakhtunkhwa".
func name(key string) string {
	_, v, _ := strings.Cut(key, ":")
	ws := strings.Fields(v)
	for i, w := range ws {
		if w != "al" && w != "bin" && w != "of" {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

func dateText(d when.Date) string {
	if d.Lo == d.Hi {
		return d.Lo.String()
	}
	y1, m1, d1 := d.Lo.YMD()
	y2, m2, d2 := d.Hi.YMD()
	// "last July", "earlier this year": the words only mean something
	// beside the report's own day, so name the calendar span they give.
	_, _, end := (d.Hi + 1).YMD()
	switch {
	case d1 == 1 && end == 1 && y1 == y2 && m1 == m2:
		return monthNames[m1-1] + " " + strconv.Itoa(y1)
	case d1 == 1 && m1 == 1 && m2 == 12 && d2 == 31 && y1 == y2:
		return strconv.Itoa(y1)
	case strings.ContainsAny(d.Text, "0123456789") || !d.Relative:
		return d.Text
	}
	return d.Text + ", " + d.Lo.String() + " to " + d.Hi.String()
}

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// written reports dates all written out to the day ("March 3", its
// year perhaps the report's), not counted from the report's ("on
// Tuesday").
func written(ds []when.Date) bool {
	for _, d := range ds {
		if !strings.ContainsAny(d.Text, "0123456789") {
			return false
		}
	}
	return toTheDay(ds)
}

// toTheDay reports dates all of one day: "March 3", "on Tuesday".
func toTheDay(ds []when.Date) bool {
	for _, d := range ds {
		if d.Precision != when.PrecDay || d.Hi != d.Lo {
			return false
		}
	}
	return len(ds) > 0
}
