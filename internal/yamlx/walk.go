package yamlx

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"go.yaml.in/yaml/v3"
)

// decoder collects diagnostics while walking one file's node tree.
type decoder struct {
	file   string
	src    []byte
	diags  diag.List
	seen   map[diag.Diagnostic]bool // a value reached through several aliases is reported once
	fields map[reflect.Type]*fieldSet
	starts []int // byte offset where each line starts
	source *source
}

func newDecoder(file string, src []byte) *decoder {
	s := newSource(src)
	return &decoder{file: file, src: src, seen: map[diag.Diagnostic]bool{}, fields: map[reflect.Type]*fieldSet{}, starts: s.starts, source: s}
}

// lineEnd is the offset just past 1-based line n and its newline.
func (d *decoder) lineEnd(n int) int {
	if n < len(d.starts) {
		return d.starts[n]
	}
	return len(d.src)
}

func (d *decoder) list() diag.List {
	d.diags.Sort()
	return d.diags
}

// add reports a problem at node n. yaml.v3 counts columns in characters;
// diagnostics count bytes, so the column is remeasured on the source line.
func (d *decoder) add(code string, n *yaml.Node, msg, hint string) {
	d.addAt(code, n.Line, n.Column, msg, hint)
}

func (d *decoder) addAt(code string, line, col int, msg, hint string) {
	line, col = max(line, 1), max(col, 1)
	offset := 0
	if line <= len(d.starts) {
		offset = d.source.offset(line, col)
		col = offset - d.starts[line-1] + 1
	}
	g := diag.Diagnostic{Code: code, Severity: diag.Error, File: d.file, Line: line, Col: col, Offset: offset, Message: msg, Hint: hint}
	if !d.seen[g] {
		d.seen[g] = true
		d.diags = append(d.diags, g)
	}
}

var (
	nodeType = reflect.TypeFor[yaml.Node]()
	locType  = reflect.TypeFor[Loc]()
)

// value decodes n into v and reports whether n had the right shape for v;
// problems further down are reported but leave the answer true, so a list
// keeps an item that has one bad field. label names the value in messages.
func (d *decoder) value(n *yaml.Node, v reflect.Value, label string) bool {
	at := n // where an alias is used: the place to blame for its shape
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if !coreTag(n) {
		// !!binary, !!set, !custom: rule files hold text, lists and maps,
		// and the schema's editors flag other tags as unresolved.
		d.add("bad-tag", at, fmt.Sprintf("%s has the tag %s, which crosscheck does not read", label, n.Tag), "remove the tag; write the value as plain text")
		return false
	}
	switch {
	case v.Type() == nodeType:
		v.Set(reflect.ValueOf(*n))
		return true
	case v.Kind() == reflect.Pointer && v.Type().Elem() == nodeType:
		v.Set(reflect.ValueOf(n))
		return true
	case isNull(n):
		d.placeNull(at, v)
		return true
	}
	switch v.Kind() {
	case reflect.Pointer:
		p := v
		if v.IsNil() {
			p = reflect.New(v.Type().Elem())
		}
		ok := d.value(at, p.Elem(), label)
		if ok && v.IsNil() { // a value of the wrong kind leaves the pointer nil
			v.Set(p)
		}
		return ok
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			d.wrongType(at, n, v.Type(), label)
			return false
		}
		d.object(at, n, v)
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return d.unsupported(at, v, label)
		}
		if n.Kind != yaml.MappingNode {
			d.wrongType(at, n, v.Type(), label)
			return false
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		for _, p := range d.pairs(n) {
			ev := reflect.New(v.Type().Elem()).Elem()
			if d.value(p.v, ev, fmt.Sprintf("%q", p.k.Value)) {
				v.SetMapIndex(reflect.ValueOf(p.k.Value).Convert(v.Type().Key()), ev)
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.wrongType(at, n, v.Type(), label)
			return false
		}
		s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
		for i, c := range n.Content {
			if isNull(c) {
				// A bare "-" (or "~", or "[a, , b]") is a slip, not an item:
				// kept, it would be a rule with no id and no place to blame,
				// or a phrase that is silently left out (issue 13).
				hint := "write the item's keys under the \"-\", or remove it"
				if !isStruct(v.Type().Elem()) {
					hint = "write the item, or remove it; quote it if it is the word null"
				}
				d.add("empty-item", c, fmt.Sprintf("item %d of %s is empty", i+1, label), hint)
				continue
			}
			ev := reflect.New(v.Type().Elem()).Elem()
			if d.value(c, ev, fmt.Sprintf("item %d of %s", i+1, label)) {
				s = reflect.Append(s, ev)
			}
		}
		v.Set(s)
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return d.scalar(at, n, v, label)
	default:
		return d.unsupported(at, v, label)
	}
	return true
}

// placeNull gives a struct decoded from a null (left zero) the place of
// the null, so what its users report about it still has a line and column.
func (d *decoder) placeNull(at *yaml.Node, v reflect.Value) {
	if v.Kind() != reflect.Struct {
		return
	}
	fs := d.fieldsOf(v.Type())
	if fs.line != nil {
		v.FieldByIndex(fs.line).SetInt(int64(at.Line))
		v.FieldByIndex(fs.col).SetInt(int64(at.Column))
	}
	if fs.loc != nil {
		v.FieldByIndex(fs.loc).Set(reflect.ValueOf(Loc{node: at, src: d.source}))
	}
}

// isStruct reports whether t is a struct or a pointer to one.
func isStruct(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// unsupported reports a Go type Decode cannot fill: the caller's bug, but
// reported rather than panicking because only some inputs reach the field.
func (d *decoder) unsupported(at *yaml.Node, v reflect.Value, label string) bool {
	d.add("unsupported-type", at, fmt.Sprintf("cannot decode %s into Go type %s (a bug in crosscheck)", label, v.Type()), "")
	return false
}

// object fills struct v from mapping n, reporting keys it does not have.
func (d *decoder) object(at, n *yaml.Node, v reflect.Value) {
	fs := d.fieldsOf(v.Type())
	if fs.line != nil {
		v.FieldByIndex(fs.line).SetInt(int64(at.Line))
		v.FieldByIndex(fs.col).SetInt(int64(at.Column))
	}
	if fs.loc != nil {
		v.FieldByIndex(fs.loc).Set(reflect.ValueOf(Loc{node: n, src: d.source}))
	}
	for _, p := range d.pairs(n) {
		idx, ok := fs.byName[p.k.Value]
		if !ok {
			hint := "allowed keys: " + strings.Join(fs.names, ", ")
			if s := Suggest(p.k.Value, fs.names); s != "" {
				hint = fmt.Sprintf("did you mean %q?", s)
			}
			d.add("unknown-key", p.k, fmt.Sprintf("unknown key %q", p.k.Value), hint)
			continue
		}
		d.value(p.v, v.FieldByIndex(idx), fmt.Sprintf("%q", p.k.Value))
	}
}

// pair is one key and its value in a mapping.
type pair struct{ k, v *yaml.Node }

// pairs lists mapping n's entries with merge keys expanded (explicit keys
// win, then earlier merge sources), reporting duplicate and non-text keys.
func (d *decoder) pairs(n *yaml.Node) []pair {
	var out, merged []pair
	first := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		switch {
		case k.Kind == yaml.ScalarNode && k.Tag == "!!merge":
			merged = append(merged, d.mergeSources(v)...)
		case k.Kind != yaml.ScalarNode:
			d.add("wrong-type", k, "a key must be a plain name, got "+describeNode(k), "")
		case first[k.Value] != nil:
			d.add("duplicate-key", k, fmt.Sprintf("duplicate key %q: it is already set on line %d", k.Value, first[k.Value].Line),
				"keep only one of them")
		default:
			first[k.Value] = k
			out = append(out, pair{k, v})
		}
	}
	for _, p := range merged {
		if first[p.k.Value] == nil {
			first[p.k.Value] = p.k
			out = append(out, p)
		}
	}
	return out
}

// mergeSources returns the entries that "<<: *base" or "<<: [*a, *b]" brings in.
func (d *decoder) mergeSources(v *yaml.Node) []pair {
	for v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	if v.Kind == yaml.MappingNode {
		return d.pairs(v)
	}
	var out []pair
	if v.Kind == yaml.SequenceNode {
		for _, c := range v.Content {
			at := c
			for c.Kind == yaml.AliasNode && c.Alias != nil {
				c = c.Alias
			}
			if c.Kind != yaml.MappingNode {
				d.add("wrong-type", at, `"<<" must merge a mapping, got `+describeNode(c), "")
				continue
			}
			out = append(out, d.pairs(c)...)
		}
		return out
	}
	d.add("wrong-type", v, `"<<" must merge a mapping or a list of mappings, got `+describeNode(v), "")
	return nil
}

// fieldSet is how a struct type's keys map to its fields.
type fieldSet struct {
	byName    map[string][]int
	names     []string // in declaration order, for hints
	line, col []int    // Line and Col fields tagged `yaml:"-"`, if present
	loc       []int    // a Loc field tagged `yaml:"-"`, if present
}

func (d *decoder) fieldsOf(t reflect.Type) *fieldSet {
	if fs := d.fields[t]; fs != nil {
		return fs
	}
	fs := &fieldSet{byName: map[string][]int{}}
	fs.collect(t, nil)
	if fs.line == nil || fs.col == nil {
		fs.line, fs.col = nil, nil // both or neither, so callers never get half a position
	}
	d.fields[t] = fs
	return fs
}

func (fs *fieldSet) collect(t reflect.Type, prefix []int) {
	for i := range t.NumField() {
		sf := t.Field(i)
		idx := append(slices.Clone(prefix), i)
		tag := sf.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		switch {
		case tag == "-":
			if prefix == nil && sf.Type.Kind() == reflect.Int && sf.Name == "Line" {
				fs.line = idx
			} else if prefix == nil && sf.Type.Kind() == reflect.Int && sf.Name == "Col" {
				fs.col = idx
			} else if prefix == nil && sf.Type == locType {
				fs.loc = idx
			}
			continue
		case sf.Type.Kind() == reflect.Struct && slices.Contains(strings.Split(opts, ","), "inline"):
			fs.collect(sf.Type, idx)
			continue
		case !sf.IsExported():
			continue
		case name == "":
			name = strings.ToLower(sf.Name)
		}
		if _, taken := fs.byName[name]; !taken {
			fs.byName[name] = idx
			fs.names = append(fs.names, name)
		}
	}
}

// coreTag reports whether n's tag is one of YAML's core schema (or a
// timestamp, which dates are read from as text).
func coreTag(n *yaml.Node) bool {
	switch n.ShortTag() {
	case "!!str", "!!int", "!!float", "!!bool", "!!null", "!!seq", "!!map", "!!timestamp", "!!merge":
		return true
	}
	return false
}
