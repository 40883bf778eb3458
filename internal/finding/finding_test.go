package finding

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/when"
)

func date(lo, hi string, p when.Precision) when.Date {
	l, _ := when.ParseDay(lo)
	h, _ := when.ParseDay(hi)
	return when.Date{Lo: l, Hi: h, Precision: p}
}

func TestOverlapAtCommonPrecision(t *testing.T) {
	tests := []struct {
		name string
		a, b when.Date
		want bool
	}{
		{"Aug. 7 and in August", date("2020-08-07", "2020-08-07", when.PrecDay), date("2020-08-01", "2020-08-31", when.PrecMonth), true},
		{"2014 and 2015", date("2014-01-01", "2014-12-31", when.PrecYear), date("2015-01-01", "2015-12-31", when.PrecYear), false},
		{"last year (2019) and 2017", date("2019-01-01", "2019-12-31", when.PrecYear), date("2017-01-01", "2017-12-31", when.PrecYear), false},
		{"January 3 and In January", date("2024-01-03", "2024-01-03", when.PrecDay), date("2024-01-01", "2024-01-31", when.PrecMonth), true},
		{"March 22 and Friday (March 22)", date("2024-03-22", "2024-03-22", when.PrecDay), date("2024-03-22", "2024-03-22", when.PrecDay), true},
		{"April 6 and April 12", date("2017-04-06", "2017-04-06", when.PrecDay), date("2017-04-12", "2017-04-12", when.PrecDay), false},
		{"December and 2023", date("2023-12-01", "2023-12-31", when.PrecMonth), date("2023-01-01", "2023-12-31", when.PrecYear), true},
		{"the 1990s and 1995", date("1990-01-01", "1999-12-31", when.PrecDecade), date("1995-01-01", "1995-12-31", when.PrecYear), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := overlapAt(tt.a, tt.b); got != tt.want {
				t.Errorf("overlapAt = %v, want %v", got, tt.want)
			}
			if got := overlapAt(tt.b, tt.a); got != tt.want {
				t.Errorf("overlapAt reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCountsOverlap(t *testing.T) {
	c := func(lo, hi int64) *claim.Claim { return &claim.Claim{Lo: lo, Hi: hi} }
	open := int64(quantity.Unbounded)
	tests := []struct {
		name string
		a, b *claim.Claim
		tol  float64
		want bool
	}{
		{"47 and 51", c(47, 47), c(51, 51), 0, false},
		{"at least 140 and about 140", c(140, open), c(126, 154), 0, true},
		{"4,000-6,000 and 1,000-3,000", c(4000, 6000), c(1000, 3000), 0, false},
		{"137 and 140 with 5% tolerance", c(137, 137), c(140, 140), 0.05, true},
		{"137 and 145 with 2% tolerance", c(137, 137), c(145, 145), 0.02, false},
		{"almost 400 and 103+281..", c(360, 399), c(384, open), 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countsOverlap(tt.a, tt.b, tt.tol); got != tt.want {
				t.Errorf("countsOverlap = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRepresentatives(t *testing.T) {
	rep := representatives([]string{"name:hamza laden", "name:osama laden", "name:laden", "name:hamza", "name:masri", "name:abu muhammad masri", "actor:iskp"})
	tests := []struct{ key, want string }{
		{"name:hamza", "name:hamza laden"},
		{"name:masri", "name:abu muhammad masri"},
		{"name:laden", "name:laden"}, // Hamza or Osama: left alone
		{"name:osama laden", "name:osama laden"},
		{"actor:iskp", "actor:iskp"},
	}
	for _, tt := range tests {
		if got := rep[tt.key]; got != tt.want {
			t.Errorf("representative of %q = %q, want %q", tt.key, got, tt.want)
		}
	}
	if sameEntity("name:hamza laden", "name:osama laden") || !sameEntity("name:hamza", "name:hamza laden") || sameEntity("", "") {
		t.Error("sameEntity")
	}
}

func TestCountText(t *testing.T) {
	for _, tt := range []struct {
		lo, hi int64
		want   string
	}{{47, 47, "47"}, {4000, 6000, "4,000–6,000"}, {140, quantity.Unbounded, "140+"}, {1234567, 1234567, "1,234,567"}} {
		if got := countText(tt.lo, tt.hi); got != tt.want {
			t.Errorf("countText(%d, %d) = %q, want %q", tt.lo, tt.hi, got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	got := render("{outlet_a} says {a}; {outlet_b} says {b} {unknown}", map[string]string{"outlet_a": "A", "a": "47", "outlet_b": "B", "b": "51"})
	if want := "A says 47; B says 51 {unknown}"; got != want {
		t.Errorf("render = %q, want %q", got, want)
	}
}

// TestInitialsOf: an acronym names the group whose words it takes the
// initials of, leaving out the particles of transliterated names.
func TestInitialsOf(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"jmb", "Jamaatul Mujahideen Bangladesh", true},
		{"JMB", "Jamaat-ul-Mujahideen Bangladesh", true},
		{"let", "Lashkar-e-Taiba", true},
		{"aqim", "al-Qaeda in the Islamic Maghreb", false}, // Qaeda, Islamic, Maghreb: "qim"
		{"pkk", "Kurdistan Workers' Party", false},
		{"jmb", "Jamaat Mujahideen", false},
		{"j", "Jamaat", false},
	} {
		if got := initialsOf(c.short, c.long); got != c.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestOfWhere: a group's name with where it is from after "of" is the
// group; another word after the name is not.
func TestOfWhere(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"Kelvar Islamic Group", "Kelvar Islamic Group of Tarvosh", true},
		{"Sulu Front", "sulu front of the north", true},
		{"Sulu Front", "Sulu Front for the Liberation of Marfa and Selo", false},
		{"Sulu Front", "Sulu Front", false},
		{"", "of Tarvosh", false},
	} {
		if got := ofWhere(c.short, c.long); got != c.want {
			t.Errorf("ofWhere(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestRepresentativesNested: a name inside two longer names, one inside
// the other, is the longest ("al-Shishani", "Omar al-Shishani", "Abu Omar
// al-Shishani"); an acronym is the name whose initials it is.
func TestRepresentativesNested(t *testing.T) {
	rep := representatives([]string{"name:shishani", "name:omar shishani", "name:abu omar shishani", "name:asg", "name:abu sayyaf", "name:kadir", "name:kadir shah", "name:kadir khan"})
	tests := []struct{ key, want string }{
		{"name:shishani", "name:abu omar shishani"},
		{"name:omar shishani", "name:abu omar shishani"},
		{"name:asg", "name:abu sayyaf"},
		{"name:kadir", "name:kadir"}, // Shah or Khan: left alone
	}
	for _, tt := range tests {
		if got := rep[tt.key]; got != tt.want {
			t.Errorf("representative of %q = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestRepresentativesCompoundGivenName: "Jean Tarvik" is "Jean-Marc
// Tarvik" shortened, and "Tarvik" is both; "Ahmad Massoud" is not "Ahmad
// Shah Massoud" (a son is named after his father).
func TestRepresentativesCompoundGivenName(t *testing.T) {
	rep := representatives([]string{"name:tarvik", "name:jean tarvik", "name:jean-marc tarvik", "name:ahmad massoud", "name:ahmad shah massoud"})
	tests := []struct{ key, want string }{
		{"name:tarvik", "name:jean-marc tarvik"},
		{"name:jean tarvik", "name:jean-marc tarvik"},
		{"name:ahmad massoud", "name:ahmad massoud"},
	}
	for _, tt := range tests {
		if got := rep[tt.key]; got != tt.want {
			t.Errorf("representative of %q = %q, want %q", tt.key, got, tt.want)
		}
	}
	if sameEntity("name:jean tarvik", "name:marc-jean tarvik") {
		t.Error("a compound name shortened keeps its first part only")
	}
}

// TestInitialsWithin: a name with a run of its words written by their
// initials is the same name.
func TestInitialsWithin(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"ira", "provisional irish republican army", true},
		{"provisional ira", "provisional irish republican army", true},
		{"real ira", "provisional irish republican army", false},
		{"is", "islamic state", false}, // two letters: initialsOf's case
		{"ndfb", "national democratic front of bodoland", true},
		{"ulfa", "national democratic front of bodoland", false},
	} {
		if got := initialsWithin(c.short, c.long); got != c.want {
			t.Errorf("initialsWithin(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestInitialsOfOneGroup: initials whose names are one group ("Abu
// Sayyaf" inside "Abu Sayyaf Group") stand for that group.
func TestInitialsOfOneGroup(t *testing.T) {
	rep := representatives([]string{"name:asg", "name:abu sayyaf", "name:abu sayyaf group"})
	if got := rep["name:asg"]; got != "name:abu sayyaf group" {
		t.Errorf("representative of asg = %q, want name:abu sayyaf group", got)
	}
}

// TestTranslatedNames: one group's name in two languages' word orders is
// one actor; names that share words but not all are not.
func TestTranslatedNames(t *testing.T) {
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"national liberation forces", "forces nationales de liberation", true},
		{"national liberation army", "national liberation front", false},
		{"popular front", "front populaire", false}, // two words: too few to tell
		{"islamic state", "state islamic", false},
	} {
		if got := translated(c.x, c.y); got != c.want {
			t.Errorf("translated(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestCodeFor: a code of letters and a number stands for a name with that
// number whose words open with the letters.
func TestCodeFor(t *testing.T) {
	for _, c := range []struct {
		code, name string
		want       bool
	}{
		{"m-19", "april 19 movement", true},
		{"m23", "march 23 movement", true},
		{"m23", "march 24 movement", false},
		{"n17", "april 17 movement", false},
		{"g7", "group", false},
	} {
		if got := codeFor(c.code, strings.Fields(c.name)); got != c.want {
			t.Errorf("codeFor(%q, %q) = %v, want %v", c.code, c.name, got, c.want)
		}
	}
}

// TestEventDateSides: a report at night may join a side a day off, but a
// side keeps only the days every report on it allows, so a night's day
// does not join two plain days that differ.
func TestEventDateSides(t *testing.T) {
	day := func(s string, night bool) *claim.Claim {
		c := &claim.Claim{Date: date(s, s, when.PrecDay)}
		c.Subject.Night = night
		return c
	}
	s := newSide(day("1999-09-09", true)) // "late on Thursday"
	if !s.fits(day("1999-09-08", false)) {
		t.Fatal("a plain Wednesday does not fit late on Thursday")
	}
	s.add(day("1999-09-08", false))
	if s.fits(day("1999-09-10", false)) {
		t.Error("a plain Friday fits a side with a plain Wednesday")
	}
	if s.fits(day("1999-09-09", false)) {
		t.Error("a plain Thursday fits a side with a plain Wednesday")
	}
	if !s.fits(day("1999-09-09", true)) {
		t.Error("late on Thursday does not fit a side of Wednesday and late on Thursday")
	}
}
