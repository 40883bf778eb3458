// Package yamlx decodes YAML into Go structs strictly, reporting every
// problem as a diagnostic at the line and column of the node at fault.
//
// Decode walks the yaml.Node tree itself rather than calling yaml.Unmarshal,
// so each unknown key, wrong kind, bad value and duplicate key keeps its own
// position, and one bad field neither hides the others nor stops the rest of
// the file from being decoded.
//
// Go types are matched as follows:
//   - A struct field takes its key from its `yaml:"name"` tag (options such
//     as omitempty are accepted and ignored); `yaml:"-"` skips the field; an
//     untagged exported field uses its lowercased name; `yaml:",inline"` on a
//     struct-typed field lifts its keys into the parent.
//   - A struct with int fields Line and Col tagged `yaml:"-"` gets the
//     position of the mapping it was decoded from, so callers can place their
//     own semantic errors (duplicate ids and the like).
//   - A field of type Loc tagged `yaml:"-"` gets the mapping itself, to
//     place diagnostics at a key, a value, a list item or a character in it.
//   - A field of type yaml.Node or *yaml.Node receives the raw node.
//   - string takes any scalar as written; ints, floats and bools parse the
//     scalar's text, quoted or not; a null leaves the zero value.
//   - []T needs a sequence; structs and map[string]T need a mapping.
//   - Merge keys (<<: *base) are applied, explicit keys winning.
//
// Hostile input is bounded by MaxBytes, MaxDepth and a cap on the nodes that
// aliases may expand to (the "billion laughs" attack).
package yamlx

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/diag"
	"go.yaml.in/yaml/v3"
)

// MaxBytes is the largest input Decode will parse; larger files are refused.
var MaxBytes = 1 << 20

// MaxDepth is the deepest nesting of mappings and sequences Decode accepts,
// counted after aliases are expanded.
var MaxDepth = 64

// maxExpansions caps the nodes that aliases add to a document once expanded.
const maxExpansions = 100_000

// Decode parses src (named file in messages) into out, a pointer to a struct
// (or to any other supported type), reporting every problem it finds. It
// decodes as much as it can: a bad field is reported and skipped, the rest is
// still filled. The result is sorted; nil means the file was clean.
func Decode(file string, src []byte, out any) diag.List {
	_, ds := DecodeLoc(file, src, out)
	return ds
}

// DecodeLoc is Decode that also returns the Loc of the whole document, for
// diagnostics about the file's top-level sections. The Loc is zero when the
// file could not be parsed.
func DecodeLoc(file string, src []byte, out any) (Loc, diag.List) {
	d := newDecoder(file, src)
	rv := reflect.ValueOf(out)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		d.addAt("unsupported-type", 1, 1, fmt.Sprintf("cannot decode into %T: need a non-nil pointer (a bug in the caller)", out), "")
		return Loc{}, d.list()
	}
	if len(src) > MaxBytes {
		d.addAt("too-large", 1, 1, fmt.Sprintf("file is %d bytes, more than the limit of %d", len(src), MaxBytes), "split it into smaller files")
		return Loc{}, d.list()
	}
	doc := d.parse()
	if doc == nil || len(doc.Content) == 0 || !d.withinLimits(doc.Content[0]) {
		return Loc{}, d.list()
	}
	d.value(doc.Content[0], rv.Elem(), "the file")
	return Loc{node: doc.Content[0], src: d.source}, d.list()
}

// parse returns the first document, or nil if there is none or it is broken.
func (d *decoder) parse() *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(d.src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err != io.EOF {
			d.syntax(err)
		}
		return nil
	}
	for {
		var more yaml.Node
		err := dec.Decode(&more)
		if err == io.EOF {
			break
		}
		if err != nil {
			d.syntax(err)
			break
		}
		// A lone trailing "---" holds nothing that could be lost.
		if len(more.Content) == 1 && isNull(more.Content[0]) && more.Content[0].Value == "" {
			continue
		}
		d.add("multi-document", &more, "a second YAML document starts here; a file holds only one",
			`remove the "---" line, or move what follows into a file of its own`)
		break
	}
	return &doc
}

// syntaxHints explain yaml.v3's parser messages in a rule writer's terms.
var syntaxHints = []struct{ has, hint string }{
	{"tab character", "indent with spaces: YAML does not allow tabs in indentation"},
	{"mapping values are not allowed", `a value that contains ": " must be put in quotes, or this line is indented wrongly`},
	{"did not find expected key", "check that this line lines up with the keys above it"},
	{"could not find expected ':'", `each key needs a colon and a space after it, like "key: value"`},
	{"did not find expected '-'", `every item of a list starts with "- " at the same indentation`},
	{"unexpected end of stream", "a quote or bracket is opened but never closed"},
	{"cannot start any token", "a value starting with @ or ` must be put in quotes"},
	{"did not find expected ','", "a [list] or {mapping} written on one line is not closed, or an item in it needs quotes"},
	{"unknown anchor", "every *name must refer to an &name defined earlier in the file"},
}

// syntax reports a parse error. yaml.v3 builds no node tree for a file it
// cannot parse, and the line in its message is often that of the enclosing
// block (0-based for some errors, left out on the first line). So the line is
// found by bisection instead: the first line that makes the file's prefix
// fail with the same message. The column is where that line's text starts.
func (d *decoder) syntax(err error) {
	msg := syntaxMessage(err)
	lo, hi := 1, len(d.starts) // the whole file is known to fail
	for lo < hi {
		mid := (lo + hi) / 2
		if failsWith(d.src[:d.lineEnd(mid)], msg) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	col := 1
	for i := d.starts[lo-1]; i < len(d.src) && d.src[i] == ' '; i++ {
		col++
	}
	hint := ""
	for _, h := range syntaxHints {
		if strings.Contains(msg, h.has) {
			hint = h.hint
			break
		}
	}
	line := d.src[d.starts[lo-1]:d.lineEnd(lo)]
	if at, h := culprit(line, msg); at >= 0 {
		if h == "" {
			h = hint
		}
		// A byte column: addAt counts characters, so place it directly.
		d.addByte(lo, at, msg, h)
		return
	}
	d.addAt("yaml-syntax", lo, col, msg, hint)
}

// culprit finds, on the line a parse error was placed at, the byte that
// caused it and a hint in a rule writer's terms (issue 13: a tab used for
// indentation was told to quote values starting with @, an unquoted
// "{outlet_a} …" template to check its indentation, and the caret for a
// bad UTF-8 or NUL byte stood at the start of the line). It returns the
// byte's offset in line, or -1 and perhaps a hint alone.
func culprit(line []byte, msg string) (int, string) {
	switch {
	case strings.Contains(msg, "UTF-8"):
		for i := 0; i < len(line); {
			r, w := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && w <= 1 {
				return i, "the file must be UTF-8; this byte is not: retype the character, or save the file as UTF-8"
			}
			i += w
		}
	case strings.Contains(msg, "control characters"):
		for i, c := range line {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				return i, fmt.Sprintf("remove the control character (byte 0x%02X); it is invisible in most editors", c)
			}
		}
	case strings.Contains(msg, "cannot start any token"):
		for i, c := range line {
			if c == '\t' {
				return i, "indent with spaces: YAML does not allow tabs in indentation"
			}
			if c != ' ' {
				break
			}
		}
		prev := byte(':')
		for i, c := range line {
			if (c == '@' || c == '`') && strings.IndexByte(":-[{,", prev) >= 0 {
				return i, "a value starting with @ or ` must be put in quotes"
			}
			if c != ' ' && c != '\t' {
				prev = c
			}
		}
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "mapping values are not allowed"),
		strings.Contains(msg, "did not find expected ','"), strings.Contains(msg, "did not find expected node content"):
		i := valueStart(line)
		if i < 0 || line[i] != '{' && line[i] != '[' {
			break
		}
		text := strings.TrimRight(string(line[i:]), " \r\n")
		if j := matching(text); j >= 0 && j < len(text)-1 && !strings.HasPrefix(strings.TrimSpace(text[j+1:]), "#") {
			// Text after the closing bracket: words, not a {mapping}.
			return i, fmt.Sprintf("a value starting with %c is read as a %s written on one line; put text such as a message template in quotes: \"%s\"",
				line[i], map[byte]string{'{': "{mapping}", '[': "[list]"}[line[i]], text)
		}
		return i, ""
	}
	return -1, ""
}

// matching is the offset of the bracket that closes text's first one, or
// -1 when it is not closed on the line.
func matching(text string) int {
	depth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// valueStart is the offset of the value after "key: " (or "- ") on a line,
// or -1.
func valueStart(line []byte) int {
	s := string(line)
	i := len(s) - len(strings.TrimLeft(s, " \t"))
	s = s[i:]
	if strings.HasPrefix(s, "- ") {
		i += 2
		s = s[2:]
	}
	if k := strings.Index(s, ": "); k >= 0 && !strings.ContainsAny(s[:k], "{[\"'") {
		j := k + 2
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) {
			return i + j
		}
		return -1
	}
	if i < len(line) {
		return i
	}
	return -1
}

// addByte reports a problem at byte off (0-based) of 1-based line n.
func (d *decoder) addByte(n, off int, msg, hint string) {
	start := d.starts[n-1]
	g := diag.Diagnostic{Code: "yaml-syntax", Severity: diag.Error, File: d.file, Line: n, Col: off + 1, Offset: start + off, Message: msg, Hint: hint}
	if !d.seen[g] {
		d.seen[g] = true
		d.diags = append(d.diags, g)
	}
}

// syntaxMessage drops yaml.v3's prefix and unreliable line number.
func syntaxMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if _, text, ok := strings.Cut(rest, ": "); ok {
			return text
		}
	}
	return msg
}

// failsWith reports whether parsing every document of src fails with msg.
func failsWith(src []byte, msg string) bool {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if err == io.EOF {
			return false
		}
		if err != nil {
			return syntaxMessage(err) == msg
		}
	}
}

// size is what a node becomes once its aliases are expanded.
type size struct{ nodes, depth int }

// limits measures alias targets once each, so a billion-laughs file costs
// no more than its own length to reject.
type limits struct {
	memo map[*yaml.Node]size
	busy map[*yaml.Node]bool
}

// withinLimits reports too-deep or alias-bomb at the first node in document
// order that breaks a limit, and whether the tree is safe to walk.
func (d *decoder) withinLimits(root *yaml.Node) bool {
	l := &limits{memo: map[*yaml.Node]size{}, busy: map[*yaml.Node]bool{}}
	expanded := 0
	var walk func(n *yaml.Node, depth int) bool
	walk = func(n *yaml.Node, depth int) bool {
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s, ok := l.measure(n.Alias)
			expanded += s.nodes
			if !ok || expanded > maxExpansions {
				d.add("alias-bomb", n, fmt.Sprintf("aliases here expand to more than %d values", maxExpansions),
					"an alias (*name) may not refer to itself or multiply into a huge document")
				return false
			}
			if depth-1+s.depth > MaxDepth {
				d.add("too-deep", n, fmt.Sprintf("this alias nests values more than %d levels deep", MaxDepth), "")
				return false
			}
			return true
		}
		if depth > MaxDepth {
			d.add("too-deep", n, fmt.Sprintf("values are nested more than %d levels deep", MaxDepth), "")
			return false
		}
		for _, c := range n.Content {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	return walk(root, 1)
}

// measure returns n's expanded size, saturating so sums cannot overflow;
// ok is false if n contains itself through an alias.
func (l *limits) measure(n *yaml.Node) (s size, ok bool) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if s, done := l.memo[n]; done {
		return s, true
	}
	if l.busy[n] {
		return size{}, false
	}
	l.busy[n] = true
	s = size{nodes: 1, depth: 1}
	for _, c := range n.Content {
		cs, ok := l.measure(c)
		if !ok {
			return size{}, false
		}
		s.nodes = min(s.nodes+cs.nodes, 1<<40)
		s.depth = max(s.depth, cs.depth+1)
	}
	delete(l.busy, n)
	l.memo[n] = s
	return s, true
}
