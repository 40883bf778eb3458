package claim_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
)

// TestCountPlaces: the places a toll's event is put in, from words around
// it that name a country or a man rather than where the attack was.
func TestCountPlaces(t *testing.T) {
	cases := []struct {
		name, title, text, words string
		outlet                   string
		want, not                []string
		lede                     bool // the places of the report's own event
	}{
		{name: "the opening words of an attack's phrase name no place",
			text:  "Twin suicide bombings hit a suburb of Tarvik on Thursday evening, killing 43 people.",
			words: "killing 43 people", want: []string{"name:tarvik"}, not: []string{"name:twin"}},
		{name: "a group's claim joined to a place's name by a hyphen is no part of it",
			text:  "Toll in ISIS-claimed Tarvik rally blast climbs to 128\n\nA suicide bomber killed 128 people at a rally in Tarvik on Friday.",
			words: "climbs to 128", want: []string{"name:tarvik"}, not: []string{"name:isis-claimed tarvik"}},
		{name: "a mass shooting is in no place called Mass",
			text:  "Mass deadly shooting leaves 13 dead at Tarvik school\n\nA gunman killed 13 people at a school in Tarvik on Monday.",
			words: "killed 13 people", lede: true, want: []string{"name:tarvik"}, not: []string{"name:mass"}},
		{name: "a state's embassy stands in another state",
			text:  "A truck bomb outside the synagogue in Tarvik, Tunisia, killed 11 people on Thursday. Two German tourists have also died of burns from the blast, German embassy officials said.",
			words: "Two German tourists have also died", not: []string{"actor:germany"}},
		{name: "a faith and a people before a place's noun describe its people, no place",
			text:  "The worst carnage was in the Christian Armenian village of Tarvik, 60 miles north of the capital, where a truck bomb killed 80 people on Saturday.",
			words: "killed 80 people", lede: true, want: []string{"name:tarvik"}, not: []string{"name:christian armenian"}},
		{name: "a rank opens a man's name",
			text:  "The chief of the UN monitoring team in Syria, Major General Tomas Rell told an emergency session of the UN Security Council by video link from Damascus on May 27 that the monitors in Kalbi had estimated the fatalities at 108.",
			words: "fatalities at 108", want: []string{"name:kalbi"}, not: []string{"name:major"}},
		{name: "a country's adjective in a headline names the country",
			title: "Toll reaches 57 in Philippine massacre",
			text:  "Investigators recovered nine more bodies at the site, bringing the toll in the massacre to 57.",
			words: "toll in the massacre to 57", lede: true, want: []string{"actor:philippines"}, not: []string{"name:philippine"}},
		{name: "a people's adjective the rules did not list before",
			text:  "Gunmen killed 12 villagers near the Mozambican town of Tarvik on Monday.",
			words: "killed 12 villagers", want: []string{"actor:mozambique"}, not: []string{"name:mozambican"}},
		{name: "a people's name is no place",
			text:  "Gunmen attacked the Dogon village of Sobara in central Mali on Sunday, killing 95 people. Dogon hunters and members of the Fulani ethnic group have clashed for months.",
			words: "killing 95 people", want: []string{"name:sobara"}, not: []string{"name:dogon"}},
		{name: "the capital named after a comma is where the attack was, not the dateline's city",
			text:  "OLANPORT (AP) — Kelvan activists say at least 23 people were killed in a drone attack on an open market south of the capital, Tarvik.",
			words: "at least 23 people were killed", want: []string{"name:tarvik"}, not: []string{"name:olanport"}},
		{name: "where a monitor is based is no place of the attack",
			text:  "Twin blasts hit a school in Tarvik on Wednesday. The Kelvar Observatory for Human Rights, which is based in Olanport, said at least 39 people were killed.",
			words: "at least 39 people were killed", want: []string{"name:tarvik"}, not: []string{"name:olanport"}},
		{name: "where the victims came from is no place of the attack",
			text:  "Four pilgrims from Kelvar's Sulu region died on Friday in a bombing in Tarvosh province.",
			words: "Four pilgrims from Kelvar's Sulu region died", want: []string{"name:tarvosh"}, not: []string{"name:sulu"}},
		{name: "people named before a verb for the attack are no place",
			text:  "Two Kelvan pilgrims and two Tarvoshis shot dead near the shrine on Friday were buried on Saturday.",
			words: "two Tarvoshis shot dead", not: []string{"name:tarvoshis"}},
		{name: "armed men of a people are no place",
			text:  "Soldiers and armed Fulani attacked the Tarvik neighbourhood, killing 21 civilians.",
			words: "killing 21 civilians", not: []string{"name:fulani"}},
		{name: "a line's opening word in capitals before an attack word is no place",
			text:  "Niger - Deadly attacks against civilians in the Tarvik region killed 100 people on Saturday.",
			words: "killed 100 people", want: []string{"name:tarvik"}, not: []string{"name:deadly"}},
		{name: "a republic is the place its name after 'of' says",
			text:  "Gunmen killed 20 police officers in the Republic of Tarvikia on Monday.",
			words: "killed 20 police officers", want: []string{"name:tarvikia"}, not: []string{"name:republic"}},
		{name: "a headline's word that opens a venue's name the text writes whole is no state",
			title: "11 dead in German bakery blast",
			text:  "11 dead in German bakery blast\n\nThe blast at the German Bakery in Tarvik on Saturday night killed 11 people.",
			words: "11 dead", lede: true, not: []string{"actor:germany"}},
		{name: "a platform, and a rank after its comma, are no places",
			text:  "In a post on Twitter, Home Minister Raj Kumar said the attack in Awantar had killed 40 soldiers.",
			words: "killed 40 soldiers", want: []string{"name:awantar"}, not: []string{"name:twitter", "name:home"}},
		{name: "the word after a dateline's dash opens the text, as a sentence's first word does",
			text:  "TARVOSH - Troops opened fire on a crowd in a walled garden in Tarvosh on Sunday, killing 379 people.",
			words: "killing 379 people", want: []string{"name:tarvosh"}, not: []string{"name:troops"}},
		{name: "a region's adjective before a common noun names no place",
			text:  "At least 23 people are dead after an attack on a hotel in the West African nation's capital, Tarvosh.",
			words: "At least 23 people are dead", not: []string{"name:west african"}},
		{name: "the report's own outlet is no place",
			outlet: "The Kelmar Herald",
			text:   "A list of just 103 names was provided to The Kelmar Herald following the massacre that killed 45 soldiers.",
			words:  "killed 45 soldiers", not: []string{"name:kelmar herald"}},
		{name: "a word for which part of a town stands between the locative and the town",
			text:  "Police said 17 people died in the mass shooting by a soldier who is holed up in a shopping complex in downtown Tarvik in which many shoppers are trapped.",
			words: "17 people died", lede: true, want: []string{"name:tarvik"}},
		{name: "where the officials who open a sentence sit is no place of the attack it tells",
			text:  "Gunmen stormed a party in Marfa early Sunday, killing at least 14 people. Officials in the northern state of Tarvosh said armed men rolled up in seven vehicles and opened fire. At least 14 people were reported wounded.",
			words: "At least 14 people were reported wounded", not: []string{"name:tarvosh"}},
		{name: "so is the same line at the top of the text",
			text:  "11 dead in German bakery blast\n\nThe blast at the German Bakery in Tarvik on Saturday night killed 11 people.",
			words: "11 dead", lede: true, not: []string{"actor:germany"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := document.Document{ID: "t", Published: "2009-11-25", Title: c.title, Outlet: c.outlet, Text: c.text}
			x := extractor(t).Extract(0, &d)
			found := false
			if c.lede {
				x.Claims = []claim.Claim{{Type: "count", Words: c.words, Subject: x.Lede}}
			}
			for _, cl := range x.Claims {
				if cl.Type != "count" || !strings.Contains(cl.Words, c.words) {
					continue
				}
				found = true
				for _, p := range c.want {
					if !slices.Contains(cl.Subject.Places, p) {
						t.Errorf("%q: places %q, want %s", cl.Words, cl.Subject.Places, p)
					}
				}
				for _, p := range c.not {
					if slices.Contains(cl.Subject.Places, p) {
						t.Errorf("%q: places %q, not %s", cl.Words, cl.Subject.Places, p)
					}
				}
			}
			if !found {
				t.Errorf("no count read in %q", c.words)
			}
		})
	}
}

// TestAnchorRelativeClause: "six weeks before the blasts that killed 77"
// dates the buying by the blasts; the 77 dead are the blasts' own.
func TestAnchorRelativeClause(t *testing.T) {
	d := document.Document{ID: "t", Published: "2008-11-10",
		Text: "Police said two of the cars were bought less than six weeks before the Tarvik blasts that killed 77 people."}
	x := extractor(t).Extract(0, &d)
	for _, cl := range x.Claims {
		if cl.Type == "count" && cl.Lo == 77 && cl.Subject.Displaced {
			t.Errorf("%q displaced from the report's event", cl.Words)
		}
	}
}
