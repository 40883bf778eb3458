package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// describedReach is how many sentences back a description is looked for.
const describedReach = 10

// describedBefore finds what "the coalition" (token a-1 its head) stands
// for: the nearest description before it with the same head and words of
// its own ("a Saudi-led coalition", "the Kelvar military coalition"). A
// group told only by such a description has no name to resolve, yet
// "the coalition" is still that one, not whichever group was last named.
// It returns "" when the head is a state's body ("the army" names the
// state) or no such description stands within ten sentences.
func (x *Extractor) describedBefore(di *docInfo, si, a int) string {
	toks := di.toks[si]
	if a < 2 || toks[a-2].Lower != "the" {
		return ""
	}
	head := toks[a-1].Lower
	if !x.orgHeads[base(head)] || stateBodies[head] || x.fighters(head) {
		return ""
	}
	// "the group" stands for a group named before, found by name.
	if _, n, ok := x.groupAna.match(toks, a-2); ok && n == 2 {
		return ""
	}
	for s := si; s >= 0 && s >= si-describedReach; s-- {
		ts := di.toks[s]
		end := len(ts)
		if s == si {
			end = a - 2
		}
		for i := end - 1; i > 0; i-- {
			if ts[i].Lower != head || determiners[ts[i-1].Lower] || ts[i-1].Kind != text.Word {
				continue
			}
			if w := x.orgPhraseBefore(ts, i+1); strings.Contains(w, " ") {
				return w
			}
		}
	}
	return ""
}

// describedSpeaker finds who "it" or "they" (token a-1) stands for after a
// verb of saying whose subject is a description, not a name: "the
// military coalition said it had not struck the prison".
func (x *Extractor) describedSpeaker(di *docInfo, si, a int) string {
	toks := di.toks[si]
	if a < 3 || toks[a-1].Lower != "it" && toks[a-1].Lower != "they" {
		return ""
	}
	k := a - 2
	if toks[k].Lower == "that" {
		k--
	}
	if _, _, ok := x.reporting.match(toks, k); !ok {
		return ""
	}
	if w := x.orgPhraseBefore(toks, k); w != "" {
		return w
	}
	return x.describedBefore(di, si, k)
}

// namesGroupBefore reports a group named in the few words before token k
// of sentence si: "the far-left Kelvar Path guerrilla group said".
func (x *Extractor) namesGroupBefore(di *docInfo, si, k int) bool {
	for _, m := range di.ments[si] {
		if m.b <= k && m.a >= k-6 && x.groupNamed(di, si, m) {
			return true
		}
	}
	return false
}

// surfaceNear gives words as the sentence si, or one of those describedReach before it,
// writes them: a description found sentences back keeps its capitals.
func surfaceNear(di *docInfo, si int, words string) string {
	for s := si; s >= 0 && s >= si-describedReach; s-- {
		if w := surfaceOf(di.toks[s], words); w != words {
			return w
		}
	}
	return words
}

// namedDescription reports a group's description before token k that
// names whose it is ("the Saudi-led coalition", "the Kelvar coalition"):
// one group, not a word for a kind of group ("the Islamist group"), which
// stands for one named before.
func (x *Extractor) namedDescription(toks []text.Token, k int) bool {
	if x.orgPhraseBefore(toks, k) == "" {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-5 && toks[i].Kind == text.Word; i-- {
		t := toks[i]
		if determiners[t.Lower] || prepositions[t.Lower] {
			break
		}
		if t.Cap && !x.faiths[base(t.Lower)] && !x.generics[t.Lower] && !x.demonymAt(t) && !x.orgHeads[base(t.Lower)] {
			return true
		}
	}
	return false
}

// describesDoer reports the words of a phrase read before an attack's noun
// at token a ("Saudi-led coalition", "Kurdish militant") as words that
// describe a doer: names, peoples, faiths, linked ones ("Iranian-backed"),
// kinds of fighter or group, not a clause's verbs ("helps coordinate").
func (x *Extractor) describesDoer(toks []text.Token, a int, words string) bool {
	f := strings.Fields(words)
	for i, w := range f[:len(f)-1] {
		at := -1
		for k := a - 1; k >= 0 && k >= a-len(f)-3; k-- {
			if toks[k].Lower == w {
				at = k
				break
			}
		}
		if at < 0 {
			return false
		}
		t := toks[at]
		if !x.describesFighters(t) && !strings.Contains(w, "-") && !x.orgHeads[base(w)] && !(i > 0 && (w == "of" || w == "for")) {
			return false
		}
	}
	return true
}
