package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/when"
)

func day(s string) when.Day {
	d, ok := when.ParseDay(s)
	if !ok {
		panic(s)
	}
	return d
}

func on(s string) when.Date {
	d := day(s)
	return when.Date{Lo: d, Hi: d, Precision: when.PrecDay, Text: s}
}

func inYear(y int) when.Date {
	return when.Date{Lo: when.DayOf(y, 1, 1), Hi: when.DayOf(y, 12, 31), Precision: when.PrecYear, Text: fmt.Sprint(y)}
}

// subj builds a claim's subject from a short description: "place:kabul
// kind:bombing site:school on:2022-09-30 own".
func subj(desc string) claim.Subject {
	s := claim.Subject{EventSent: -1}
	for _, f := range strings.Fields(desc) {
		k, v, _ := strings.Cut(f, ":")
		switch k {
		case "place", "venue":
			s.Places = append(s.Places, "name:"+strings.ReplaceAll(v, "_", " "))
		case "state":
			s.Places = append(s.Places, "actor:"+v)
		case "kind":
			s.Kinds = append(s.Kinds, v)
		case "site":
			s.Sites = append(s.Sites, v)
		case "on":
			s.When, s.HasWhen = on(v), true
		case "year":
			var y int
			fmt.Sscan(v, &y)
			s.When, s.HasWhen = inYear(y), true
		case "own":
			s.Own = true
		case "displaced":
			s.Displaced = true
		case "sent":
			fmt.Sscan(v, &s.EventSent)
		}
	}
	return s
}

// report is one document for a test: its lede and its claims.
type report struct {
	id, published string
	lede          string // "" for a text whose opening names no attack
	claims        []string
}

func identify(t *testing.T, rs []report) (*Result, []claim.Claim) {
	t.Helper()
	var docs []Doc
	var cs []claim.Claim
	for i, r := range rs {
		d := Doc{Key: r.published + " " + r.id}
		d.Published, d.HasPub = when.ParseDay(r.published)
		if r.lede != "" {
			d.Lede, d.HasLede = subj(r.lede+" own"), true
		}
		for _, desc := range append([]string{r.lede}, r.claims...) {
			for _, f := range strings.Fields(desc) {
				if v, ok := strings.CutPrefix(f, "venue:"); ok {
					d.Venues = append(d.Venues, "name:"+strings.ReplaceAll(v, "_", " "))
				}
			}
		}
		docs = append(docs, d)
		for k, c := range r.claims {
			cs = append(cs, claim.Claim{Doc: i, Type: claim.Count, Kind: "killed", Start: 10 * k, End: 10*k + 5, Subject: subj(c)})
		}
	}
	return Identify(docs, cs), cs
}

// same reports whether claims a and b (as doc.claim) share an event.
func same(res *Result, rs []report, a, b string) bool {
	idx := func(s string) int {
		var d, c int
		fmt.Sscanf(s, "%d.%d", &d, &c)
		n := 0
		for i := 0; i < d; i++ {
			n += len(rs[i].claims)
		}
		return n + c
	}
	return res.Of[idx(a)] >= 0 && res.Of[idx(a)] == res.Of[idx(b)]
}

func TestIdentify(t *testing.T) {
	tests := []struct {
		name     string
		reports  []report
		together [][2]string // claims (doc.claim) in one event
		apart    [][2]string // claims in different events
	}{
		{
			name: "two reports of one attack worded differently",
			reports: []report{
				{"a", "2023-09-29", "place:hangu kind:bombing site:mosque on:2023-09-29", []string{""}},
				{"b", "2023-09-30", "place:hangu place:khyber_pakhtunkhwa kind:bombing on:2023-09-29", []string{"", "kind:bombing own"}},
			},
			together: [][2]string{{"0.0", "1.0"}, {"0.0", "1.1"}},
		},
		{
			name: "a place named with its last word meets it named without, when nothing else is a key of both",
			reports: []report{
				{"a", "2007-02-19", "place:tarvik_express place:panipat kind:bombing", []string{""}},
				{"b", "2007-06-16", "place:tarvik kind:bombing year:2007", []string{""}},
			},
			together: [][2]string{{"0.0", "1.0"}},
		},
		{
			name: "a claim naming a blast elsewhere the same day is another event",
			reports: []report{
				{"a", "2023-09-29", "place:hangu kind:bombing on:2023-09-29", []string{"", "place:mastung kind:bombing on:2023-09-29 own"}},
				{"b", "2023-09-29", "place:mastung kind:bombing on:2023-09-29", []string{""}},
			},
			together: [][2]string{{"0.1", "1.0"}},
			apart:    [][2]string{{"0.0", "0.1"}},
		},
		{
			name: "a report left alone joins the one group whose reports it fits in half the pairs or more",
			reports: []report{
				{"a", "2019-12-11", "state:niger kind:attack on:2019-12-10", []string{""}},
				{"b", "2019-12-11", "place:tarvik state:niger kind:attack on:2019-12-10", []string{""}},
				{"c", "2019-12-12", "state:niger kind:attack on:2019-12-10", []string{""}},
				{"d", "2019-12-13", "place:kelvia state:niger kind:attack", []string{""}},
			},
			together: [][2]string{{"0.0", "3.0"}},
		},
		{
			name: "a group of reports that date their attack two days after a larger group's is not taken in on the kind alone",
			reports: []report{
				{"a", "2022-03-28", "place:tarvik state:kelvar kind:shooting on:2022-03-27", []string{""}},
				{"b", "2022-03-28", "place:tarvik state:kelvar kind:shooting on:2022-03-27", []string{""}},
				{"c", "2022-03-28", "place:tarvik kind:shooting on:2022-03-27", []string{""}},
				{"d", "2022-03-29", "place:tarvik state:kelvar kind:shooting on:2022-03-27", []string{""}},
				{"e", "2022-03-29", "place:marfa state:kelvar kind:shooting on:2022-03-29", []string{""}},
				{"f", "2022-03-29", "kind:shooting on:2022-03-29", []string{""}},
				{"g", "2022-03-30", "state:kelvar kind:shooting on:2022-03-29", []string{""}},
			},
			together: [][2]string{{"4.0", "5.0"}},
			apart:    [][2]string{{"0.0", "4.0"}, {"0.0", "5.0"}, {"0.0", "6.0"}},
		},
		{
			name: "two reports left apart together join the one group whose reports they fit in half the pairs or more",
			reports: []report{
				{"a", "2019-12-11", "state:niger kind:attack on:2019-12-10", []string{""}},
				{"b", "2019-12-11", "place:tarvik state:niger kind:attack on:2019-12-10", []string{""}},
				{"c", "2019-12-12", "state:niger kind:attack on:2019-12-10", []string{""}},
				{"d", "2019-12-13", "place:kelvia state:niger kind:attack", []string{""}},
				{"e", "2019-12-14", "place:kelvia state:niger kind:attack", []string{""}},
			},
			together: [][2]string{{"0.0", "3.0"}, {"0.0", "4.0"}},
		},
		{
			name: "a report left alone in a town no group names joins no group",
			reports: []report{
				{"a", "2019-12-11", "place:tarvik state:niger kind:attack on:2019-12-10", []string{""}},
				{"b", "2019-12-11", "place:tarvik state:niger kind:attack on:2019-12-10", []string{""}},
				{"c", "2019-12-12", "place:kelvport state:niger kind:attack on:2019-12-11", []string{""}},
				{"d", "2019-12-12", "place:kelvport state:niger kind:attack on:2019-12-11", []string{""}},
				{"e", "2019-12-13", "place:sorvan state:niger kind:attack", []string{""}},
			},
			apart: [][2]string{{"0.0", "4.0"}, {"2.0", "4.0"}},
		},
		{
			name: "a venue named without its town may be in the town its own report names",
			reports: []report{
				{"a", "2022-11-14", "place:istanbul kind:bombing on:2022-11-13", []string{"", "venue:istiklal_avenue kind:bombing own"}},
			},
			together: [][2]string{{"0.0", "0.1"}},
		},
		{
			name: "across reports, a venue is in a town when a report's opening names both",
			reports: []report{
				{"a", "2022-11-14", "place:istanbul kind:bombing on:2022-11-13", []string{""}},
				{"b", "2022-11-14", "venue:istiklal_avenue kind:bombing on:2022-11-13", []string{""}},
				{"c", "2022-11-15", "venue:istiklal_avenue place:istanbul kind:bombing on:2022-11-13", []string{""}},
			},
			together: [][2]string{{"0.0", "1.0"}, {"1.0", "2.0"}},
		},
		{
			name: "a report naming only a venue does not chain two attacks in two countries",
			reports: []report{
				{"a", "2019-05-13", "place:lyon state:france kind:shooting on:2019-05-12", []string{""}},
				{"b", "2019-05-26", "venue:eldoret_college kind:shooting", []string{""}},
				{"c", "2019-05-27", "venue:eldoret_college place:eldoret state:kenya kind:shooting on:2019-05-26", []string{""}},
			},
			together: [][2]string{{"1.0", "2.0"}},
			apart:    [][2]string{{"0.0", "2.0"}, {"0.0", "1.0"}},
		},
		{
			name: "two venues named by their own words on one day stay apart",
			reports: []report{
				{"a", "2022-11-14", "venue:istiklal_avenue kind:bombing on:2022-11-13", []string{"", "venue:taksim_square kind:bombing own"}},
			},
			apart: [][2]string{{"0.0", "0.1"}},
		},
		{
			name: "two bombings in one city on one day at other sites stay apart",
			reports: []report{
				{"a", "2022-09-30", "place:kabul kind:bombing site:government on:2022-09-30", []string{""}},
				{"b", "2022-10-01", "place:kabul kind:bombing site:school on:2022-09-30", []string{""}},
			},
			apart: [][2]string{{"0.0", "1.0"}},
		},
		{
			name: "two attacks on one shrine ten months apart stay apart",
			reports: []report{
				{"a", "2022-10-27", "place:shiraz place:shah_cheragh kind:shooting site:worship on:2022-10-26", []string{""}},
				{"b", "2023-08-14", "place:shiraz place:shah_cheragh kind:shooting site:worship on:2023-08-13", []string{"", "place:shah_cheragh on:2022-10-26 own"}},
			},
			together: [][2]string{{"0.0", "1.1"}},
			apart:    [][2]string{{"0.0", "1.0"}},
		},
		{
			name: "a wrong day does not split one attack named alike",
			reports: []report{
				{"a", "2019-10-27", "place:barisha kind:raid on:2019-10-26", []string{""}},
				{"b", "2019-10-28", "place:barisha kind:raid on:2019-10-27", []string{""}},
			},
			together: [][2]string{{"0.0", "1.0"}},
		},
		{
			name: "undated reports a month apart in one city are other attacks",
			reports: []report{
				{"a", "2023-01-01", "place:kabul kind:bombing", []string{""}},
				{"b", "2023-02-10", "place:kabul kind:bombing", []string{""}},
			},
			apart: [][2]string{{"0.0", "1.0"}},
		},
		{
			name: "an earlier figure dated a day before is the same attack; a year is a period",
			reports: []report{
				{"a", "2018-08-04", "place:gardez kind:bombing", []string{"", "displaced", "year:2018 own"}},
			},
			apart: [][2]string{{"0.0", "0.1"}, {"0.0", "0.2"}},
		},
		{
			name: "a placeless retelling with the same year joins its report's earlier mention",
			reports: []report{
				{"a", "2011-06-01", "place:manila kind:trial on:2011-06-01", []string{"place:ampatuan kind:massacre year:2009 sent:1", "state:philippines kind:massacre year:2009 sent:3", "place:cotabato kind:bombing year:2009 sent:5"}},
			},
			together: [][2]string{{"0.0", "0.1"}},
			apart:    [][2]string{{"0.0", "0.2"}},
		},
		{
			name: "countries part reports that share no place",
			reports: []report{
				{"a", "2024-01-04", "state:israel site:security on:2024-01-01", []string{""}},
				{"b", "2024-01-04", "place:kerman state:iran kind:bombing on:2024-01-03", []string{""}},
			},
			apart: [][2]string{{"0.0", "1.0"}},
		},
		{
			name: "an analysis without a lede groups claims by their own sentences",
			reports: []report{
				{"x", "2024-07-15", "", []string{"place:kerman on:2024-01-03 own sent:2", "place:crocus on:2024-03-22 own sent:2"}},
				{"y", "2024-09-01", "", []string{"place:kerman on:2024-01-03 own sent:1"}},
			},
			together: [][2]string{{"0.0", "1.0"}},
			apart:    [][2]string{{"0.0", "0.1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, cs := identify(t, tt.reports)
			for _, p := range tt.together {
				if !same(res, tt.reports, p[0], p[1]) {
					t.Errorf("%s and %s apart; reasons %q", p[0], p[1], res.Why)
				}
			}
			for _, p := range tt.apart {
				if same(res, tt.reports, p[0], p[1]) {
					t.Errorf("%s and %s together; reasons %q", p[0], p[1], res.Why)
				}
			}
			for i := range cs {
				if res.Of[i] < 0 || res.Why[i] == "" {
					t.Errorf("claim %d: event %d, reason %q", i, res.Of[i], res.Why[i])
				}
			}
		})
	}
}

// TestIdentifyOrder: documents in another order give the same events.
func TestIdentifyOrder(t *testing.T) {
	rs := []report{
		{"a", "2023-09-29", "place:hangu kind:bombing on:2023-09-29", []string{"", "place:mastung kind:bombing on:2023-09-29 own"}},
		{"b", "2023-09-29", "place:mastung kind:bombing on:2023-09-29", []string{""}},
		{"c", "2023-09-30", "place:hangu place:doaba kind:bombing", []string{""}},
	}
	res, _ := identify(t, rs)
	rev := []report{rs[2], rs[1], rs[0]}
	res2, _ := identify(t, rev)
	ids := func(r *Result, order []int) []string {
		var out []string
		for _, k := range order {
			out = append(out, r.Events[r.Of[k]].ID)
		}
		return out
	}
	// claims by report: a.0 a.1 b.0 c.0, in both orders
	got, want := ids(res2, []int{2, 3, 1, 0}), ids(res, []int{0, 1, 2, 3})
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("order changes the events: %v against %v", got, want)
	}
}

func TestFit(t *testing.T) {
	sc := func(desc string, pub string, main bool) scene {
		s := subj(desc)
		d := Doc{}
		d.Published, d.HasPub = when.ParseDay(pub)
		return sceneOf(&s, &d, main)
	}
	tests := []struct {
		a, b string
		ok   bool
	}{
		{"place:kabul on:2022-09-30 own", "place:kabul on:2022-10-01 own", true},
		{"place:kabul on:2022-09-30 own", "place:kabul on:2022-10-05 own", false},
		{"place:kabul own", "place:herat own", false},
		{"place:kabul", "place:herat", true},                    // not named by the mentions themselves: a doubt, not a verdict
		{"place:kabul on:2022-09-30 own", "place:herat", false}, // one's own town and day, the other's town on no day
		{"site:school own", "site:government own", false},
		{"state:iran own", "state:israel own", false},
	}
	for _, tt := range tests {
		_, ok, why := fit(ptr(sc(tt.a, "2022-10-02", false)), ptr(sc(tt.b, "2022-10-02", false)), nil, false)
		if ok != tt.ok {
			t.Errorf("fit(%q, %q) = %v (%s), want %v", tt.a, tt.b, ok, why, tt.ok)
		}
	}
}

func ptr(s scene) *scene { return &s }

// TestAbbreviatedPlace: "Samjhauta Exp" in a headline is the "Samjhauta
// Express"; a cut word must be three letters or more, after the same words.
func TestAbbreviatedPlace(t *testing.T) {
	for _, tt := range []struct {
		long, short string
		want        bool
	}{
		{"name:samjhauta express", "name:samjhauta exp", true},
		{"name:samjhauta express", "name:samjhauta ex", false},
		{"name:grand bassam", "name:grand ba", false},
		{"name:new delhi station", "name:new delhi sta", true},
		{"name:new york", "name:new yo", false},
		{"name:port harcourt", "name:fort harc", false},
	} {
		if got := contains(tt.long, tt.short); got != tt.want {
			t.Errorf("contains(%q, %q) = %v, want %v", tt.long, tt.short, got, tt.want)
		}
	}
}

// TestSameSpelling: one place as transliteration and accents spell it;
// short names and different consonants stay apart.
func TestSameSpelling(t *testing.T) {
	for _, tt := range []struct {
		p, q string
		want bool
	}{
		{"name:chinégodar", "name:chinagoder", true},
		{"name:ouallam département", "name:ouallam departement", true},
		{"name:koocha risaldar", "name:kocha risaldar", true},
		{"name:inatès", "name:inates", true}, // accents only: any length
		{"name:suruç", "name:suruc", true},
		{"name:inatès", "name:inatas", false}, // a vowel apart, four consonants: too short to say
		{"name:mali", "name:male", false},     // too short to say
		{"name:chinégodar", "name:chinagomar", false},
		{"name:wagah", "name:wagha", true},        // the same letters, a vowel and h swapped
		{"name:wagah", "name:wagga", false},       // a short skeleton, other letters
		{"name:bentalha", "name:benthalia", true}, // long names, a short skeleton, opening and closing alike
		{"name:bentalha", "name:bentalho", false}, // they close differently
		{"name:tarvosh", "name:tarvoshan", false}, // a longer skeleton
	} {
		if got := sameSpelling(tt.p, tt.q); got != tt.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
}

// TestLateReport: an undated report three weeks after another's fortnight
// is about the same attack only if it names the same town, and no other
// kind of attack.
func TestLateReport(t *testing.T) {
	sc := func(desc, pub string) *scene {
		s := subj(desc)
		d := Doc{}
		d.Published, d.HasPub = when.ParseDay(pub)
		out := sceneOf(&s, &d, true)
		return &out
	}
	for _, tt := range []struct {
		a, b string
		pubB string
		want bool
	}{
		{"place:pathankot kind:shooting", "place:pathankot", "2016-01-21", true},
		{"place:pathankot kind:shooting", "place:jammu", "2016-01-21", false},
		{"place:pathankot kind:shooting", "place:pathankot kind:bombing", "2016-01-21", false},
		{"place:pathankot kind:shooting", "place:pathankot", "2016-02-10", false},
	} {
		_, ok, why := fit(sc(tt.a, "2016-01-02"), sc(tt.b, tt.pubB), nil, false)
		if ok != tt.want {
			t.Errorf("fit(%q, %q published %s) = %v (%s), want %v", tt.a, tt.b, tt.pubB, ok, why, tt.want)
		}
	}
}

// TestDateText: a label names the calendar span relative words give, so
// "last July" reads the same beside reports of other days.
func TestDateText(t *testing.T) {
	d := when.DayOf
	for _, tc := range []struct {
		date when.Date
		want string
	}{
		{when.Date{Lo: d(2024, 5, 3), Hi: d(2024, 5, 3), Precision: when.PrecDay, Relative: true, Text: "on Friday"}, "2024-05-03"},
		{when.Date{Lo: d(2023, 7, 1), Hi: d(2023, 7, 31), Precision: when.PrecMonth, Relative: true, Text: "Last July"}, "July 2023"},
		{when.Date{Lo: d(2019, 1, 1), Hi: d(2019, 12, 31), Precision: when.PrecYear, Text: "in 2019"}, "2019"},
		{when.Date{Lo: d(2024, 1, 1), Hi: d(2024, 5, 6), Precision: when.PrecDay, Relative: true, Text: "earlier this year"}, "earlier this year, 2024-01-01 to 2024-05-06"},
		{when.Date{Lo: d(1990, 1, 1), Hi: d(1999, 12, 31), Precision: when.PrecDecade, Text: "the 1990s"}, "the 1990s"},
		{when.Date{Lo: d(2015, 11, 1), Hi: d(2015, 11, 10), Precision: when.PrecDay, Text: "early November 2015"}, "early November 2015"},
	} {
		if got := dateText(tc.date); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.date.Text, got, tc.want)
		}
	}
}

// ownScene is the scene of a report's own event as subj describes it, in
// document d published on pub.
func ownScene(desc, pub string, d Doc) scene {
	s := subj(desc)
	d.Published, d.HasPub = when.ParseDay(pub)
	return sceneOf(&s, &d, true)
}

// TestRecalledAttack: a report years later that names an attack by its
// town, undated, with the toll the attack's own reports gave, is about
// that attack; without the shared toll it is not.
func TestRecalledAttack(t *testing.T) {
	scene := func(desc, pub string, figures ...string) scene {
		sc := ownScene(desc, pub, Doc{})
		sc.figures = figures
		return sc
	}
	recall := scene("place:tarvik kind:bombing own", "2014-03-10", "killed:270")
	attack := scene("place:tarvik kind:bombing on:1988-12-21 own", "1988-12-22", "killed:270")
	if _, ok, why := fit(&recall, &attack, nil, false); !ok {
		t.Errorf("recalled attack apart: %s", why)
	}
	other := scene("place:tarvik kind:bombing on:1988-12-21 own", "1988-12-22", "killed:11")
	if _, ok, why := fit(&recall, &other, nil, false); ok {
		t.Errorf("joined with no shared figure: %s", why)
	}
	// Its first reports gave no day either: the days they came out in.
	first := scene("place:tarvik kind:bombing own", "1988-12-22", "killed:270")
	if _, ok, why := fit(&recall, &first, nil, false); !ok {
		t.Errorf("recalled attack apart from undated first reports: %s", why)
	}
	firstOther := scene("place:tarvik kind:bombing own", "1988-12-22", "killed:11")
	if _, ok, why := fit(&recall, &firstOther, nil, false); ok {
		t.Errorf("joined undated reports with no shared figure: %s", why)
	}
}

// TestPlacedAndDatedApart: two groups that each name their attack's place,
// with none in common, and days too far apart for one attack are two
// attacks; a place in common, or days that may be one, leave it to the
// rest of the evidence.
func TestPlacedAndDatedApart(t *testing.T) {
	rel := relatedPlaces(nil, nil)
	theatre := scene{places: []string{"name:marfa"}, dates: []when.Date{on("2022-03-16")}}
	base := scene{places: []string{"name:tarvik"}, dates: []when.Date{on("2022-03-13")}}
	baseNextDay := scene{places: []string{"name:tarvik"}, dates: []when.Date{on("2022-03-15")}}
	undated := scene{places: []string{"name:tarvik"}}
	sameTown := scene{places: []string{"name:marfa"}, dates: []when.Date{on("2022-03-13")}}
	for _, c := range []struct {
		name string
		a, b scene
		want bool
	}{
		{"two towns, three days apart", theatre, base, true},
		{"two towns, a day apart", theatre, baseNextDay, false},
		{"one undated", theatre, undated, false},
		{"one town", theatre, sameTown, false},
	} {
		if got := placedAndDatedApart(&c.a, &c.b, rel); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestVictim: two reports of one man's death are one event whatever
// places and days each gives, within a few months; his name may be
// spelt longer in one; a death reported years later is a rumour's.
func TestVictim(t *testing.T) {
	scene := func(desc, pub string, victims ...string) scene {
		return ownScene(desc, pub, Doc{Victims: victims})
	}
	first := scene("place:marfa kind:raid on:2023-04-29 own", "2023-05-01", "name:abu selim marfani")
	confirmed := scene("place:selo own", "2023-08-04", "name:abu selim al-husseini al-marfani")
	if _, ok, why := fit(&first, &confirmed, nil, false); !ok {
		t.Errorf("one man's death apart: %s", why)
	}
	other := scene("place:selo own", "2023-08-04", "name:abu selim kadiri")
	if _, ok, _ := fit(&first, &other, nil, false); ok {
		t.Error("another man's death joined")
	}
	rumour := scene("place:selo own", "2025-08-04", "name:abu selim marfani")
	if _, ok, _ := fit(&first, &rumour, nil, false); ok {
		t.Error("a death reported two years on joined")
	}
}

// TestPlaceNameCapitals: a dateline's capitals ("KELVAR, Tarvia –") are no
// spelling of the place's name for an event's label; alone, the name is
// written from its key.
func TestPlaceNameCapitals(t *testing.T) {
	for _, tt := range []struct {
		names []string
		want  string
	}{
		{[]string{"KELVAR", "Kelvar"}, "Kelvar"},
		{[]string{"KELVAR"}, "Kelvar"},
	} {
		var docs []Doc
		var cs []claim.Claim
		for i, n := range tt.names {
			d := Doc{Key: fmt.Sprint("2003-11-21 ", i), Names: map[string]string{"name:kelvar": n}}
			d.Published, d.HasPub = when.ParseDay("2003-11-21")
			d.Lede, d.HasLede = subj("place:kelvar kind:bombing on:2003-11-20 own"), true
			docs = append(docs, d)
			cs = append(cs, claim.Claim{Doc: i, Type: claim.Count, Kind: "killed", Start: 0, End: 5, Subject: subj("")})
		}
		res := Identify(docs, cs)
		if len(res.Events) != 1 || !strings.Contains(res.Events[0].Label, tt.want+" ") && !strings.HasSuffix(res.Events[0].Label, tt.want) {
			var labels []string
			for _, e := range res.Events {
				labels = append(labels, e.Label)
			}
			t.Errorf("names %q: events %q, want one labelled with %q", tt.names, labels, tt.want)
		}
	}
}
