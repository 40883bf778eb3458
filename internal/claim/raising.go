package claim

import "github.com/crosscheck/crosscheck/internal/text"

// raisingVerbs report what others hold of a subject while keeping it as
// the subject: "the IRA is believed to be behind the bombings", "the
// group was thought to have carried out the attack". They are grammar,
// not a domain's words, so they live here rather than in the rules.
var raisingVerbs = map[string]bool{
	"believed": true, "thought": true, "said": true, "suspected": true, "alleged": true,
	"reported": true, "understood": true, "presumed": true, "reputed": true, "assumed": true,
}

// raisedSubject finds a raising frame ending just before a pattern's first
// literal at a ("is widely believed to", "was thought to have") and returns
// where it begins, at its "be", or a when there is none.
func raisedSubject(toks []text.Token, a int) int {
	k := a
	if k > 0 && form(toks[k-1].Lower) == "have" {
		k--
	}
	if k < 3 || toks[k-1].Lower != "to" || !raisingVerbs[toks[k-2].Lower] {
		return a
	}
	k -= 2
	for k > 0 && adverb(toks[k-1]) {
		k--
	}
	if k == 0 || form(toks[k-1].Lower) != "be" {
		return a
	}
	return k - 1
}

// raisingWords stand between a subject and the verb it is the subject of:
// "X is believed to have been killed", "X was said to have died".
var raisingWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "reportedly": true, "likely": true, "known": true, "to": true, "have": true, "has": true, "had": true, "been": true, "may": true, "might": true, "could": true}

func init() {
	for w := range raisingVerbs {
		raisingWords[w] = true
	}
}

// raisedFrom is where the words before the verb at k that only raise its
// subject begin.
func raisedFrom(toks []text.Token, k int) int {
	for k > 1 && raisingWords[toks[k-1].Lower] {
		k--
	}
	return k
}
