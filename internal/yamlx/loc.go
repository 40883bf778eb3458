package yamlx

import (
	"sync/atomic"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Pos is a place in a file: 1-based line, 1-based column counted in bytes,
// and the byte offset. The zero Pos means "unknown".
type Pos struct {
	Line, Col, Offset int
}

// Known reports whether p is a real place.
func (p Pos) Known() bool { return p.Line > 0 }

// Loc is where a decoded value was written. Decode fills a struct field
// `Loc Loc` tagged `yaml:"-"` with the mapping the struct came from, so
// callers can point their own diagnostics at the exact key, value, list
// item or character at fault instead of at the start of the item.
//
// Navigation never fails: asking for a key that is absent (or an item past
// the end) returns the Loc itself, so a diagnostic always lands on the
// nearest place known. The zero Loc has no place; its Pos is the zero Pos.
type Loc struct {
	node *yaml.Node
	src  *source
}

// source is the text a Loc points into, shared by every Loc of a file.
type source struct {
	data   []byte
	starts []int // byte offset where each line starts
	ends   []int // byte offset where each line's text ends (its break, or the end)
	// marks holds, for each line with a non-ASCII byte, the byte offset of
	// every markStep-th character, so that offset walks at most markStep
	// characters: walking from the line's start made a list written on one
	// line quadratic (issue 13: 110,000 phrases took 150 s to lint).
	marks map[int][]int
	// steps counts the characters offset walked, for the test that keeps
	// it linear; atomic, as Locs of one file may be read concurrently.
	steps atomic.Int64
}

// markStep is how many characters apart the marks of a line are.
const markStep = 64

func newSource(data []byte) *source {
	s := &source{data: data, starts: []int{0}}
	ascii := true
	for i := 0; i < len(data); {
		// Lines as yaml.v3 counts them, which is where its Line points.
		if length, _ := lineBreak(data, i); length > 0 {
			s.endLine(i, ascii)
			i += length
			s.starts = append(s.starts, i)
			ascii = true
			continue
		}
		ascii = ascii && data[i] < utf8.RuneSelf
		i++
	}
	s.endLine(len(data), ascii)
	return s
}

// endLine records the end of the last line started, and its marks when
// it holds non-ASCII bytes.
func (s *source) endLine(end int, ascii bool) {
	line := len(s.ends)
	s.ends = append(s.ends, end)
	if ascii {
		return
	}
	if s.marks == nil {
		s.marks = map[int][]int{}
	}
	var m []int
	for off, n := s.starts[line], 0; off < end; n++ {
		if n%markStep == 0 {
			m = append(m, off)
		}
		_, w := utf8.DecodeRune(s.data[off:end])
		off += w
	}
	s.marks[line] = m
}

// offset turns yaml.v3's line and column (counted in characters) into a
// byte offset in the file, walking at most markStep characters.
func (s *source) offset(line, col int) int {
	if line < 1 || line > len(s.starts) {
		return 0
	}
	off, end := s.starts[line-1], s.ends[line-1]
	m, ok := s.marks[line-1]
	if !ok { // an ASCII line: one byte a character
		return min(off+max(col-1, 0), end)
	}
	i := 1
	if k := min((col-1)/markStep, len(m)-1); k > 0 {
		off, i = m[k], k*markStep+1
	}
	n := int64(0)
	for ; i < col && off < end; i++ {
		_, w := utf8.DecodeRune(s.data[off:end])
		off += w
		n++
	}
	s.steps.Add(n)
	return off
}

// pos turns a byte offset into a Pos.
func (s *source) pos(off int) Pos {
	off = max(0, min(off, len(s.data)))
	lo, hi := 0, len(s.starts)-1 // the last line starting at or before off
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return Pos{Line: lo + 1, Col: off - s.starts[lo] + 1, Offset: off}
}

// Valid reports whether l points anywhere.
func (l Loc) Valid() bool { return l.node != nil && l.src != nil }

// Pos is where l's node starts: the first character of a scalar (its
// opening quote, if quoted), a mapping's first key, a list's first "-".
func (l Loc) Pos() Pos {
	if !l.Valid() {
		return Pos{}
	}
	return l.src.pos(l.src.offset(l.node.Line, l.node.Column))
}

// Tag is l's node's resolved tag ("!!str", "!!int"): a rule may want text that YAML would
// not read as a number written as one.
func (l Loc) Tag() string {
	if n := l.resolved(); n != nil {
		return n.ShortTag()
	}
	return ""
}

// Field is the value of key name in l's mapping, merge keys included.
func (l Loc) Field(name string) Loc {
	if _, v := l.pair(name); v != nil {
		return Loc{node: v, src: l.src}
	}
	return l
}

// Key is the key node name in l's mapping, where "unknown key" and
// "duplicate" problems belong.
func (l Loc) Key(name string) Loc {
	if k, _ := l.pair(name); k != nil {
		return Loc{node: k, src: l.src}
	}
	return l
}

// Has reports whether l's mapping sets key name.
func (l Loc) Has(name string) bool {
	k, _ := l.pair(name)
	return k != nil
}

// Index is item i (0-based) of l's list.
func (l Loc) Index(i int) Loc {
	n := l.resolved()
	if n != nil && n.Kind == yaml.SequenceNode && i >= 0 && i < len(n.Content) {
		return Loc{node: n.Content[i], src: l.src}
	}
	return l
}

// At is the place of byte off of l's scalar value as decoded: the slot
// "{acter}" at offset 9 of "{attributor} blamed {acter}" sits at the
// column of its "{" in the file, after the opening quote and any escapes
// before it. A Loc that is not a scalar gives its own Pos.
func (l Loc) At(off int) Pos {
	n := l.resolved()
	if n == nil || n.Kind != yaml.ScalarNode || l.node.Kind == yaml.AliasNode {
		return l.Pos()
	}
	start := l.src.offset(n.Line, n.Column)
	return l.src.pos(scalarOffset(l.src.data, start, n.Style, off))
}

// resolved is l's node with aliases followed.
func (l Loc) resolved() *yaml.Node {
	if !l.Valid() {
		return nil
	}
	n := l.node
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// pair finds key name in l's mapping: explicit keys first, then those
// brought in by merge keys ("<<: *base"), as Decode applies them.
func (l Loc) pair(name string) (k, v *yaml.Node) {
	return findPair(l.resolved(), name, 0)
}

func findPair(n *yaml.Node, name string, depth int) (k, v *yaml.Node) {
	if n == nil || n.Kind != yaml.MappingNode || depth > 16 {
		return nil, nil
	}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := n.Content[i]
		if key.Kind == yaml.ScalarNode && key.Tag == "!!merge" {
			merges = append(merges, n.Content[i+1])
			continue
		}
		if key.Kind == yaml.ScalarNode && key.Value == name {
			return key, n.Content[i+1]
		}
	}
	for _, m := range merges {
		for m.Kind == yaml.AliasNode && m.Alias != nil {
			m = m.Alias
		}
		srcs := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			srcs = m.Content
		}
		for _, s := range srcs {
			for s.Kind == yaml.AliasNode && s.Alias != nil {
				s = s.Alias
			}
			if k, v := findPair(s, name, depth+1); k != nil {
				return k, v
			}
		}
	}
	return nil, nil
}
