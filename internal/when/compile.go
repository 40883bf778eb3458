package when

import (
	"sort"
	"strings"
	"sync"
)

// Word roles, as bits of wordInfo.flags.
const (
	wAgo uint16 = 1 << iota
	wLink
	wMonthCue
	wCapMonth
	wSpan
	wCountNoun
	wCountCue
	wWeekdayBlock
	wWeekdayNoun
	wJoiner
	wMonthAbbr
)

// wordInfo is what the lexicon says about one vocabulary word.
type wordInfo struct {
	month   int8 // 1..12, 0 when not a month
	weekday int8 // 1..7 for Sunday..Saturday, 0 when not a weekday
	number  int16
	unit    unit
	flags   uint16
}

// decadeParts number the parts of a decade a qualifier may name.
var decadeParts = map[string]int8{"start": 1, "middle": 2, "end": 3}

// phraseKind tells the multi-word lexicon entries apart.
type phraseKind uint8

const (
	pRelative phraseKind = iota + 1
	pShift
	pQualifier
	pHoliday
	pSeason
	pAnchored
)

// phrase is one multi-word (or single-word) lexicon entry.
type phrase struct {
	words []int32
	kind  phraseKind
	rel   relCode
	shift shift
	a, b  int  // holiday month and day; season first and last month
	part  int8 // qualifiers: 1, 2, 3 for the start, middle, end of a decade
}

// Matcher finds date expressions. It is immutable after Compile, so Scan
// is safe for concurrent use.
type Matcher struct {
	vocab   vocab
	info    []wordInfo      // by word id; id 0 is the unknown word
	phrases [][]phrase      // by first word id, longest first
	ranges  [][]int32       // by opening word id: the words that may join its ends
	named   map[int][]int32 // month*100+day: words that make the bare day a name
	pool    sync.Pool       // token buffers reused across Scan calls

	// For the pre-pass (region.go): what each word may do.
	class   []wordClass // by word id
	follows []follow    // by word id: what may follow a wordLed word (follow.go)
	odd     bool        // the vocabulary holds words with apostrophes or non-ASCII letters
}

// Compile prepares a matcher from the lexicon. Entries Validate would
// reject are left out; a nil lexicon gives a matcher that still finds
// numeric dates (years, decades, 2024-03-22).
func Compile(l *Lexicon) *Matcher {
	m := &Matcher{info: []wordInfo{{}}, named: map[int][]int32{}}
	if l == nil {
		m.classify()
		return m
	}
	for k, v := range l.Months {
		if id, ok := m.word(k); ok && v >= 1 && v <= 12 {
			m.info[id].month = int8(v)
			if m.vocab.months == nil {
				m.vocab.months = map[int32]bool{}
			}
			m.vocab.months[id] = true
		}
	}
	// "Mar" is "March" cut short: written alone it is more often a name
	// ("the church of Mar Elias") than a month.
	for k, v := range l.Months {
		for f, w := range l.Months {
			if w == v && len(f) > len(strings.TrimSuffix(k, ".")) && strings.HasPrefix(f, strings.TrimSuffix(k, ".")) {
				m.flag([]string{k}, wMonthAbbr)
				break
			}
		}
	}
	for k, v := range l.Weekdays {
		if id, ok := m.word(k); ok && v >= 0 && v <= 6 {
			m.info[id].weekday = int8(v + 1)
		}
	}
	for k, v := range l.Numbers {
		if id, ok := m.word(k); ok && v >= 1 && v <= 1000 {
			m.info[id].number = int16(v)
		}
	}
	for k, v := range l.Units {
		if id, ok := m.word(k); ok {
			m.info[id].unit = unitNames[v]
		}
	}
	m.flag(l.Ago, wAgo)
	m.flag(l.Links, wLink)
	m.flag(l.MonthCues, wMonthCue)
	m.flag(l.CapitalizedMonths, wCapMonth)
	m.flag(l.SpanMarkers, wSpan)
	m.flag(l.CountNouns, wCountNoun)
	m.flag(l.CountCues, wCountCue)
	m.flag(l.WeekdayBlockers, wWeekdayBlock)
	m.flag(l.WeekdayNouns, wWeekdayNoun)
	for k, joins := range l.Ranges {
		id, ok := m.word(k)
		if !ok {
			continue
		}
		for _, j := range joins {
			if jid, ok := m.word(j); ok {
				m.info[jid].flags |= wJoiner
				m.growRanges(id)
				m.ranges[id] = append(m.ranges[id], jid)
			}
		}
	}
	for k, ws := range l.NamedDates {
		mo, d, ok := parseMonthDay(k)
		if !ok {
			continue
		}
		for _, w := range ws {
			if id, ok := m.word(w); ok {
				m.named[mo*100+d] = append(m.named[mo*100+d], id)
			}
		}
	}
	for k, v := range l.Relative {
		if c, ok := parseRelCode(v); ok {
			m.addPhrase(k, phrase{kind: pRelative, rel: c})
		}
	}
	for k, v := range l.Shifts {
		if c, ok := shiftCodes[v]; ok {
			m.addPhrase(k, phrase{kind: pShift, shift: c})
		}
	}
	for _, k := range l.Qualifiers {
		m.addPhrase(k, phrase{kind: pQualifier, part: decadeParts[l.Parts[k]]})
	}
	for k, v := range l.Holidays {
		if mo, d, ok := parseMonthDay(v); ok {
			m.addPhrase(k, phrase{kind: pHoliday, a: mo, b: d})
		}
	}
	for k, v := range l.Seasons {
		if from, to, ok := parseMonthPair(v); ok {
			m.addPhrase(k, phrase{kind: pSeason, a: from, b: to})
		}
	}
	for _, k := range l.Anchored {
		m.addPhrase(k, phrase{kind: pAnchored})
	}
	for _, ps := range m.phrases {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	m.classify()
	return m
}

// intern returns the id of a folded word, adding it to the vocabulary.
func (m *Matcher) intern(w string) int32 {
	if id, ok := m.vocab.ids[w]; ok {
		return id
	}
	id := int32(len(m.info))
	m.vocab.add(w, id)
	m.info = append(m.info, wordInfo{})
	return id
}

// word interns a single-word key; multi-word keys are refused.
func (m *Matcher) word(k string) (int32, bool) {
	ws := phraseWords(k)
	if len(ws) != 1 || len(ws[0]) > maxWord {
		return 0, false
	}
	return m.intern(ws[0]), true
}

// flag marks single-word keys with a role.
func (m *Matcher) flag(keys []string, f uint16) {
	for _, k := range keys {
		if id, ok := m.word(k); ok {
			m.info[id].flags |= f
		}
	}
}

func (m *Matcher) growRanges(id int32) {
	for int(id) >= len(m.ranges) {
		m.ranges = append(m.ranges, nil)
	}
}

// addPhrase files a lexicon phrase under its first word.
func (m *Matcher) addPhrase(k string, p phrase) {
	ws := phraseWords(k)
	if len(ws) == 0 {
		return
	}
	for _, w := range ws {
		if len(w) > maxWord {
			return
		}
		p.words = append(p.words, m.intern(w))
	}
	for int(p.words[0]) >= len(m.phrases) {
		m.phrases = append(m.phrases, nil)
	}
	m.phrases[p.words[0]] = append(m.phrases[p.words[0]], p)
}

// phraseAt finds the longest phrase of the kind starting at token i and
// returns it with the index of the token after it.
func (m *Matcher) phraseAt(toks []token, i int, kind phraseKind) (*phrase, int) {
	if i >= len(toks) || toks[i].kind != tWord {
		return nil, i
	}
	id := toks[i].id
	if id == 0 || int(id) >= len(m.phrases) {
		return nil, i
	}
	ps := m.phrases[id]
next:
	for k := range ps {
		p := &ps[k]
		if p.kind != kind || i+len(p.words) > len(toks) {
			continue
		}
		for w := 1; w < len(p.words); w++ {
			t := toks[i+w]
			if t.kind != tWord || t.id != p.words[w] {
				continue next
			}
		}
		return p, i + len(p.words)
	}
	return nil, i
}
