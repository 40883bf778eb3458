package ruletest

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/when"
)

// valueText is a claim's value as a test writes it: counts "47", "32+",
// "4000-6000"; dates "2014", "2024-03", "2024-03-22", "2010s",
// "2016..2017"; responsibility the actor's name, "not Ukraine" when denied.
func valueText(c *claim.Claim) string {
	switch c.Type {
	case claim.Count, claim.Breakdown:
		return countText(c.Lo, c.Hi)
	case claim.Date:
		return dateText(c.Date)
	case claim.Responsibility:
		if c.Deny {
			return "not " + c.ActorName
		}
		return c.ActorName
	}
	return ""
}

func countText(lo, hi int64) string {
	switch {
	case hi == quantity.Unbounded:
		return strconv.FormatInt(lo, 10) + "+"
	case lo == hi:
		return strconv.FormatInt(lo, 10)
	}
	return strconv.FormatInt(lo, 10) + "-" + strconv.FormatInt(hi, 10)
}

// dateText shows a date at its precision; bounds that are not the whole
// unit ("early 2014") are shown as days.
func dateText(d when.Date) string {
	lo, hi := d.Lo.String(), d.Hi.String()
	ly, lm, ld := d.Lo.YMD()
	hy, hm, hd := d.Hi.YMD()
	_, _, last := when.DayOf(hy, hm+1, 0).YMD() // the last day of hi's month
	wholeMonths := ld == 1 && hd == last
	wholeYears := wholeMonths && lm == 1 && hm == 12
	switch {
	case d.Precision == when.PrecDecade && wholeYears && ly%10 == 0 && hy == ly+9:
		return lo[:3] + "0s"
	case (d.Precision == when.PrecYear || d.Precision == when.PrecDecade) && wholeYears:
		lo, hi = lo[:4], hi[:4]
	case d.Precision != when.PrecDay && wholeMonths:
		lo, hi = lo[:7], hi[:7]
	}
	if lo == hi {
		return lo
	}
	return lo + ".." + hi
}

// norm makes two ways of writing a value equal: case, thousands commas,
// spaces and the dash or ".." of a range do not matter.
func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer(",", "", "–", "..", "—", "..", " to ", "..", "’", "'").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	// A count range "4000-6000" is "4000..6000"; a date keeps its dashes.
	if i := strings.IndexByte(s, '-'); i > 0 && strings.Count(s, "-") == 1 && isDigits(s[:i]) && isDigits(s[i+1:]) {
		s = s[:i] + ".." + s[i+1:]
	}
	s = strings.ReplaceAll(s, " .. ", "..")
	if lo, hi, ok := strings.Cut(s, ".."); ok && lo == hi { // "25-25" is 25
		s = lo
	}
	return s
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// claimValueIs reports whether a claim's value is what a test wrote.
func claimValueIs(c *claim.Claim, want string) bool {
	w := norm(want)
	if w == norm(valueText(c)) {
		return true
	}
	if c.Type == claim.Responsibility { // the actor's id in actors.yaml does as well as its name
		id := strings.TrimPrefix(c.Actor, "actor:")
		if c.Deny {
			id = "not " + id
		}
		return w == norm(id)
	}
	return false
}

// findingValueIs reports whether one side of a finding is what a test
// wrote: its text as the report shows it, or its actor's name.
func findingValueIs(v report.Value, want string) bool {
	w := norm(want)
	if w == norm(v.Text) {
		return true
	}
	if v.Actor != "" && (w == norm(v.Actor) || w == norm("not "+v.Actor)) {
		return true
	}
	if v.Lo != nil { // counts: the interval, however written
		hi := int64(quantity.Unbounded)
		if v.Hi != nil {
			hi = *v.Hi
		}
		return w == norm(countText(*v.Lo, hi))
	}
	return false
}
