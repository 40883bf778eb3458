// Package bench measures the crosscheck engine on generated news corpora.
// Corpus invents a world of towns, armed groups and attacks and writes
// news reports about it: several outlets cover each attack, each with its
// own figures, so the checker has real agreements and conflicts to find.
package bench

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/document"
)

// group is an invented (or rule-known) armed group and its history.
type group struct {
	name    string // as written mid-sentence: "the Red Dawn Front", "Hamas"
	founded time.Time
	founder string
	leader  string
	killed  time.Time // when the founder was killed
	lo, hi  int       // fighters, as estimated
}

func (g *group) ref() string { return g.name }

// event is one attack as it really happened in the invented world.
type event struct {
	kind, place, venue, country, region string
	day                                 time.Time
	killed, injured, detained           int
	claimer, blamed                     *group
	denies                              bool
}

// world is everything the corpus reports on.
type world struct {
	places, districts, countries []string
	regions, outlets             []string
	parties, companies, teams    []string
	groups                       []*group
	events                       []*event
}

var (
	firstDay = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2025, 10, 31, 0, 0, 0, 0, time.UTC)
)

func randomDay(r *rand.Rand, from, to time.Time) time.Time {
	days := int(to.Sub(from).Hours() / 24)
	return from.AddDate(0, 0, r.IntN(days+1))
}

// Corpus returns n news documents of 600–2,500 words, the same for the
// same n and seed. About four documents cover each event.
func Corpus(n int, seed uint64) []document.Document {
	docs, _ := generate(n, seed)
	return docs
}

// generate returns the documents and the event each one reports.
func generate(n int, seed uint64) ([]document.Document, []*event) {
	docs, about, _ := generateTruth(n, seed)
	return docs, about
}

// generateTruth is generate with, per document, the passages that speak of
// an earlier event.
func generateTruth(n int, seed uint64) ([]document.Document, []*event, [][]recall) {
	r := newRand(seed)
	w := newWorld(r, n)
	docs := make([]document.Document, n)
	about := make([]*event, n)
	recalls := make([][]recall, n)
	for i := range docs {
		docs[i], about[i], recalls[i] = w.document(r, i)
	}
	return docs, about, recalls
}

// newRand is the generator's only source of randomness.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

// newWorld sizes the world to the corpus so that a large corpus has many
// more distinct places and groups, as real news about many years does.
func newWorld(r *rand.Rand, n int) *world {
	nm := &namer{r: r, used: map[string]bool{}}
	w := &world{}
	for range 300 + n/4 {
		w.places = append(w.places, nm.place())
	}
	for range 200 + n/4 { // quarters, squares and halls are named apart from towns
		w.districts = append(w.districts, nm.place())
	}
	for range 25 {
		w.countries = append(w.countries, nm.country())
	}
	for range 60 {
		w.regions = append(w.regions, pick(r, []string{"the north of ", "the south of ", "the eastern provinces of ", "the border areas of ", "rural "})+pick(r, w.countries))
	}
	for range 40 {
		w.outlets = append(w.outlets, nm.outlet(w.places))
		w.parties = append(w.parties, pick(r, []string{"Democratic ", "National ", "Social ", "Justice and ", "Liberal "})+pick(r, []string{"Union", "Alliance", "Party", "Renewal Party", "Congress"}))
		w.companies = append(w.companies, pick(r, lastNames)+pick(r, []string{" Holdings", " Steel", " Airlines", " Telecom", " Motors", " Bank"}))
		w.teams = append(w.teams, nm.team(w.places))
	}
	for i := range 60 + n/50 {
		name := ""
		if i < len(realGroups) {
			name = realGroups[i]
		} else {
			name = "the " + nm.group(w.places)
		}
		founded := randomDay(r, time.Date(1985, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC))
		lo := 100 * (1 + r.IntN(40))
		w.groups = append(w.groups, &group{
			name: name, founded: founded,
			founder: nm.person(), leader: nm.person(),
			killed: randomDay(r, founded.AddDate(2, 0, 0), lastDay),
			lo:     lo, hi: lo + 100*(1+r.IntN(20)),
		})
	}
	for range max(12, n/4) {
		w.events = append(w.events, newEvent(r, nm, w))
	}
	return w
}

func newEvent(r *rand.Rand, nm *namer, w *world) *event {
	e := &event{
		kind: pick(r, eventKinds), place: pick(r, w.places), country: pick(r, w.countries),
		region: pick(r, w.regions), day: randomDay(r, firstDay, lastDay),
		detained: 2 + r.IntN(60),
	}
	e.venue = nm.venue(pick(r, w.districts))
	switch x := r.IntN(10); {
	case x < 6:
		e.killed = 3 + r.IntN(38)
	case x < 9:
		e.killed = 40 + r.IntN(110)
	default:
		e.killed = 150 + r.IntN(250)
	}
	e.injured = e.killed + r.IntN(3*e.killed+10)
	e.claimer = pick(r, w.groups)
	e.blamed = e.claimer
	if r.IntN(3) == 0 { // the government names someone else
		e.blamed = pick(r, w.groups)
		e.denies = r.IntN(2) == 0
	}
	return e
}

// document writes one report about a random event.
func (w *world) document(r *rand.Rand, i int) (document.Document, *event, []recall) {
	e := pick(r, w.events)
	wr := &writer{w: w, r: r, e: e, past: e, grp: e.claimer, used: map[string]bool{}}
	var delta int
	switch x := r.IntN(20); {
	case x < 7:
		delta = r.IntN(2)
	case x < 14:
		delta = 2 + r.IntN(9)
	case x < 18:
		delta = 11 + r.IntN(35)
	default:
		delta = 60 + r.IntN(900) // a look back
	}
	wr.pub = e.day.AddDate(0, 0, delta)
	wr.figures(delta <= 1)
	outlet := pick(r, w.outlets)
	title := wr.expand(pick(r, titleTemplates))
	wr.body(600 + r.IntN(1701)) // the last paragraph and page furniture add up to ~150 words
	return document.Document{
		ID:        "gen-" + strconv.Itoa(i),
		Title:     title,
		Outlet:    outlet,
		URL:       "https://" + slug(outlet) + ".example/" + wr.pub.Format("2006/01/02") + "/" + slug(title),
		Published: wr.pub.Format("2006-01-02"),
		Text:      wr.sb.String(),
	}, e, wr.recalls
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
