package claimfile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"unicode/utf8"
)

// appendCompact appends v as JSON the way encoding/json decodes it back,
// leaving out every struct field that holds its zero value. A claim has
// about forty fields of which a few are set; written in full, a claims
// file would be mostly zeros. Fields are named by their json tag, or by
// their Go name (encoding/json matches either case back). Only the kinds
// the engine's claim types use are handled: structs, slices, arrays,
// maps with string keys, strings, bools and integers; anything else is
// left to encoding/json, zero fields and all.
func appendCompact(b []byte, v any) []byte {
	return appendValue(b, reflect.ValueOf(v))
}

func appendValue(b []byte, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, "null"...)
		}
		return appendValue(b, v.Elem())
	case reflect.Struct:
		b = append(b, '{')
		b, _ = appendFields(b, v, true)
		return append(b, '}')
	case reflect.Slice:
		if v.IsNil() {
			return append(b, "null"...)
		}
		fallthrough
	case reflect.Array:
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendValue(b, v.Index(i))
		}
		return append(b, ']')
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return appendJSON(b, v.Interface())
		}
		if v.IsNil() {
			return append(b, "null"...)
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = appendValue(b, v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key())))
		}
		return append(b, '}')
	case reflect.String:
		return appendString(b, v.String())
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.AppendUint(b, v.Uint(), 10)
	}
	return appendJSON(b, v.Interface())
}

// appendFields appends the non-zero fields of struct v; embedded structs'
// fields are written inline, as encoding/json reads them.
func appendFields(b []byte, v reflect.Value, first bool) ([]byte, bool) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("json"); ok {
			n, _, _ := bytes.Cut([]byte(tag), []byte(","))
			if string(n) == "-" {
				continue
			}
			if len(n) > 0 {
				name = string(n)
			}
		}
		fv := v.Field(i)
		if f.Anonymous && fv.Kind() == reflect.Struct {
			b, first = appendFields(b, fv, first)
			continue
		}
		if fv.IsZero() {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendString(b, name)
		b = append(b, ':')
		b = appendValue(b, fv)
	}
	return b, first
}

// isZero reports whether *p holds its type's zero value.
func isZero[T any](p *T) bool {
	return reflect.ValueOf(p).Elem().IsZero()
}

// appendJSON appends v as encoding/json writes it, without escaping <, >
// and & (news text is full of them) and without the trailing newline.
func appendJSON(b []byte, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return append(b, "null"...)
	}
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// appendString appends s as a JSON string. Invalid UTF-8 is written as
// encoding/json writes it (U+FFFD), which the document loader has already
// made of it.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, `\u00`...)
				b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, "0123456789abcdef"[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
