package bench

import (
	"math/rand/v2"
	"strings"
)

// Word stock for invented names. Places are built from syllables so that a
// large corpus still has thousands of distinct towns; people from first and
// family names of many origins, as wire copy about many countries has.
var (
	placeOnsets = []string{"Kar", "Vel", "Os", "Tam", "Bel", "Dor", "Zar", "Mir", "Nov", "Ash",
		"Gal", "Hel", "Ist", "Kor", "Lun", "Mar", "Nar", "Pol", "Qar", "Ros", "Sal", "Tir", "Ul",
		"Var", "Yel", "Zem", "Ber", "Cal", "Dal", "Fen", "Gor", "Har", "Jal", "Kem", "Lor", "Mos",
		"Nes", "Ors", "Pav", "Sor", "Tash", "Ev", "Brod", "Khal", "Sev"}
	placeMiddles = []string{"a", "e", "i", "o", "u", "an", "en", "ir", "ol", "um", "ar", ""}
	placeEnds    = []string{"grad", "abad", "pur", "ovo", "ville", "ton", "sk", "ara", "ek", "bad",
		"ino", "kent", "opol", "dor", "mir", "haven", "burg", "iya", "shehr", "kala", "port",
		"field", "av", "esh"}
	countryEnds = []string{"ia", "istan", "land", "ania", "ova", "eria", "onia"}

	firstNames = []string{"Amara", "Omar", "Leila", "Dmitri", "Farid", "Nadia", "Tomas", "Yusuf",
		"Selin", "Karim", "Ingrid", "Rustam", "Aisha", "Pavel", "Mehmet", "Elena", "Tariq",
		"Hana", "Bogdan", "Zainab", "Marco", "Soraya", "Anton", "Layla", "Jamal", "Irina",
		"Kofi", "Mariam", "Viktor", "Noor", "Hassan", "Greta", "Arman", "Fatima", "Lukas",
		"Samira", "Emre", "Olga", "Bilal", "Chiara", "Nikolai", "Rania", "Daniel", "Yasmin",
		"Sergei", "Amina", "Javier", "Dilnoza", "Oskar", "Salma", "Ibrahim", "Katya", "Rahim",
		"Mona", "Stefan", "Nasrin", "Idris", "Lena", "Khalid", "Zara", "Anwar", "Petra",
		"Sami", "Gulnara", "Walid", "Maya", "Ravi", "Ines", "Timur", "Dalia", "Hamid", "Sofia",
		"Ayman", "Vera", "Nabil", "Elif", "Jonas", "Shirin", "Malik", "Agnes"}
	lastNames = []string{"Haddad", "Petrov", "Okafor", "Demir", "Karimov", "Lindqvist",
		"Rahmani", "Novak", "Saleh", "Morozov", "Aziz", "Kowalski", "Nasser", "Ivanova",
		"Yilmaz", "Mansour", "Horvat", "Qureshi", "Bakirov", "Farouk", "Sorensen", "Hamdan",
		"Volkov", "Osei", "Kaplan", "Rashidov", "Mendez", "Sultani", "Kuznetsov", "Darwish",
		"Popescu", "Yusupov", "Barzani", "Nieminen", "Khoury", "Aliyev", "Marchetti", "Jaber",
		"Tkachenko", "Abdi", "Hussaini", "Lazar", "Tanaka", "Sadiq", "Berg", "Tahir", "Orlov",
		"Mbeki", "Kassem", "Rostami", "Vasquez", "Nurmatov", "Halabi", "Stoica", "Ghani",
		"Andersen", "Zaki", "Sharipov", "Oyelaran", "Said", "Dragan", "Mirzaei", "Costa",
		"Hakimi", "Balogun", "Ismailov", "Fischer", "Amini", "Rezaei", "Toure", "Kadyrov",
		"Wahid", "Molina", "Ebrahimi", "Suleimanov", "Lungu", "Awad", "Brandt", "Hosseini"}

	groupAdjs  = []string{"Red", "Black", "Free", "United", "Popular", "Revolutionary", "Holy", "Martyrs'", "Green", "Iron", "Sacred", "People's", "Patriotic", "Islamic"}
	groupNouns = []string{"Dawn", "Banner", "Crescent", "Sword", "Flame", "Hand", "Path", "Star", "Mountain", "River", "Shield", "Falcon", "Storm", "Victory", "Resistance"}
	groupHeads = []string{"Front", "Brigades", "Movement", "Army", "Party", "Network", "Faction", "Militia", "Brigade"}

	// realGroups are actors of the built-in rules, so the corpus also
	// exercises alias matching and actor hierarchies.
	realGroups = []string{"the Islamic State group", "ISIS-K", "al-Qaeda", "the Pakistani Taliban", "the PKK", "Hezbollah", "Hamas", "Islamic Jihad"}

	eventKinds  = []string{"bombing", "suicide bombing", "car bombing", "shooting", "attack", "ambush", "assault", "explosion", "blast", "stabbing", "siege"}
	venueForms  = []string{"the %s Central Market", "the %s Concert Hall", "the Grand Mosque of %s", "St. %s's Cathedral", "the %s bus station", "the %s Hotel", "a police checkpoint outside %s", "the %s international airport", "%s Square", "the %s University campus", "a wedding hall in the %s district", "the %s shopping mall", "a military base near %s", "the %s railway station", "the %s Stadium", "a crowded cafe in the %s quarter", "the %s police academy", "a Shiite shrine in %s"}
	teamEnds    = []string{"United", "City", "Rovers", "Athletic", "FC", "Sporting", "Dynamo", "Wanderers"}
	outletForms = []string{"The %s Herald", "%s Daily", "The %s Times", "%s Observer", "%s News Agency", "The %s Post", "%s Today", "The %s Tribune", "%s Wire", "Radio %s"}
	institutes  = []string{"Institute for Conflict Studies", "Centre for Security Policy", "Global Risk Forum", "Council on Regional Affairs", "Foundation for Strategic Research", "Peace Research Institute", "Counter-Extremism Monitor"}
)

// namer makes distinct invented names from a random source.
type namer struct {
	r    *rand.Rand
	used map[string]bool
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// distinct calls mk until it returns a name not handed out before; after
// many tries it accepts a repeat rather than loop forever.
func (nm *namer) distinct(mk func() string) string {
	s := mk()
	for i := 0; i < 50 && nm.used[s]; i++ {
		s = mk()
	}
	nm.used[s] = true
	return s
}

func (nm *namer) place() string {
	return nm.distinct(func() string {
		s := pick(nm.r, placeOnsets) + pick(nm.r, placeMiddles) + pick(nm.r, placeEnds)
		switch nm.r.IntN(12) {
		case 0:
			return "New " + s
		case 1:
			return "Port " + s
		}
		return s
	})
}

func (nm *namer) country() string {
	return nm.distinct(func() string {
		return pick(nm.r, placeOnsets) + pick(nm.r, []string{"a", "e", "o", "u", "an", "er"}) + pick(nm.r, countryEnds)
	})
}

func (nm *namer) person() string {
	return nm.distinct(func() string {
		return pick(nm.r, firstNames) + " " + pick(nm.r, lastNames)
	})
}

// group invents an armed group; the head noun (Front, Army, …) is what lets
// the engine take an unknown name as one that can be held responsible.
func (nm *namer) group(places []string) string {
	return nm.distinct(func() string {
		switch nm.r.IntN(5) {
		case 0:
			return pick(nm.r, places) + " Liberation " + pick(nm.r, []string{"Front", "Army", "Movement"})
		case 1:
			return pick(nm.r, groupNouns) + " of " + pick(nm.r, places) + " " + pick(nm.r, []string{"Brigades", "Network", "Movement"})
		}
		return pick(nm.r, groupAdjs) + " " + pick(nm.r, groupNouns) + " " + pick(nm.r, groupHeads)
	})
}

// venue places an attack: a market, a hall, a checkpoint, named after a
// district or a person.
func (nm *namer) venue(district string) string {
	f := pick(nm.r, venueForms)
	name := district
	if strings.HasPrefix(f, "St. ") {
		name = pick(nm.r, []string{"George", "Mark", "Anne", "Michael", "Peter", "Thomas", "Gregory", "Elias"})
	} else if nm.r.IntN(3) == 0 && !strings.Contains(f, "district") && !strings.Contains(f, "quarter") {
		name = pick(nm.r, lastNames)
	}
	return strings.Replace(f, "%s", name, 1)
}

func (nm *namer) outlet(places []string) string {
	return nm.distinct(func() string {
		return strings.Replace(pick(nm.r, outletForms), "%s", pick(nm.r, places), 1)
	})
}

func (nm *namer) team(places []string) string {
	return pick(nm.r, places) + " " + pick(nm.r, teamEnds)
}
