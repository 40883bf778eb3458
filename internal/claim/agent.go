package claim

import (
	"github.com/crosscheck/crosscheck/internal/text"
)

// stateRoles are the posts a man holds for a state: "the Libyan leader",
// "a former Libyan intelligence officer", "Iran's supreme leader".
var stateRoles = map[string]bool{"leader": true, "ruler": true, "dictator": true, "president": true, "king": true, "ayatollah": true, "officer": true, "agent": true, "agents": true, "official": true, "minister": true, "spy": true, "diplomat": true, "envoy": true, "colonel": true, "general": true, "emir": true, "monarch": true, "strongman": true, "premier": true}

// stateAgent finds the state a person acts for, as the report describes
// him anywhere: a title before his name ("Libyan ruler Muammar Gaddafi",
// "Former Libyan intelligence officer Abdelbaset al-Megrahi") or an
// apposition after it ("Megrahi, the former Libyan intelligence officer
// convicted …", "Ayatollah Khomeini, who was Iran's supreme leader").
// The answer is the state's key ("actor:libya").
func (x *Extractor) stateAgent(di *docInfo, key string) (string, bool) {
	if di.agents == nil {
		di.agents = map[string]string{}
		for si, ms := range di.ments {
			toks := di.toks[si]
			for _, m := range ms {
				if !m.person || m.actor >= 0 {
					continue
				}
				if _, done := di.agents[m.key]; done {
					continue
				}
				if st := x.roleState(di, si, toks, max(0, m.a-6), m.a); st != "" {
					di.agents[m.key] = st
				} else if m.b < len(toks) && toks[m.b].Text == "," {
					end := m.b + 1
					for end < len(toks) && end < m.b+14 && toks[end].Text != "," && toks[end].Text != "." && toks[end].Text != ";" {
						end++
					}
					if st := x.roleState(di, si, toks, m.b+1, end); st != "" {
						di.agents[m.key] = st
					}
				}
			}
		}
	}
	st, ok := di.agents[key]
	return st, ok
}

// roleState reads a state and a post it names among tokens a..b: a
// people's adjective or a state's name, then a word for a post.
func (x *Extractor) roleState(di *docInfo, si int, toks []text.Token, a, b int) string {
	st := ""
	for k := a; k < b; k++ {
		t := toks[k]
		if t.Kind == text.Punct && t.Text != "-" && t.Text != "’" && t.Text != "'" {
			st = "" // "the Libyan, Megrahi": not one phrase
			continue
		}
		if st != "" && stateRoles[t.Lower] {
			return st
		}
		if place, ok := x.demonyms[t.Lower]; ok {
			if ai := x.stateNamed(place); ai >= 0 {
				st = "actor:" + x.rs.Actors[ai].ID
			}
			continue
		}
		for _, m := range di.ments[si] {
			if m.a == k && m.actor >= 0 && x.rs.Actors[m.actor].Type == "state" {
				st = m.key // "Iran's supreme leader"
			}
		}
	}
	return ""
}
