package bench

import (
	"strconv"
	"strings"
	"time"
)

var smallWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// thousands writes n as news does: 1,250.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// count writes a count, spelling out small ones half the time as style
// guides ask.
func (wr *writer) count(n int) string {
	if n > 0 && n < 10 && wr.r.IntN(2) == 0 {
		return smallWords[n]
	}
	return thousands(n)
}

// article puts "a" or "an" before a noun phrase.
func article(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// expand fills a template's slots.
func (wr *writer) expand(tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}') + i
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : j]
		if key[0] >= 'A' && key[0] <= 'Z' {
			b.WriteString(capitalize(wr.slot(string(key[0]-'A'+'a') + key[1:])))
		} else {
			b.WriteString(wr.slot(key))
		}
		tmpl = tmpl[j+1:]
	}
	return b.String()
}

// slot fills one slot. Event facts come from the document's view of them
// (its own, possibly differing, figures); the rest is drawn fresh.
func (wr *writer) slot(key string) string {
	e, r := wr.e, wr.r
	switch key {
	case "kind":
		return e.kind
	case "akind":
		return article(e.kind)
	case "venue":
		return e.venue
	case "place":
		return e.place
	case "country":
		return e.country
	case "region":
		return e.region
	case "when":
		return wr.when(e.day)
	case "pubday":
		return wr.pub.Weekday().String()
	case "k", "kx":
		if wr.kVague {
			v := pick(r, []string{"dozens", "scores"})
			if key == "k" {
				v += " of"
			}
			return v
		}
		if wr.kAtLeast {
			return "at least " + wr.count(wr.k)
		}
		return wr.count(wr.k)
	case "kn":
		return thousands(wr.k)
	case "kp1":
		return wr.count(wr.kp1)
	case "kp2":
		return wr.count(wr.kp2)
	case "inj":
		return thousands(wr.inj)
	case "crit":
		return wr.count(1 + wr.inj/10)
	case "cas":
		return thousands(wr.k + wr.inj)
	case "det", "detx":
		return wr.count(wr.det)
	case "detn":
		return thousands(wr.det)
	case "dp":
		return wr.count(1 + wr.det/5)
	case "claimer":
		return e.claimer.ref()
	case "blamed":
		return e.blamed.ref()
	case "target":
		return pick(r, []string{"security forces", "a gathering of officials", "foreign visitors", "members of the army", "followers of the government"})
	case "grp":
		return wr.grp.ref()
	case "grp2":
		return pick(r, wr.w.groups).ref()
	case "founder":
		return wr.grp.founder
	case "leader":
		return wr.grp.leader
	case "fyear":
		return strconv.Itoa(wr.fyear)
	case "fmonth":
		return wr.grp.founded.Month().String()
	case "kwhen":
		return wr.kwhen
	case "lo":
		return thousands(wr.lo)
	case "hi":
		return thousands(wr.hi)
	case "sz":
		return thousands((wr.lo + wr.hi) / 2)
	}
	if v, ok := wr.pastSlot(key); ok {
		wr.pastUsed = true
		return v
	}
	return wr.freshSlot(key)
}

// pastSlot fills the slots about an earlier event a paragraph recalls.
func (wr *writer) pastSlot(key string) (string, bool) {
	p, r := wr.past, wr.r
	switch key {
	case "pwhen":
		return p.day.Month().String() + " " + strconv.Itoa(p.day.Year()), true
	case "pkind":
		return p.kind, true
	case "apkind":
		return article(p.kind), true
	case "pvenue":
		return p.venue, true
	case "pplace":
		return p.place, true
	case "pk", "pkx":
		if r.IntN(4) == 0 { // an older toll is mostly quoted as it stood
			n, _ := wr.view(p.killed, false)
			return thousands(n), true
		}
		return thousands(p.killed), true
	case "pinj":
		return thousands(p.injured + r.IntN(2)*r.IntN(5)), true
	case "pdet":
		return wr.count(p.detained), true
	case "pclaimer":
		return p.claimer.ref(), true
	}
	return "", false
}

// freshSlot fills slots that belong to no event.
func (wr *writer) freshSlot(key string) string {
	r, w := wr.r, wr.w
	switch key {
	case "person", "researcher":
		return pick(r, firstNames) + " " + pick(r, lastNames)
	case "official":
		return pick(r, []string{"Interior Minister ", "President ", "Prime Minister ", "Police chief ", "Governor ", "Defense Minister "}) + pick(r, firstNames) + " " + pick(r, lastNames)
	case "institute":
		return pick(r, institutes)
	case "ministry":
		return pick(r, []string{"health ministry", "interior ministry", "Ministry of Health", "civil defense agency", "provincial governor's office"})
	case "agency":
		return pick(r, []string{"State Security Service", "national police", "counterterrorism directorate", "Interior Ministry", "intelligence service"})
	case "hospital":
		return pick(r, []string{"city's main hospital", "military hospital", "Central Clinical Hospital", "Red Crescent field hospital"})
	case "outlet":
		return pick(r, w.outlets)
	case "party":
		return pick(r, w.parties)
	case "company":
		return pick(r, w.companies)
	case "country2":
		return pick(r, w.countries)
	case "place2", "place3":
		return pick(r, w.places)
	case "team", "team2":
		return pick(r, w.teams)
	case "seats":
		return strconv.Itoa(40 + r.IntN(120))
	case "totalseats":
		return strconv.Itoa(200 + r.IntN(400))
	case "year":
		return strconv.Itoa(2010 + r.IntN(15))
	case "month":
		return time.Month(1 + r.IntN(12)).String()
	case "pct":
		return strconv.Itoa(2+r.IntN(30)) + "." + strconv.Itoa(r.IntN(10))
	case "smallpct":
		return "0." + strconv.Itoa(1+r.IntN(9))
	case "jobs":
		return thousands(100 + r.IntN(4000))
	case "score":
		won := 1 + r.IntN(4)
		return strconv.Itoa(won) + "-" + strconv.Itoa(r.IntN(won))
	case "lead":
		return strconv.Itoa(2 + r.IntN(8))
	case "hours":
		return strconv.Itoa(2 + r.IntN(40))
	case "temp":
		return strconv.Itoa(18 + r.IntN(25))
	case "age":
		return strconv.Itoa(19 + r.IntN(60))
	}
	panic("bench: unknown template slot {" + key + "}")
}

// when words an event date as a report published on wr.pub would:
// "on Friday" within the week, "on March 22" within weeks, "in March
// 2019" for a retrospective piece.
func (wr *writer) when(day time.Time) string {
	r := wr.r
	delta := int(wr.pub.Sub(day).Hours() / 24)
	md := day.Month().String() + " " + strconv.Itoa(day.Day())
	switch {
	case delta >= 1 && delta <= 6 && r.IntN(2) == 0:
		return "on " + day.Weekday().String()
	case delta <= 45:
		switch r.IntN(4) {
		case 0:
			return "on " + strconv.Itoa(day.Day()) + " " + day.Month().String()
		case 1:
			return "on " + md + ", " + strconv.Itoa(day.Year())
		}
		return "on " + md
	}
	if r.IntN(2) == 0 {
		return "on " + md + ", " + strconv.Itoa(day.Year())
	}
	return "in " + day.Month().String() + " " + strconv.Itoa(day.Year())
}
