package when

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Lexicon is the wording the matcher knows, loaded by the rule package
// from YAML. Keys are lowercase; multi-word keys ("this past", "new year's
// eve") match word by word, with curly and straight apostrophes alike.
type Lexicon struct {
	// Months maps month names and abbreviations to 1..12 ("sept.": 9);
	// a trailing period is optional in text either way.
	Months map[string]int `yaml:"months"`
	// Weekdays maps weekday names to 0..6, 0 = Sunday.
	Weekdays map[string]int `yaml:"weekdays"`
	// Holidays maps fixed-date holidays to "MM-DD" ("christmas": "12-25").
	Holidays map[string]string `yaml:"holidays"`
	// Seasons maps seasons to their first and last month, "MM-MM"
	// ("summer": "06-08", "winter": "12-02").
	Seasons map[string]string `yaml:"seasons"`
	// Relative maps fixed relative phrases to a code: a unit (day, week,
	// month, year) and either an offset ("year-1" for "last year") or
	// ":to-date" / ":rest" for the part before or after the reference
	// ("earlier this year" is "year:to-date").
	Relative map[string]string `yaml:"relative"`
	// Shifts maps words put before a month, weekday, holiday or season to
	// a direction: "last" (the ambiguous "last January"), "past" (the most
	// recent one before the reference), "next", or "this".
	Shifts map[string]string `yaml:"shifts"`
	// Qualifiers narrow what follows without changing its precision
	// ("early", "mid", "late", "the end of"); they join the Text.
	Qualifiers []string `yaml:"qualifiers"`
	// Parts say which part of a decade a qualifier names: "start",
	// "middle" or "end" ("the late 1960s" is 1967 to 1969).
	Parts map[string]string `yaml:"decade_parts"`
	// Numbers are the counts spelled out in "five years ago" ("a": 1).
	Numbers map[string]int `yaml:"numbers"`
	// Units maps unit words to day, week, month or year ("years": "year").
	Units map[string]string `yaml:"units"`
	// Ago are the words that close "N years ago".
	Ago []string `yaml:"ago"`
	// Ranges maps a word opening a range to the words that join its two
	// ends ("between": ["and"]).
	Ranges map[string][]string `yaml:"ranges"`
	// Links join a month or season to the year after it ("June of 2016",
	// "summer of 2023").
	Links []string `yaml:"links"`
	// MonthCues are the words that may stand before a month named alone
	// ("in January", "since March").
	MonthCues []string `yaml:"month_cues"`
	// CapitalizedMonths are months that are also common words ("may",
	// "march"); named alone they count only when capitalized.
	CapitalizedMonths []string `yaml:"capitalized_months"`
	// Anchored are phrases that, after a month or day, tie it to a year
	// the sentence does not state ("in June of that year"): such dates are
	// skipped, not guessed.
	Anchored []string `yaml:"anchored"`
	// SpanMarkers before a relative phrase turn it into a span ("over the
	// last year" is twelve months, not the previous calendar year).
	SpanMarkers []string `yaml:"span_markers"`
	// CountNouns after a four-digit number make it a count, not a year
	// ("2000 people").
	CountNouns []string `yaml:"count_nouns"`
	// CountCues before a number make it a count or a label ("more than
	// 2000", "No. 2", "Resolution 2254").
	CountCues []string `yaml:"count_cues"`
	// WeekdayBlockers before a weekday make it a name ("Good Friday").
	WeekdayBlockers []string `yaml:"weekday_blockers"`
	// WeekdayNouns after a weekday make it a routine, not a date ("Sunday
	// mass", "Friday prayers").
	WeekdayNouns []string `yaml:"weekday_nouns"`
	// NamedDates maps "MM-DD" to words that, right after the bare day,
	// make it the name of an event ("Sept. 11 attacks").
	NamedDates map[string][]string `yaml:"named_dates"`
}

// Validate lists every problem in the lexicon, sorted; nil means usable.
func (l *Lexicon) Validate() []string {
	if l == nil {
		return []string{"lexicon is missing"}
	}
	var p problems
	seenMonth := map[int]bool{}
	for k, v := range l.Months {
		p.key("months", k)
		if v < 1 || v > 12 {
			p.add("months: %q: %d is not a month (1..12)", k, v)
		}
		seenMonth[v] = true
	}
	for m := 1; m <= 12; m++ {
		if !seenMonth[m] {
			p.add("months: no name for month %d", m)
		}
	}
	seenDay := map[int]bool{}
	for k, v := range l.Weekdays {
		p.key("weekdays", k)
		if v < 0 || v > 6 {
			p.add("weekdays: %q: %d is not a weekday (0=Sunday..6)", k, v)
		}
		seenDay[v] = true
	}
	for d := 0; d <= 6; d++ {
		if !seenDay[d] {
			p.add("weekdays: no name for weekday %d", d)
		}
	}
	for k, v := range l.Holidays {
		p.key("holidays", k)
		if _, _, ok := parseMonthDay(v); !ok {
			p.add("holidays: %q: %q is not MM-DD", k, v)
		}
	}
	for k, v := range l.Seasons {
		p.key("seasons", k)
		if _, _, ok := parseMonthPair(v); !ok {
			p.add("seasons: %q: %q is not MM-MM", k, v)
		}
	}
	for k, v := range l.Relative {
		p.key("relative", k)
		if _, ok := parseRelCode(v); !ok {
			p.add("relative: %q: %q is not a code like year-1, month+0, year:to-date", k, v)
		}
	}
	for k, v := range l.Shifts {
		p.key("shifts", k)
		if _, ok := shiftCodes[v]; !ok {
			p.add("shifts: %q: %q is not one of last, past, next, this", k, v)
		}
	}
	for k, v := range l.Numbers {
		p.key("numbers", k)
		if v < 1 || v > 1000 {
			p.add("numbers: %q: %d is not in 1..1000", k, v)
		}
	}
	for k, v := range l.Units {
		p.key("units", k)
		if _, ok := unitNames[v]; !ok {
			p.add("units: %q: %q is not one of day, week, month, year", k, v)
		}
	}
	for k, v := range l.Ranges {
		p.key("ranges", k)
		if len(v) == 0 {
			p.add("ranges: %q has no joining words", k)
		}
		p.keys("ranges."+k, v)
	}
	for k, v := range l.NamedDates {
		if _, _, ok := parseMonthDay(k); !ok {
			p.add("named_dates: %q is not MM-DD", k)
		}
		p.keys("named_dates."+k, v)
	}
	p.keys("qualifiers", l.Qualifiers)
	for k, v := range l.Parts {
		if !slices.Contains(l.Qualifiers, k) {
			p.add("decade_parts: %q is not one of the qualifiers", k)
		}
		if v != "start" && v != "middle" && v != "end" {
			p.add("decade_parts.%s: %q is not start, middle or end", k, v)
		}
	}
	p.keys("ago", l.Ago)
	p.keys("links", l.Links)
	p.keys("month_cues", l.MonthCues)
	p.keys("capitalized_months", l.CapitalizedMonths)
	for _, k := range l.CapitalizedMonths {
		if _, ok := l.Months[k]; !ok {
			p.add("capitalized_months: %q is not in months", k)
		}
	}
	p.keys("anchored", l.Anchored)
	p.keys("span_markers", l.SpanMarkers)
	p.keys("count_nouns", l.CountNouns)
	p.keys("count_cues", l.CountCues)
	p.keys("weekday_blockers", l.WeekdayBlockers)
	p.keys("weekday_nouns", l.WeekdayNouns)
	sort.Strings(p)
	if len(p) == 0 {
		return nil
	}
	return p
}

// problems collects Validate's messages.
type problems []string

func (p *problems) add(format string, args ...any) {
	*p = append(*p, fmt.Sprintf(format, args...))
}

// key checks that a lexicon key is lowercase words the scanner can match.
func (p *problems) key(field, k string) {
	switch {
	case strings.TrimSpace(k) == "":
		p.add("%s: empty key", field)
	case strings.ToLower(k) != k:
		p.add("%s: %q must be lowercase", field, k)
	case len(phraseWords(k)) == 0:
		p.add("%s: %q has no words", field, k)
	}
}

func (p *problems) keys(field string, ks []string) {
	for _, k := range ks {
		p.key(field, k)
	}
}

// phraseWords splits a lexicon key into the lowercase words the tokenizer
// would produce for it ("new year’s eve" → new, year, eve; "jan." → jan).
// It reports nil when the key holds anything but words.
func phraseWords(k string) []string {
	toks := tokenize(k, nil, nil)
	var out []string
	for i, t := range toks {
		switch {
		case t.kind == tWord:
			out = append(out, foldWord(k[t.start:t.end]))
		case t.kind == tPunct && t.r == '.' && i == len(toks)-1 && i > 0:
			// "sept." names the same word as "sept".
		default:
			return nil
		}
	}
	return out
}
