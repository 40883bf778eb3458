package when

// follow is what may come right after a wordLed word for one of its
// patterns to go on; anything else ends them all at once, so the word
// cannot start a date there. It is built from the same roles classify
// reads (wordclass.go); every pattern is cited where it reads the token.
type follow struct {
	ids  []uint64 // bitset of word ids
	num  bool     // a number (ranges, seasons, qualifiers)
	dash bool     // a hyphen or en dash (qualifiers: "mid-2024")
}

func (f *follow) add(id int32) {
	for int(id/64) >= len(f.ids) {
		f.ids = append(f.ids, 0)
	}
	f.ids[id/64] |= 1 << (id % 64)
}

func (f *follow) has(id int32) bool {
	return int(id/64) < len(f.ids) && f.ids[id/64]&(1<<(id%64)) != 0
}

// buildFollows fills m.follows for every wordLed word.
func (m *Matcher) buildFollows() {
	m.follows = make([]follow, len(m.info))
	// Word ids by role, for the one-word patterns.
	var starters, shiftTargets, units, months, links []int32
	for id := int32(1); id < int32(len(m.info)); id++ {
		info := m.info[id]
		if m.class[id] >= wordLed {
			starters = append(starters, id)
		}
		if info.month > 0 {
			months = append(months, id)
		}
		if info.month > 0 || info.weekday > 0 {
			shiftTargets = append(shiftTargets, id)
		}
		if info.unit != 0 {
			units = append(units, id)
		}
		if info.flags&wLink != 0 {
			links = append(links, id)
		}
		if int(id) < len(m.phrases) {
			for _, p := range m.phrases[id] {
				if p.kind == pHoliday || p.kind == pSeason {
					shiftTargets = append(shiftTargets, id) // shifted: "last Christmas"
				}
			}
		}
	}
	for id := int32(1); id < int32(len(m.info)); id++ {
		if m.class[id] != wordLed {
			continue
		}
		f := &m.follows[id]
		addAll := func(ids []int32) {
			for _, x := range ids {
				f.add(x)
			}
		}
		if m.info[id].number > 0 {
			addAll(units) // ago: "five years ago"
		}
		if int(id) < len(m.ranges) && m.ranges[id] != nil {
			f.num = true // rangeFrom: "between 2017 and 2019"
			addAll(months)
		}
		if int(id) >= len(m.phrases) {
			continue
		}
		for _, p := range m.phrases[id] {
			switch {
			case len(p.words) > 1:
				f.add(p.words[1]) // phraseAt: the next word of the phrase
			case p.kind == pShift:
				addAll(shiftTargets) // shifted
			case p.kind == pQualifier:
				f.num, f.dash = true, true // at: "mid-2024", "early 2020"
				addAll(starters)           // at: core after the qualifier
			case p.kind == pSeason:
				f.num = true // seasonYear: "summer 2023", "summer of 2023"
				addAll(links)
			}
		}
	}
}
