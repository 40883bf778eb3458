package claim_test

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

var (
	once sync.Once
	ext  *claim.Extractor
)

// extractor loads the repository's rule files, so the tests exercise the
// real wording.
func extractor(t *testing.T) *claim.Extractor {
	t.Helper()
	once.Do(func() {
		srcs, err := rule.Sources(os.DirFS("../.."), "rules")
		if err != nil {
			t.Fatal(err)
		}
		rs, diags := rule.Load(srcs)
		if diags.HasErrors() {
			t.Fatalf("rules: %v", diags)
		}
		ext = claim.New(rs)
	})
	if ext == nil {
		t.Fatal("no extractor")
	}
	return ext
}

// claims returns "type/kind value [subject]" for each claim of a text.
func claims(t *testing.T, text, published string) []string {
	d := document.Document{ID: "t", Text: text, Published: published}
	var out []string
	for _, c := range extractor(t).Extract(0, &d).Claims {
		if text[c.Start:c.End] != c.Words {
			t.Errorf("claim words %q are not text[%d:%d]", c.Words, c.Start, c.End)
		}
		s := c.Type + "/" + c.Kind + " " + claim.ValueText(&c)
		if c.Subject.Name != "" {
			s += " [" + c.Subject.Name + "]"
		}
		out = append(out, s)
	}
	return out
}

// claimsWith is the claims of text that keep says to, joined by " | ".
func claimsWith(t *testing.T, text, published string, keep func(string) bool) string {
	var got []string
	for _, c := range claims(t, text, published) {
		if keep(c) {
			got = append(got, c)
		}
	}
	return strings.Join(got, " | ")
}

func TestCounts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Turkish law enforcement forces detained 47 people, most of them Central Asian nationals.", "count/detained [47, 47]"},
		{"After the Santa Maria attack, Turkey detained 51 people related to the attack.", "count/detained [51, 51]"},
		{"The Islamic State attack on the Crocus City Hall, which killed at least 140 people and injured over 500 more, has prompted alarm.", "count/killed [140, ∞) | count/injured [501, ∞)"},
		{"Gunmen killed about 140 people at the Crocus City Hall in the Moscow area on March 22.", "count/killed [126, 154]"},
		{"The attack left 103 people dead and wounded over 280 others.", "count/killed [103, 103] | count/injured [281, ∞)"},
		{"The massacre left 39 people dead and dozens more wounded.", "count/killed [39, 39] | count/injured [24, 99] vague"},
		{"The branch conducted a double suicide bombing in Kerman, causing almost 400 casualties.", "count/casualties [360, 399]"},
		{"A Tajik national entered the shrine, killing 13 and injuring 40 pilgrims and staff on site.", "count/killed [13, 13] | count/injured [40, 40] pilgrims"},
		{"ISIS-K carried out a suicide bombing that killed 13 U.S. service members and as many as 170 civilians.", "count/killed [13, 13] service members part | count/killed [1, 170] civilians part | count/killed [14, 183]"},
		{"Four prison employees were killed after prisoners staged a revolt.", "count/killed [4, 4] prison employees"},
		{"Eight citizens of Tajikistan were arrested on suspicion of being connected to terrorist groups.", "count/detained [8, 8] citizens"},
		{"Turkey carried out dozens of operations in some 40 provinces and arrested a total of 363 people.", "count/detained [363, 363]"},
		{"It is estimated that ISKP has between 4,000 and 6,000 members.", "count/members [4000, 6000] [Islamic State Khorasan Province]"},
		{"Member States estimated current ISIL-K strength at between 1,000 and 3,000 fighters.", "count/members [1000, 3000] [Islamic State Khorasan Province]"},
		{"In the raid, police arrested twenty-three suspects.", "count/detained [23, 23]"},
		{"The death toll rose to 137 on Sunday.", "count/killed [137, 137]"},
		{"Two of the 30 Central Asian detainees also have Turkish citizenship.", ""},
		{"He speaks four foreign languages.", ""},
		{"The group was behind at least 22 plots or attacks in nine countries.", ""},
		{"He shot four people, killing one.", "count/killed [1, 1]"},
		// Increments add to an earlier figure; they are not totals.
		{"British police made two more arrests on Thursday.", ""},
		{"Another 12 people died in hospital overnight.", ""},
		{"Police arrested a further 30 suspects.", ""},
		{"Police arrested five people on Monday and two more on Tuesday.", "count/detained [5, 5]"},
		// Ages are not counts.
		{"Twelve children under 16 were among those seriously hurt.", ""},
		{"The victims, aged between 18 and 25, were killed at a concert.", ""},
		{"Rescuers said over 100 people over 60 were injured.", "count/injured [101, ∞)"},
		// A toll that counts the attacker is read as a count of victims.
		// The attackers' dead are at least that many attackers.
		{"At least 23 people, including the bomber, died in the blast.", "count/killed [22, ∞) | count/attackers-killed [1, 1] | count/attackers [1, ∞) bomber"},
		{"The shooting killed 50 people, including the gunman.", "count/killed [49, 49] | count/attackers-killed [1, 1] | count/attackers [1, ∞) gunman"},
		{"The attack killed 18 people, including the three attackers.", "count/killed [15, 15] | count/attackers-killed [3, 3] | count/attackers [3, ∞) attackers"},
		{"The attack killed 18 people, including the attackers.", ""},
		{"The attack killed 18 people, not including the attackers.", "count/killed [18, 18]"},
		{"The bombing killed 22 people, including the attacker's two neighbours.", "count/killed [22, 22]"},
		{"At least 23 people, including three children, died in the blast.", "count/killed [23, ∞)"},
		// An amount before an active verb with its own object counts who acted.
		// The attackers are counted as attackers, not as the toll.
		{"Three suicide bombers killed 32 people in the Brussels attacks.", "count/attackers [3, 3] | count/killed [32, 32]"},
		{"Two gunmen killed at least 12 people at the magazine's office.", "count/attackers [2, 2] | count/killed [12, ∞)"},
		{"Three people killed in the blast were children.", "count/killed [3, 3]"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, c := range claims(t, tt.text, "2024-05-05") {
				if strings.HasPrefix(c, "count/") {
					got = append(got, c)
				}
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("\n got: %s\nwant: %s", g, tt.want)
			}
		})
	}
}

func TestFacts(t *testing.T) {
	tests := []struct{ text, published, want string }{
		{"Islamic State Khorasan, founded in 2015 by disaffected members of the Pakistani Taliban, burst onto the scene.", "2024-03-24",
			"date/founded 2015-01-01..2015-12-31 year [Islamic State Khorasan Province]"},
		{"ISKP was formed in 2014 as a collective of defectors.", "2024-09-05",
			"date/founded 2014-01-01..2014-12-31 year [Islamic State Khorasan Province]"},
		{"Al-Masri’s daughter was the widow of Hamza bin Laden, the son of Al-Qaeda mastermind Osama bin Laden. He was killed last year in a US counterterrorism operation.", "2020-11-15",
			"date/killed 2019-01-01..2019-12-31 year [Hamza bin Laden]"},
		{"She was married to Osama bin Laden’s son Hamza, who was killed in a US air strike in 2017.", "2020-11-15",
			"date/killed 2017-01-01..2017-12-31 year [Hamza]"},
		{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary of the 1998 bombings.", "2020-11-15",
			"date/killed 2020-08-07..2020-08-07 day [Abu Muhammad al-Masri]"},
		{"Abdurakhmon Uzbeki, a senior Islamic State operative and “close associate” of Abu Bakr al Baghdadi, was killed during a special forces raid on April 6.", "2017-04-13",
			"date/killed 2017-04-06..2017-04-06 day [Abdurakhmon Uzbeki]"},
		// Dates of reports, not of the facts.
		{"The KRSC said that its counterterrorism department had “confirmed” Uzbeki’s death on April 12.", "2017-04-13", ""},
		{"Al-Masri’s death, albeit under an assumed name, was reported in Iranian media on Aug. 8.", "2020-11-15", ""},
		{"The deaths of Al-Masri and his daughter occurred three days after the catastrophic Aug. 4 explosion.", "2020-11-15", ""},
		// Hedged: no claim.
		{"He may have been killed in 2019.", "2020-11-15", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := claimsWith(t, tt.text, tt.published, func(c string) bool {
				return strings.HasPrefix(c, "date/") && !strings.HasPrefix(c, "date/event-date")
			})
			if got != tt.want {
				t.Errorf("\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

func TestResponsibility(t *testing.T) {
	tests := []struct{ text, want string }{
		{"In early November, Baghdadi called on his followers to strike inside the country. The Islamic State was angry. Within hours, the group claimed responsibility for a car bombing in the southeastern part of the country.",
			"responsibility/claimed Islamic State"},
		{"Turkish authorities blamed the Kurdistan Workers Party (PKK), a US-designated terrorist organization.",
			"responsibility/blamed Kurdistan Workers' Party (PKK) per Turkish authorities"},
		{"American counterterrorism specialists on Sunday dismissed the Kremlin’s suggestion that Ukraine was behind Friday’s attack near Moscow.",
			"responsibility/blamed Ukraine per Kremlin"},
		{"ISIS bears sole responsibility for this attack. There was no Ukrainian involvement whatsoever.",
			"responsibility/claimed Islamic State | responsibility/denied not Ukraine"},
		{"The Islamic State group, which is believed to have successfully recruited people from Central Asia, claimed responsibility.",
			"responsibility/claimed Islamic State"},
		{"Iran blamed a different separatist movement for the attack.",
			"responsibility/blamed separatist movement per Iran"},
		// Not claims of responsibility.
		{"The bombing may or may not have been the Islamic State’s doing.", ""},
		{"Officials said the group claimed it was smuggling migrants into the country, not terrorists.", ""},
		{"Iranian officials have denied it and no government has publicly claimed responsibility.", ""},
		{"Turkey carried out dozens of anti-IS operations in some 40 provinces.", ""},
		{"Masked gunmen carried out the attack.", ""},
		// Blame for failing to prevent an attack is not blame for it.
		{"Some commentators blamed Belgium's security services for failing to prevent the Brussels bombings.", ""},
		{"Critics blamed the government for the failure to protect the concert hall.", ""},
		{"Officials blamed Ukraine for what they called a terrorist attack.", "responsibility/blamed Ukraine per Officials"},
		// A source in a relative clause, or across "while", is not the claim's.
		{"The Islamic State group claimed the twin bombings in Kerman that killed 84 people, according to a revised toll.", "responsibility/claimed Islamic State"},
		{"Tehran said it had arrested 35 people, while the Islamic State Khorasan Province had claimed the attack.", "responsibility/claimed Islamic State Khorasan Province"},
		{"A State Department spokesman said the United States was not involved in any way.", "responsibility/denied not United States per State Department spokesman"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, c := range claims(t, tt.text, "2024-03-24") {
				if strings.HasPrefix(c, "responsibility/") {
					got = append(got, c)
				}
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("\n got: %s\nwant: %s", g, tt.want)
			}
		})
	}
}

func TestBreakdown(t *testing.T) {
	got := claims(t, "On February 6, the Istanbul Security Directorate detained 11 Islamic State suspects residing in Istanbul, including 11 from Russia, four from Uzbekistan, one from Kyrgyzstan, one from Azerbaijan, and one from Sudan.", "2024-05-05")
	if !contains(got, "breakdown/detained [11, 11]") {
		t.Errorf("no breakdown in %q", got)
	}
	got = claims(t, "After the Santa Maria attack, Turkey detained 51 people related to the attack. Twenty-three were deported and 28 were arrested.", "2024-05-05")
	if !contains(got, "count/detained [23, 23] part") || !contains(got, "count/detained [28, 28] part") {
		t.Errorf("parts not marked in %q", got)
	}
}

func contains(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// TestEventLabels: the words that name a count's event in a finding's
// label hold the event noun with its names and places, not the verbs,
// dates or perpetrators around it.
func TestEventLabels(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Belgian officials revised the death toll from Tuesday's attacks in Brussels to 31.", "Tuesday's attacks in Brussels"},
		{"Iran's health minister said 95 people were killed in the bombings in Kerman on January 3.", "bombings in Kerman"},
		{"About 1,300 people were killed when Hamas gunmen stormed southern Israel on Saturday.", "Hamas gunmen"},
		{"A suicide bomber struck a market in Peshawar on Friday, killing at least 32 people.", "suicide bomber"},
		{"The attack at the Crocus City Hall in the Moscow area killed at least 140 people.", "attack at the Crocus City Hall"},
		{"Sunday's shooting at the Mandalay Bay in Las Vegas killed 58 people.", "Sunday's shooting at the Mandalay Bay"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := document.Document{ID: "t", Text: tt.text, Published: "2024-03-24"}
			for _, c := range extractor(t).Extract(0, &d).Claims {
				if c.Type == claim.Count {
					if c.Subject.Event != tt.want {
						t.Errorf("event %q, want %q", c.Subject.Event, tt.want)
					}
					return
				}
			}
			t.Fatal("no count read")
		})
	}
}

func TestVenues(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A bomb exploded on Istiklal Avenue on Sunday, killing six people.", []string{"name:istiklal", "name:istiklal avenue"}},
		// "Brussels" written alone is a town, not only the name an airport holds.
		{"Two bombs exploded at Brussels Airport. Police in Brussels said 11 people were killed.", []string{"name:brussels airport"}},
		{"A bomb exploded in Quetta on Monday, killing 12 people.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantKeys(t, "venues", tt.text, "2024-03-24", func(d claim.Doc) []string { return d.Venues }, tt.want)
		})
	}
}

// wantKeys reads text, published on pub, and compares the keys field
// takes from the reading with want, in order.
func wantKeys(t *testing.T, what, text, pub string, field func(claim.Doc) []string, want []string) {
	t.Helper()
	d := document.Document{ID: "t", Text: text, Published: pub}
	got := field(extractor(t).Extract(0, &d))
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s %q, want %q", what, got, want)
	}
}

// TestVictims: the people whose death the opening tells, named after
// "the death of" past a group's word for him, or as the object of a verb
// of killing; the first sentence that names one is the news, and "he" is
// no name.
func TestVictims(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Tarvik Front has confirmed the death of its leader, Abu Selim al-Marfani, in an audio message.", []string{"name:abu selim marfani"}},
		{"Kelvan troops neutralised the group's commander Omar Kadiri near Selo on Saturday. His predecessor Olan Vesk was killed in battle last year.", []string{"name:omar kadiri"}},
		{"Gunmen stormed the market in Selo on Friday. He was killed by a stray bullet.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantKeys(t, "victims", tt.text, "2023-05-01", func(d claim.Doc) []string { return d.Victims }, tt.want)
		})
	}
}

// TestOpeningDate: a day that opens the text before a comma is when it was
// written, not when the attack happened.
func TestOpeningDate(t *testing.T) {
	d := document.Document{ID: "t", Published: "2022-08-30",
		Text: "25 August 2022, Hotel siege in Mogadishu kills 21\n\nOn 19 August 2022, gunmen stormed a hotel in Mogadishu. In the end, 21 people were killed."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || x.Lede.HasWhen && x.Lede.When.Lo.String() == "2022-08-25" {
		t.Errorf("lede %v dated %v, want not 2022-08-25", x.HasLede, x.Lede.When.Lo)
	}
}

// TestTextEndingAtACue: an excerpt cut off right after "including" (as a
// page's teaser is) reads its toll and no parts, and does not crash.
func TestTextEndingAtACue(t *testing.T) {
	got := claims(t, "Gunmen stormed two hotels in the city on Wednesday, in an attack that left more than 150 dead, including", "2008-11-27")
	if strings.Join(got, " | ") != "count/killed [151, ∞)" {
		t.Errorf("got %q", got)
	}
}

// TestHeadlineAttackWord: in a headline's capitals the attack word after a
// place is no part of its name ("Dhaka Cafe Attack" is at the Dhaka Cafe).
func TestHeadlineAttackWord(t *testing.T) {
	d := document.Document{ID: "t", Published: "2015-04-03",
		Text: "Dhaka Cafe Attack: Gunmen Kill 20 Hostages\n\nGunmen killed 20 hostages at a cafe on Friday night."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:dhaka cafe") || slices.Contains(x.Lede.Places, "name:dhaka cafe attack") {
		t.Errorf("lede places %q", x.Lede.Places)
	}
}

// TestInitialsNoPlace: initials the rules do not know as a place name who
// runs the camp ("Attack on UNHCR camp") or who struck ("an SLF car-bomb
// attack"), not where.
func TestInitialsNoPlace(t *testing.T) {
	for _, text := range []string{
		"Marfa: Attack on UNHCR camp leaves at least 156 refugees dead\n\nGunmen attacked the camp on Friday night.",
		"A priest directed a devastating SLF car-bomb attack in the village of Marfa in 1972, a report found.",
	} {
		d := document.Document{ID: "t", Published: "2004-08-14", Text: text}
		x := extractor(t).Extract(0, &d)
		if !x.HasLede || !slices.Contains(x.Lede.Places, "name:marfa") || slices.Contains(x.Lede.Places, "name:unhcr") || slices.Contains(x.Lede.Places, "name:slf") {
			t.Errorf("%q: lede places %q", text, x.Lede.Places)
		}
	}
}

// TestAttackPhraseDate: a day at the end of the attack's own phrase
// ("the attack on the Tarna camp on January 9") dates it, not the day of
// another verb earlier in the sentence.
func TestAttackPhraseDate(t *testing.T) {
	d := document.Document{ID: "t", Published: "2020-01-13",
		Text: "Two generals were replaced on Monday, the government said, as the toll rose to 89 soldiers killed in the attack on the Tarna camp on January 9."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !x.Lede.HasWhen || x.Lede.When.Lo.String() != "2020-01-09" {
		t.Errorf("lede dated %v (%v), want 2020-01-09", x.Lede.When.Lo, x.Lede.HasWhen)
	}
}

// TestTellingAndOffset: where and when a figure was told is not the
// attack's place or day; an attack "24 hours later", in a relative clause,
// is dated a day on and placed by its own words.
func TestTellingAndOffset(t *testing.T) {
	d := document.Document{ID: "t", Published: "2015-01-13",
		Text: "The spokesman said during a briefing in Kirano on Monday that 150 people had been killed.\n\n" +
			"The Sulu Front claimed Sunday's attack on the town of Tarna, which killed around 50 people, and an attack on a nearby village 24 hours later, which killed around 15."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		switch c.Words {
		case "150 people had been killed":
			if slices.Contains(c.Subject.Places, "name:kirano") || c.Subject.HasWhen && c.Subject.When.Lo.String() == "2015-01-12" {
				t.Errorf("%q: placed %q, dated %v (%v): the briefing's", c.Words, c.Subject.Places, c.Subject.When.Lo, c.Subject.HasWhen)
			}
		case "killed around 15":
			if !c.Subject.HasWhen || c.Subject.When.Lo.String() != "2015-01-12" || slices.Contains(c.Subject.Places, "name:tarna") || !c.Subject.Displaced {
				t.Errorf("%q: dated %v (%v), placed %q, displaced %v; want 2015-01-12, not Tarna, displaced", c.Words, c.Subject.When.Lo, c.Subject.HasWhen, c.Subject.Places, c.Subject.Displaced)
			}
		}
	}
}

// TestAnniversary: a report on an anniversary dates the attack the years
// before, not on the day it is marked.
func TestAnniversary(t *testing.T) {
	for _, text := range []string{
		"The town marked the first anniversary of the market bombing, in which 63 people died.",
		"Sunday September 12 marked exactly one year since a bomber killed 63 people in the market bombing.",
	} {
		d := document.Document{ID: "t", Published: "2021-09-13", Text: text}
		x := extractor(t).Extract(0, &d)
		if !x.HasLede || !x.Lede.HasWhen || x.Lede.When.Lo.String() > "2020-09-12" || x.Lede.When.Hi.String() < "2020-09-12" {
			t.Errorf("%q: lede dated %v..%v (%v)", text, x.Lede.When.Lo, x.Lede.When.Hi, x.Lede.HasWhen)
		}
	}
}

// TestComparedSince: the year in "the deadliest attack since a 2009
// bombing" dates the attack compared with, so the next sentence's claim
// keeps the report's own day.
func TestComparedSince(t *testing.T) {
	for _, text := range []string{
		"Gunmen attacked the hotel on Monday, killing 30 people. It was the deadliest attack in the region since a 2009 truck bombing. The two attackers were shot dead.",
		"Gunmen attacked the hotel on Monday, killing 30 people. It was the worst attack in the capital since the overthrow of the president in 2011. The two attackers were shot dead.",
	} {
		d := document.Document{ID: "t", Published: "2016-07-05", Text: text}
		x := extractor(t).Extract(0, &d)
		found := false
		for _, c := range x.Claims {
			if c.Kind != "attackers" {
				continue
			}
			found = true
			if !c.Subject.HasWhen || c.Subject.When.Lo.String() != "2016-07-04" {
				t.Errorf("%q: attackers dated %v (%v), want Monday 2016-07-04", text, c.Subject.When.Lo, c.Subject.HasWhen)
			}
		}
		if !found {
			t.Errorf("%q: no attackers claim in %+v", text, x.Claims)
		}
	}
}

// TestWhenClauseDate: "since April 6, 2010 when 76 policemen were
// massacred" dates that toll to the day it names, however far back the
// superlative stands.
func TestWhenClauseDate(t *testing.T) {
	d := document.Document{ID: "t", Published: "2017-04-25", Text: "Rebels killed 25 policemen in Tarvik on Monday. It was the biggest strike on the security forces by rebels in the Selo region, one of the worst-hit by the insurgency, since April 6, 2010 when 76 policemen were massacred in Tarvik."}
	x := extractor(t).Extract(0, &d)
	found := false
	for _, c := range x.Claims {
		if c.Kind != "killed" || !strings.Contains(c.Words, "76") {
			continue
		}
		found = true
		if !c.Subject.HasWhen || c.Subject.When.Lo.String() != "2010-04-06" {
			t.Errorf("%q dated %v (%v), want 2010-04-06", c.Words, c.Subject.When.Lo, c.Subject.HasWhen)
		}
	}
	if !found {
		t.Errorf("no toll of 76 in %+v", x.Claims)
	}
}

// TestBlamedOnIsNoPlace: "blames attack on Basques" names whom the attack
// is blamed on, not where it was.
func TestBlamedOnIsNoPlace(t *testing.T) {
	d := document.Document{ID: "t", Published: "2004-03-11", Text: "Spain blames attack on Basques\n\nMADRID -- Ten explosions tore through trains in Madrid on Thursday, leaving at least 182 people dead."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || slices.Contains(x.Lede.Places, "name:basques") {
		t.Errorf("lede places %q", x.Lede.Places)
	}
}

// TestDatedBeforeItsPlace: "the 2004 Madrid train bombings" dates the
// bombings, though a place and a noun stand between the year and the word.
func TestDatedBeforeItsPlace(t *testing.T) {
	d := document.Document{ID: "t", Published: "2007-11-01", Text: "A court convicted 21 people for their roles in the 2004 Madrid train bombings, which killed 191 people."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Kind == "killed" && (!c.Subject.HasWhen || c.Subject.When.Lo.String() != "2004-01-01") {
			t.Errorf("toll dated %v..%v (%v), want 2004", c.Subject.When.Lo, c.Subject.When.Hi, c.Subject.HasWhen)
		}
	}
}

// TestPossessiveYear: "Kenyan forces' 2011 push" dates the push, so the
// claim in its sentence is not dated 2011.
func TestPossessiveYear(t *testing.T) {
	d := document.Document{ID: "t", Published: "2013-09-22", Text: "The militant group al-Shabab claimed responsibility and said the attack was retribution for Kenyan forces’ 2011 push into Somalia."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Type == claim.Responsibility && c.Subject.HasWhen {
			t.Errorf("claim dated %v", c.Subject.When.Text)
		}
	}
}

// TestFiledAwayFromTheAttack: a dateline places an opening that names no
// other place only until the next sentences say where the attack was.
func TestFiledAwayFromTheAttack(t *testing.T) {
	d := document.Document{ID: "t", Published: "2015-01-09", Text: "MAIDUGURI, Nigeria (AP) — Residents say dozens of bodies remain from an attack that officials call the worst this year.\nThey say insurgents on Jan. 3 drove into Kukawa firing rockets."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:kukawa") || slices.Contains(x.Lede.Places, "name:maiduguri") {
		t.Errorf("lede places %q", x.Lede.Places)
	}
}

// TestComparedSinceClause: a claim inside the "since …, when …" of a
// superlative is about the attack compared with, and takes its date.
func TestComparedSinceClause(t *testing.T) {
	d := document.Document{ID: "t", Published: "2016-07-05", Text: "Gunmen attacked the hotel on Monday. It was the deadliest attack in the region since 2009, when a truck bomb at a market killed 30 people."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Kind == "killed" && (!c.Subject.HasWhen || c.Subject.When.Lo.String() != "2009-01-01") {
			t.Errorf("the 30 killed dated %v (%v), want 2009", c.Subject.When.Lo, c.Subject.HasWhen)
		}
	}
}

// TestWordsThatAreNoPlace: a rank before a name, a verb's subject before an
// attack verb and a bare direction name no place an attack was in.
func TestWordsThatAreNoPlace(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"The group staged its deadliest attack in Iran in years, a double suicide bombing outside the tomb of Major General Qassem Soleimani. The blasts left 84 people dead.", "name:major"},
		{"Special forces stormed the prison on Sunday and killed 4 hostage-takers.", "name:special"},
		{"The group has threatened more attacks in the West, where 12 people were killed last year.", "name:west"},
	} {
		d := document.Document{ID: "t", Published: "2024-01-04", Text: tc.text}
		x := extractor(t).Extract(0, &d)
		if slices.Contains(x.Lede.Places, tc.not) {
			t.Errorf("%q: lede placed %q", tc.text, x.Lede.Places)
		}
		for _, c := range x.Claims {
			if slices.Contains(c.Subject.Places, tc.not) {
				t.Errorf("%q: placed %q", c.Words, c.Subject.Places)
			}
		}
	}
}

// TestLedeAfterAPagesAddress: a byline, a date line and a page's address
// above the dateline are furniture, and "tore through X" places the attack.
func TestLedeAfterAPagesAddress(t *testing.T) {
	d := document.Document{ID: "t", Published: "2006-04-25", Text: "30 Killed as Bombs Rock Resort\n\nBy A REPORTER\nPublished: April 25, 2006\nhttp://www.example.com/2006/04/25/world/25resort.html?ref=home\n\nTARVIK, Sulu, Tuesday, April 25 — Three blasts tore through Tarvik, a resort town on the coast, on Monday night, killing at least 30 people."}
	x := extractor(t).Extract(0, &d)
	if !x.HasLede || !slices.Contains(x.Lede.Places, "name:tarvik") || !x.Lede.HasWhen || x.Lede.When.Lo.String() != "2006-04-24" {
		t.Errorf("lede places %q, dated %v %v", x.Lede.Places, x.Lede.HasWhen, x.Lede.When.Lo)
	}
}

// TestRelativeAfterSecondDate: of two attacks dated apart in one sentence,
// a figure in a relative clause after the second is the second's, though
// no word for an attack stands beside its date ("the sinking of a ferry
// in 2004, which killed 114").
func TestRelativeAfterSecondDate(t *testing.T) {
	d := document.Document{ID: "t", Published: "2010-01-01",
		Text: "The group went on to the kidnapping of foreign divers from a resort in 2000 and the sinking of a ferry leaving Manila in 2004, which killed 114 people."}
	x := extractor(t).Extract(0, &d)
	for _, c := range x.Claims {
		if c.Type == claim.Count && c.Lo == 114 {
			if y, _, _ := c.Subject.When.Lo.YMD(); !c.Subject.HasWhen || y != 2004 {
				t.Errorf("%q dated %v (%v), want 2004", c.Words, c.Subject.When.Lo, c.Subject.HasWhen)
			}
			return
		}
	}
	t.Error("no count of 114 read")
}

// TestOpeningDates: a fact box's "Date:" row dates a page whose opening
// gives no day; a day written without its year takes the year the text
// gives those days; a dateline's "Nov 9:" is when it was filed.
func TestOpeningDates(t *testing.T) {
	for _, c := range []struct {
		pub, text, want string
	}{
		{"2024-01-01", "= Tarna massacre =\n\nThe Tarna massacre took place in the village of Tarna, where 60 people were killed.\n\nInfobox\n- Location: Tarna\n- Date: 14–15 March 2003\n- Fatalities: 60", "2003-03-14"},
		{"2021-01-01", "On the night from March 14 to 15, gunmen killed 60 people in the village of Tarna. Survivors of the Tarna massacre of March 15, 2003, still wait for a trial.", "2003-03-14"},
		{"2008-11-09", "Kirano, Nov 9: Investigators said the banned Sulu Front carried out the serial blasts in the city that killed 80 people.", ""},
		{"2019-04-05", "Late warning led to 21 Leeds pub bombing deaths\n\nAn inquest jury has concluded its work.\n\nIn all 21 people were killed in the Leeds pub bombings of 1975, the jury found.", "1975-01-01"},
		// A look back whose opening gives no day: the day a later sentence
		// gives the attack in the opening's town, not in another.
		{"2007-11-01", "Court convicts 21 over Kelvat bombings\n\nA victims' leader spoke after the verdicts.\n\nThe judges read out the sentences. Most of the accused denied the charges. Lawyers said they would appeal.\n\nRelatives wept near the Kelvat station, where the explosions tore through the trains on March 11, 2004.", "2004-03-11"},
		{"2007-11-01", "Court convicts 21 over Kelvat bombings\n\nA victims' leader spoke after the verdicts.\n\nThe judges read out the sentences. Most of the accused denied the charges. Lawyers said they would appeal.\n\nRelatives recalled the explosions that tore through trains in Dorvan on March 11, 2004.", ""},
		{"2007-11-01", "Court convicts 21 over Kelvat bombings\n\nA victims' leader spoke after the verdicts.\n\nThe judges read out the sentences. Most of the accused denied the charges. Lawyers said they would appeal.\n\nThe town had also seen a bombing near the Kelvat station on March 11, 2004.", ""},
		// The day a telling verb follows is the telling's, not the attack's.
		{"2018-07-13", "Kelvat, July 13: Seven years on, the city still mourns. The attack known as the 13/7 blasts killed 26 people.\n\nA year on after the blasts, police on January 23 2012 claimed that they had solved the case.", ""},
		// An opening that counts the years since an attack of the lede's
		// kind, told in words of no attack ("bombs ripped").
		{"2018-07-13", "Kelvat, July 13: It has been seven years since a series of bombs ripped the port city of Kelvat. The attack, known as the 13/7 blasts, killed 26 people.", "2011-05-29"},
		{"2011-07-26", "Death toll in Tarna attacks cut to 76\n\nMourners gathered in Tarna on July 25, 2011 after the attacks, police said.", ""},
		// … and still as far past a long opening paragraph as before.
		{"2024-01-01", "The Tarna massacre was a massacre in the village of Tarna. Gunmen set fire to the houses of the village. Seventy people died.\n\nDetails\n\nOn October 18, 1998, gunmen attacked the village of Tarna.", "1998-10-18"},
		// A day written between "the" and the attack's word dates it,
		// beside another span ("last week") that dates something else.
		{"2016-07-04", "TARVIK, July 4 — The grenade attack at the Selo bar at a Tarvik mall is the first attack in Kelvia linked to the Sulu Front, police confirmed today. Two suspects were arrested last week and police are searching for two more suspects believed to be involved in the June 28 attack.", "2016-06-28"},
		// So does a day's possessive before it.
		{"2020-03-08", "Gunmen stormed a hotel in Tarvik, killing 20 people, officials said. No group has claimed Friday's attack on the hotel.", "2020-03-06"},
		// The look back's year may come in the opening's own paragraph,
		// in the sentence after the one that names the attack.
		{"2021-05-01", "Olan Vesk took five minutes to carry out his stabbing attack at Selo Hall in Tarvik, killing two people. Details of how Vesk planned the 2019 attack in Tarvik emerged at the inquest.", "2019-01-01"},
		{"2023-01-01", "The market bombing kills 21 in Tarna.\n\nThe market bombing was a terrorist attack on the old covered market in the resort town of Tarna, near the harbour and the fort, on April 11, 2002.", "2002-04-11"},
	} {
		d := document.Document{ID: "t", Published: c.pub, Text: c.text}
		x := extractor(t).Extract(0, &d)
		if c.want == "" {
			if x.Lede.HasWhen {
				t.Errorf("%q: lede dated %v, the day it was filed", c.text[:30], x.Lede.When.Lo)
			}
			continue
		}
		if !x.HasLede || !x.Lede.HasWhen || x.Lede.When.Lo.String() != c.want {
			t.Errorf("%q: lede dated %v (%v), want %s", c.text[:30], x.Lede.When.Lo, x.Lede.HasWhen, c.want)
		}
	}
}

// TestHamletPlace: "the hamlet of X" places an attack as "the village of
// X" does.
func TestHamletPlace(t *testing.T) {
	d := document.Document{ID: "t", Published: "2017-09-15", Text: "On the night of March 14, 2003, gunmen attacked the hamlet of Tarna and killed 60 people."}
	x := extractor(t).Extract(0, &d)
	if !slices.Contains(x.Lede.Places, "name:tarna") {
		t.Errorf("lede places %v, want name:tarna", x.Lede.Places)
	}
}

// TestPubVenue: a pub is a venue, not a town the attack was in.
func TestPubVenue(t *testing.T) {
	d := document.Document{ID: "t", Published: "2018-01-01", Text: "In 1975 two bombs exploded at the Golden Anchor pub in Leeds, and 21 people were killed."}
	x := extractor(t).Extract(0, &d)
	if slices.Contains(x.Lede.Places, "name:golden anchor") || !slices.Contains(x.Lede.Places, "name:leeds") {
		t.Errorf("lede places %v, want Leeds and not the pub", x.Lede.Places)
	}
}

// TestYearFromText: a headline's "14 March" is the text's "March 14,
// 2003"; "On March 9" in a look back at a March of 2003 in the same town
// is March 9, 2003, not the March before the report.
func TestYearFromText(t *testing.T) {
	d := document.Document{ID: "t", Published: "2012-01-01", Title: "On this day, 14 March: Bombing at Tarna market",
		Text: "In the early hours of March 14, 2003, a bomb explosion destroyed the market at Tarna in Kirano. On March 9, an explosion in Tarna killed 40 people and, on March 20, a similar attack took place in Sulu."}
	x := extractor(t).Extract(0, &d)
	if !x.Lede.HasWhen || x.Lede.When.Lo.String() != "2003-03-14" {
		t.Errorf("lede dated %v (%v), want 2003-03-14", x.Lede.When.Lo, x.Lede.HasWhen)
	}
	for _, c := range x.Claims {
		if c.Type == claim.Count && c.Lo == 40 && (!c.Subject.HasWhen || c.Subject.When.Lo.String() != "2003-03-09") {
			t.Errorf("%q dated %v (%v), want 2003-03-09", c.Words, c.Subject.When.Lo, c.Subject.HasWhen)
		}
	}
}

// TestComparedAttack: a headline that names another attack only to say
// what this one was like does not make that attack the report's own.
func TestComparedAttack(t *testing.T) {
	d := document.Document{ID: "t", Published: "2016-01-15", Title: "Tarna violence 'had echo of Kirano attacks'", Text: "Tarna violence 'had echo of Kirano attacks'\n\nGunmen and suicide bombers struck a market in Tarna on Thursday, killing seven people, police said."}
	x := extractor(t).Extract(0, &d)
	if slices.Contains(x.Lede.Places, "name:kirano") || !slices.Contains(x.Lede.Places, "name:tarna") {
		t.Errorf("lede places %v, want Tarna, not Kirano", x.Lede.Places)
	}
}

// TestOpeningClause: what a new subject does after ", and" in the opening
// is another event: its kind and place are not the opening attack's.
func TestOpeningClause(t *testing.T) {
	d := document.Document{ID: "t", Published: "2017-05-27", Text: "Masked gunmen ambushed a bus in Tarna on Friday, killing at least 28 people, and the army responded by launching airstrikes on camps in Kordestan."}
	x := extractor(t).Extract(0, &d)
	if slices.Contains(x.Lede.Places, "name:kordestan") || slices.Contains(x.Lede.Kinds, "air strike") || !slices.Contains(x.Lede.Places, "name:tarna") {
		t.Errorf("lede places %v kinds %v, want Tarna and no air strike in Kordestan", x.Lede.Places, x.Lede.Kinds)
	}
}

// TestEventDays: a sentence that tells its attack's day gives a claim of
// it, even when it counts nothing; a telling's day, a death in hospital,
// and a caption's picture do not.
func TestEventDays(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The pupils were seized by gunmen from their school last Tuesday.", "date/event-date 2014-04-29..2014-04-29 day"},
		{"On Sunday, gunmen stormed the village.", "date/event-date 2014-05-04..2014-05-04 day"},
		{"Friday's bombing shook the market.", "date/event-date 2014-05-02..2014-05-02 day"},
		{"The chief of the hospitals said on Saturday that the attack was planned.", ""},
		{"The latest victim was a student who died of burns in hospital on Tuesday.", ""},
		{"Ruins stand in the village, which was raided on Monday, in this still image filmed on May 5, 2014.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := claimsWith(t, tt.text, "2014-05-06", func(c string) bool { return strings.HasPrefix(c, "date/event-date") })
			if got != tt.want {
				t.Errorf("\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

// TestToldPastClaimedBy: "bombings claimed by X in Tarvik on Monday" gives
// the bombings' day: the participle and its agent qualify the attack's
// word, they are no accusation with a day of its own.
func TestToldPastClaimedBy(t *testing.T) {
	d := document.Document{ID: "t", Published: "2016-06-28",
		Text: "At least 48 soldiers were killed in suicide bombings claimed by the Sulu Front in the port city of Tarvik on Monday."}
	n := 0
	for _, c := range extractor(t).Extract(0, &d).Claims {
		if c.Type == claim.Count {
			n++
			if !c.Subject.HasWhen || !c.Subject.Told || c.Subject.When.Lo.String() != "2016-06-27" {
				t.Errorf("%q: dated %v (%v), told %v; want 2016-06-27, told", c.Words, c.Subject.When.Lo, c.Subject.HasWhen, c.Subject.Told)
			}
		}
	}
	if n == 0 {
		t.Error("no count read")
	}
}

// TestTimelineDay: a line that opens with a day and a colon dates the
// attack it heads, and a bare weekday after it, on that weekday, is that
// day, not the one before the report came out (past a byline's day).
func TestTimelineDay(t *testing.T) {
	d := document.Document{ID: "t", Published: "2011-04-11",
		Text: "On this day: the Selo synagogue bombing\n\nApril 11 2002: Attack in Kelvia\n\nBy A. Writer, April 11, 2011\n\n" +
			"It was a Thursday afternoon when a bomber drove a truck into the wall of the synagogue in Selo, killing 21."}
	var day, count bool
	for _, c := range extractor(t).Extract(0, &d).Claims {
		switch {
		case c.Kind == claim.EventDay && c.Date.Lo.String() == "2002-04-11":
			day = true
		case c.Type == claim.Count && c.Kind == "killed":
			count = true
			if c.Subject.When.Lo.String() != "2002-04-11" {
				t.Errorf("%q dated %v (%q), want 2002-04-11", c.Words, c.Subject.When.Lo, c.Subject.When.Text)
			}
		}
	}
	if !day || !count {
		t.Errorf("event day read %v, count read %v; want both", day, count)
	}
}

// TestRelatedPlaces: the places a text names one inside the other.
func TestRelatedPlaces(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       [][2]string
	}{
		// A venue's name is no man's, and a venue placed "in south" a town
		// lies in it.
		{"venue in town", "The first blast went off at Kelvar Bazaar in south Tarvosh, a crowded part of the city.",
			[][2]string{{"name:kelvar bazaar", "name:tarvosh"}}},
		// No preposition need stand before the name: "Tarvik, in Kelvar".
		{"name then where it lies", "Residents of Tarvik, in Kelvar, mourned the victims of the stabbing.",
			[][2]string{{"name:tarvik", "name:kelvar"}}},
		// Each name of a chain lies inside the next and all that follow,
		// though a two-word name might be a man's.
		{"chain", "The first bomb went off in the Tarvo bazaar area of Olan Bagh in Central Kelvar shortly after six.",
			[][2]string{{"name:tarvo", "name:olan bagh"}, {"name:tarvo", "name:kelvar"}, {"name:olan bagh", "name:kelvar"}}},
		// A word of description before the province leaves the town in it.
		{"troubled province", "A suicide bomber struck an election rally in Tarvik area in the troubled Selo province on Friday.",
			[][2]string{{"name:tarvik", "name:selo"}}},
		{"venue and its kind", "On 9 May 2017, two bombs exploded at a Selo Mart supermarket in Tarvik, Kelvar. 56 people were injured.",
			[][2]string{{"name:selo mart", "name:tarvik"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := document.Document{ID: "t", Published: "2024-01-01", Text: tt.text}
			x := extractor(t).Extract(0, &d)
			for _, want := range tt.want {
				if !slices.Contains(x.Related, want) {
					t.Errorf("related places %v, want %v", x.Related, want)
				}
			}
		})
	}
}

// TestTrailingParticiple: "the attack was deadlier, killing 600" tells
// what the attack named before did; the participle names no attack of its
// own, so the figure keeps the earlier sentence's place.
func TestTrailingParticiple(t *testing.T) {
	d := document.Document{ID: "t", Published: "2022-05-05",
		Text: "The bombing of the drama theater in Tarvik on March 16 stands out as the deadliest attack on civilians. " +
			"An investigation has found that the attack was far deadlier than estimated, killing closer to 600 people."}
	for _, c := range extractor(t).Extract(0, &d).Claims {
		if c.Kind == "killed" && !slices.Contains(c.Subject.Places, "name:tarvik") {
			t.Errorf("%q: placed %q, want Tarvik", c.Words, c.Subject.Places)
		}
	}
}
