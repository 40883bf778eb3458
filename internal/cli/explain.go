package cli

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/text"
)

// A cue is a phrase of the rules found in a sentence: the wording of a
// count kind, a fact or a stance.
type cue struct {
	what, id, key, phrase string
	start, end            int // bytes, in the document's text
}

// figure matches what may be an amount or a date near a cue: digits, or
// the number words most counts are written with.
var figure = regexp.MustCompile(`(?i)\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|thousands)\b`)

// claimTypes are the claim types each kind of cue gives.
var claimTypes = map[string]map[string]bool{
	"count":  {claim.Count: true, claim.Breakdown: true},
	"fact":   {claim.Date: true},
	"stance": {claim.Responsibility: true},
}

// explainRules says, for a cue's rule key, what the engine needs around it.
var explainRules = map[string]string{
	"count verbs":  "an amount just before or after the verb (\"killed 47\", \"47 were killed\")",
	"count nouns":  "an amount right before the noun (\"400 casualties\", \"39 people dead\")",
	"count tolls":  "a figure after the toll noun (\"the death toll rose to 41\")",
	"count agents": "an amount before the noun, and the people carrying out the attack",
	"fact verbs":   "a date right after the verb (\"founded in 2015\"), about a named actor",
	"fact nouns":   "a date after the noun (\"its founding in 2014\"), about a named actor",
	"stance words": "the whole pattern, with a known actor in its {actor} slot",
}

// writeExplain prints, for every sentence of every document that holds a
// cue of the rules, the cues found and whether a claim was read from each
// (issue 13: "went public in 2004" with `went` listed, or "Founded in
// 1999, X …", gave no clue why nothing was read). It explains from the
// rules' side: what each cue needs and which figures stand near it; the
// engine's own reasons for leaving a candidate out are not reported yet.
func writeExplain(w io.Writer, rs *rule.Set, docs []document.Document, cs []claim.Claim) {
	for di, d := range docs {
		lower := strings.ToLower(d.Text)
		for _, s := range text.Sentences(d.Text) {
			cues := findCues(rs, lower, s.Start, s.End)
			if len(cues) == 0 {
				continue
			}
			fmt.Fprintf(w, "%s: %q\n", report.Visible(d.ID), report.Visible(d.Text[s.Start:s.End]))
			for _, c := range cues {
				fmt.Fprintf(w, "  cue %q: %s %s %q (%s)\n", report.Visible(d.Text[c.start:c.end]), c.what, c.key, c.id, c.phrase)
				read := false
				for _, cl := range cs {
					if cl.Doc == di && cl.Kind == c.id && claimTypes[c.what][cl.Type] && cl.Start < c.end+40 && cl.End > c.start-40 && cl.Start < s.End && cl.End > s.Start {
						fmt.Fprintf(w, "    read: %s/%s %s «%s»\n", cl.Type, cl.Kind, report.Visible(claim.ValueText(&cl)), report.Visible(cl.Words))
						read = true
					}
				}
				if read {
					continue
				}
				fmt.Fprintf(w, "    not read: the %s needs %s\n", strings.TrimSuffix(c.key, "s"), explainRules[c.what+" "+c.key])
				var near []string
				for _, m := range figure.FindAllStringIndex(d.Text[s.Start:s.End], -1) {
					a, b := s.Start+m[0], s.Start+m[1]
					near = append(near, fmt.Sprintf("%q %s", d.Text[a:b], distance(d.Text, c, a, b)))
				}
				if len(near) == 0 {
					fmt.Fprintf(w, "    no figure in the sentence\n")
				} else {
					fmt.Fprintf(w, "    figures in the sentence: %s\n", strings.Join(near, ", "))
				}
			}
		}
	}
}

// distance says where a figure stands from a cue, in words.
func distance(s string, c cue, a, b int) string {
	switch {
	case b <= c.start:
		return fmt.Sprintf("%d words before", len(strings.Fields(s[b:c.start]))+1)
	case a >= c.end:
		return fmt.Sprintf("%d words after", len(strings.Fields(s[c.end:a]))+1)
	}
	return "inside it"
}

// findCues finds the phrases of the rules in lower[start:end], as whole
// words.
func findCues(rs *rule.Set, lower string, start, end int) []cue {
	var out []cue
	add := func(what, id, key string, phrases []string) {
		for _, p := range phrases {
			p = strings.ToLower(strings.TrimSpace(p))
			if p == "" {
				continue
			}
			for from := start; from < end; {
				i := strings.Index(lower[from:end], p)
				if i < 0 {
					break
				}
				a, b := from+i, from+i+len(p)
				if (a == 0 || !isWordByte(lower[a-1])) && (b == len(lower) || !isWordByte(lower[b])) {
					out = append(out, cue{what, id, key, p, a, b})
				}
				from = b
			}
		}
	}
	for _, k := range rs.Counts {
		add("count", k.ID, "verbs", k.Verbs)
		add("count", k.ID, "nouns", k.Nouns)
		add("count", k.ID, "tolls", k.Tolls)
		add("count", k.ID, "agents", k.Agents)
	}
	for _, f := range rs.Facts {
		add("fact", f.ID, "verbs", f.Verbs)
		add("fact", f.ID, "nouns", f.Nouns)
	}
	for _, st := range rs.Responsibility {
		add("stance", st.ID, "words", patternWords(st.Patterns))
	}
	return out
}

var slot = regexp.MustCompile(`\{[a-z]+\}('s)?`)

// patternWords are the longest runs of words between the slots of the
// patterns: "claimed responsibility" of "{actor} claimed responsibility
// for {event}".
func patternWords(patterns []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range patterns {
		best := ""
		for _, part := range slot.Split(p, -1) {
			if part = strings.TrimSpace(part); len(part) > len(best) {
				best = part
			}
		}
		if best != "" && !seen[best] {
			seen[best] = true
			out = append(out, best)
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}
