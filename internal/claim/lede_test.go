package claim_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestRevisionDay: "authorities on Thursday revised the toll from the
// Easter bombings" dates the revision, not the bombings.
func TestRevisionDay(t *testing.T) {
	d := document.Document{ID: "t", Published: "2019-04-25",
		Text: "TARVIK: Authorities on Thursday revised the toll from the Easter bombings down to 253, saying some bodies had been counted twice."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Subject.HasWhen && c.Subject.When.Lo.String() == "2019-04-25" {
			t.Errorf("%q dated %s, the day of the revision", c.Words, c.Subject.When.Text)
		}
	}
}

// TestYearsAfter: "Eleven years after 42 people were killed …, a court
// convicted two on Tuesday" dates the 42 eleven years before the court.
func TestYearsAfter(t *testing.T) {
	c := countDated(t, "2018-09-05", "Eleven years after 42 people were killed in twin blasts that rocked Tarvik, a special court convicted two and acquitted two others in the case on Tuesday.", 42)
	if y, _, _ := c.Subject.When.Lo.YMD(); !c.Subject.HasWhen || y != 2007 {
		t.Errorf("%q dated %q (%v), want about 2007", c.Words, c.Subject.When.Text, c.Subject.When.Lo)
	}
}

// countDated reads one text and returns its count claim of value lo.
func countDated(t *testing.T, published, text string, lo int64) claim.Claim {
	t.Helper()
	d := document.Document{ID: "t", Published: published, Text: text}
	for _, c := range extractor(t).Extract(0, &d).Claims {
		if c.Type == "count" && c.Lo == lo {
			return c
		}
	}
	t.Fatalf("%d not read in %q", lo, text)
	return claim.Claim{}
}

// TestTollHeadline: "Syria disputes Tarvosh toll" over an opening that
// names no attack is about the attack on Tarvosh, as a headline that
// counts the dead is.
func TestTollHeadline(t *testing.T) {
	d := document.Document{ID: "t", Published: "2012-07-15", Title: "Syria disputes Tarvosh toll",
		Text: "United Nations monitors returned to the village of Tarvosh on Sunday to continue their investigation. Rights activists had said that 103 people, mostly civilians, were killed."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:tarvosh") {
		t.Errorf("lede %v, places %q; want the attack on Tarvosh", x.HasLede, x.Lede.Places)
	}
}

// TestSourceTown: words that name a town without placing the attack in
// it: where a source spoke or published, a headline's speaker, a river, an
// occasion a people's word opens; the country of officials who spoke
// still places it, and "the villages of" places as "the village of".
func TestSourceTown(t *testing.T) {
	cases := []struct{ text, not, want string }{
		{"VARNO, May 27 (Wire) - The number of people killed in the riots in Tarvakia has reached 173, says the prosecutor's press release circulated on Friday in Varno.", "name:varno", "name:tarvakia"},
		{"At least 40 people were killed when a bomb exploded at a market in Qarvesh, a police official in Duzabad said.", "name:duzabad", "name:qarvesh"},
		{"A car bombing killed 12 people in Qarvesh on Monday, according to officials in Duzabad.", "name:duzabad", "name:qarvesh"},
		// Where it was said, between the telling and what was said.
		{"The head of the inquiry said during a news conference in Duzabad on Thursday that gunmen carried out the attacks on the village of Qarvesh on May 25.", "name:duzabad", "name:qarvesh"},
		// "the villages of": places, as "the village of" is.
		{"VARNO – About 100 people were killed when gunmen attacked the villages of Qarvesh and Tarvik on Saturday.", "name:varno", "name:qarvesh"},
		// The verb of telling need not close the sentence.
		{"A senior leader was killed in an airstrike near Qarvesh on Saturday, officials in Duzabad confirmed on Monday evening.", "name:duzabad", "name:qarvesh"},
		// A headline's name that tells, in the present tense, is a speaker.
		{"Duzabad confirms airstrike killed the group's spokesman\n\nA senior leader of the group was killed in an airstrike near Qarvesh on August 30.", "name:duzabad", ""},
		// A river runs past many towns and names none of them.
		{"Gunmen opened fire on foreign tourists gathered at an ancient temple near the Varna River on Monday, killing at least 57 people.", "name:varna river", ""},
		// A people's word opens the name of an occasion, not a place.
		{"Rebels suspected in deadly Kenyan World Cup bombings\n\nRebels carried out two bomb attacks in Qarvesh, killing at least 64 people.", "name:kenyan world cup", ""},
	}
	for _, c := range cases {
		d := document.Document{ID: "t", Published: "2005-05-27", Text: c.text}
		x := extractor(t).Extract(0, &d)
		if !x.HasLede || slices.Contains(x.Lede.Places, c.not) || c.want != "" && !slices.Contains(x.Lede.Places, c.want) {
			t.Errorf("%q: lede %v, places %q; want %s, not %s", c.text, x.HasLede, x.Lede.Places, c.want, c.not)
		}
	}
}

// TestAftermathDay: a day the opening gives to what followed the attack
// does not date the attack; an attack's own verb keeps its day.
func TestAftermathDay(t *testing.T) {
	cases := []struct {
		text string
		lo   string // the lede's earliest day, "" for none
	}{
		// Another verb with its object has the day.
		{"The families of some of the 500 people killed by troops in Varno buried their dead yesterday as sniper fire went on.", ""},
		// The attack came before the day: that day or the week before it.
		{"Frightened tourists scrambled to leave the resort of Varno yesterday following the bombing that killed 64.", "2005-05-08"},
		// The attack's own noun is the verb's subject: its day.
		{"An explosion destroyed an apartment building in Varno early yesterday, killing at least 11 people.", "2005-05-15"},
		{"At least 95 people were killed when gunmen raided their village near Varno yesterday.", "2005-05-15"},
		// A death after the attack has the day, when the one who died was
		// wounded in it; deaths told with the wounded do not.
		{"A girl wounded in a school shooting in Varno earlier this month died yesterday, state television said.", "2005-05-01"},
		{"A policeman wounded in last week's bombing in Varno died of his wounds yesterday.", "2005-05-03"},
		{"Three people were injured and two died yesterday when a bomb exploded in Varno.", "2005-05-15"},
		{"Ten people were wounded in the blast in Varno and three died yesterday.", "2005-05-15"},
	}
	for _, c := range cases {
		d := document.Document{ID: "t", Published: "2005-05-16", Text: c.text}
		x := extractor(t).Extract(0, &d)
		got := ""
		if x.Lede.HasWhen {
			got = x.Lede.When.Lo.String()
		}
		if !x.HasLede || got != c.lo {
			t.Errorf("%q: lede %v dated from %q, want %q", c.text, x.HasLede, got, c.lo)
		}
	}
}

// TestCourtDay: "today pleaded not guilty over the massacre of 57 people
// last November" dates the plea, not the massacre.
func TestCourtDay(t *testing.T) {
	c := countDated(t, "2010-01-05", "The prime suspect in the Varno killings today pleaded not guilty to murder charges over the massacre of 57 people last November.", 57)
	if _, m, _ := c.Subject.When.Lo.YMD(); !c.Subject.HasWhen || m != 11 {
		t.Errorf("%q dated %q (%v), want November", c.Words, c.Subject.When.Text, c.Subject.When.Lo)
	}
}

// TestFiledFarAway: a city the report was filed from does not place an
// attack its opening puts in villages it leaves unnamed; a day written
// out in brackets that is the report's own day is the issue's, not the
// attack's.
func TestFiledFarAway(t *testing.T) {
	d := document.Document{ID: "t", Published: "2021-01-05",
		Text: "VARNO, 5 January 2021 – Tarvakia has declared three days of mourning for over 100 people killed Saturday in attacks by gunmen in two villages near the border."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || slices.Contains(x.Lede.Places, "name:varno") {
		t.Errorf("lede %v, places %q; want not the city it was filed from", x.HasLede, x.Lede.Places)
	}
	d = document.Document{ID: "t", Published: "2021-01-04",
		Text: "Tarvakia - Deadly attacks against civilians in Qarvesh region (Daily Flash of 04 January 2021)\n- Armed groups attacked two villages in Qarvesh region, killing an estimated 100 civilians."}
	x = extractor(t).Extract(0, &d)
	if !x.HasLede || x.Lede.HasWhen {
		t.Errorf("lede %v dated %q; want the attack undated", x.HasLede, x.Lede.When.Text)
	}
}

// TestCountClause: "542 were killed in Tarvik and 203 died in clashes in
// Qarvesh" places each count in its own town; groups that share one verb
// share its place.
func TestCountClause(t *testing.T) {
	d := document.Document{ID: "t", Published: "2005-05-17",
		Text: "Opposition leaders said 542 people were killed in Tarvik and 203 died in clashes in Qarvesh. Back in 1997, 58 tourists and 4 guides were murdered in Varno."}
	x := extractor(t).Extract(0, &d)
	want := map[int64][]string{542: {"name:tarvik"}, 203: {"name:qarvesh"}, 58: {"name:varno"}}
	for _, c := range x.Claims {
		if w, ok := want[c.Lo]; ok && c.Type == "count" && !slices.Equal(c.Subject.Places, w) {
			t.Errorf("%q placed %q, want %q", c.Words, c.Subject.Places, w)
		}
	}
}

// TestBlameDay: "on Sunday blamed militants for the bombing" dates the
// blame, not the bombing.
func TestBlameDay(t *testing.T) {
	d := document.Document{ID: "t", Published: "2008-09-21",
		Text: "Officials on Sunday blamed militants for the bombing at the Varno Hotel that killed at least 60 people."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Type == "count" && c.Subject.HasWhen && c.Subject.When.Lo.String() == "2008-09-21" {
			t.Errorf("%q dated %q, the day of the blame", c.Words, c.Subject.When.Text)
		}
	}
}

// TestDenialDay: "Kelvar on Sunday strongly denied that its forces killed
// more than 100" dates the denial, past its adverb, not the killing.
func TestDenialDay(t *testing.T) {
	d := document.Document{ID: "t", Published: "2012-05-29",
		Text: "Kelvar on Sunday strongly denied allegations that its forces killed more than 100 people in Tarvik, in what activists called one of the deadliest attacks of the uprising."}
	x := extractor(t).Extract(0, &d)
	if x.Lede.HasWhen && x.Lede.When.Lo.String() == "2012-05-27" {
		t.Errorf("the opening dated %q, the day of the denial", x.Lede.When.Text)
	}
	for _, c := range x.Claims {
		if c.Type == "count" && c.Subject.HasWhen && c.Subject.When.Lo.String() == "2012-05-27" {
			t.Errorf("%q dated %q, the day of the denial", c.Words, c.Subject.When.Text)
		}
	}
}

// TestLedeTownInNextClause: "Deadly bombings hit Syrian town; eleven
// killed by twin car bombs in Marfa" places the opening's attack in
// Marfa.
func TestLedeTownInNextClause(t *testing.T) {
	d := document.Document{ID: "t", Published: "2008-08-20",
		Text: "Deadly bombings hit Syrian town; Eleven people have been killed and 31 injured by twin car bombs near a hotel and a barracks in Marfa, south east of the capital, state media say."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:marfa") {
		t.Errorf("lede %v, places %q; want Marfa", x.HasLede, x.Lede.Places)
	}
}

// TestBoxRowsBeforeOpening: a fact box's rows are not the story's
// sentences; the page's first prose, ten rows down, still dates the
// opening's attack.
func TestBoxRowsBeforeOpening(t *testing.T) {
	d := document.Document{ID: "t", Published: "2025-01-01", Text: "Infobox\n- Title: Shootings at Tarvik Hall\n- Location: Tarvik Hall, Selo\n- Time: 9:53 a.m.\n- Type: Mass shooting\n- Fatalities: 2 (including the perpetrator)\n- Injuries: 3\n\n" +
		"The 2014 shootings at Tarvik Hall occurred on 22 October 2014, at Tarvik Hall in Selo. A soldier on sentry duty was fatally shot at the memorial."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !x.Lede.HasWhen || x.Lede.When.Lo.String() != "2014-10-22" {
		t.Errorf("opening dated %v (%q), want 2014-10-22", x.Lede.HasWhen, x.Lede.When.Text)
	}
}

// TestDayBetweenCommas: "The governor, yesterday, disclosed" dates the
// disclosure, not the attack whose toll it gives; "stormed a church, on
// Sunday, killing 12" still dates the attack.
func TestDayBetweenCommas(t *testing.T) {
	c := countDated(t, "2019-02-20", "Governor Olan Vesk of Tarvik State, yesterday, disclosed that the death toll from the Selo attack has risen to 130.", 130)
	if c.Subject.HasWhen {
		t.Errorf("%q dated %q, the day of the disclosure", c.Words, c.Subject.When.Text)
	}
	c = countDated(t, "2019-02-20", "Gunmen stormed a church in Tarvik, on Sunday, killing 12 worshippers.", 12)
	if !c.Subject.HasWhen || c.Subject.When.Lo.String() != "2019-02-17" {
		t.Errorf("%q dated %q, want Sunday 2019-02-17", c.Words, c.Subject.When.Text)
	}
}

// TestYearsLater: "But 40 years later, papers shed light on the
// bloodshed" dates an undated opening forty years before the report;
// "Ten years on" does too.
func TestYearsLater(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Before Selo Square there was Tarvik Plaza. Soldiers fired on student protesters in Tarvik, setting off a massacre. But 40 years later, official papers shed some light on the bloodshed.", "1968"},
		{"Soldiers fired on a march in Tarvik, killing 14. Ten years on, the families of the dead still wait for an inquiry.", "1998"},
	} {
		d := document.Document{ID: "t", Published: "2008-10-02", Text: c.text}
		x := extractor(t).Extract(0, &d)
		if !x.HasLede || !x.Lede.HasWhen || x.Lede.When.Text != "about "+c.want+"-10-02" {
			t.Errorf("%q: opening dated %v %q, want about %s", c.text, x.Lede.HasWhen, x.Lede.When.Text, c.want)
		}
	}
}

// TestSemicolonDate: a year told in another clause after a semicolon
// dates that clause ("in 2004 a monument was raised"), not the claim
// before it.
func TestSemicolonDate(t *testing.T) {
	c := countDated(t, "2015-05-01", "The truck bomb at the Tarvik barracks killed 58 soldiers; yet in 2004 the government raised a monument to the bombers.", 58)
	if c.Subject.HasWhen && c.Subject.When.Text == "2004" {
		t.Errorf("%q dated %q, the monument's year", c.Words, c.Subject.When.Text)
	}
}
