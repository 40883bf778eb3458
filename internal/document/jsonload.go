package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/tidwall/gjson"
)

// wrapperKeys are the keys news APIs put their list of articles under.
var wrapperKeys = []string{"documents", "articles", "items", "results", "data"}

// maxDepth bounds nesting so hostile input cannot make gjson recurse
// without end; real articles nest a handful of levels.
const maxDepth = 512

// loadJSON reads a JSON array of records, an object holding such an array,
// or a single record object.
func (l *loader) loadJSON() {
	data := blankBOM(l.data)
	if !l.validJSON(data, 0) {
		return
	}
	root := gjson.ParseBytes(data)
	switch {
	case root.IsArray():
		l.loadArray(root, "")
	case root.IsObject():
		if arr, ptr, ok := findWrapper(root); ok {
			l.loadArray(arr, ptr)
			return
		}
		l.loadRecord(root, place{}, 1)
	default:
		l.add(l.at(diag.Diagnostic{
			Code: "record-not-object", Severity: diag.Error,
			Message: fmt.Sprintf("input is a JSON %s, not an object or an array of objects", typeName(root)),
		}, root.Index))
	}
}

// loadArray turns each element of arr (found at JSON pointer ptr) into a
// document.
func (l *loader) loadArray(arr gjson.Result, ptr string) {
	n := 0
	arr.ForEach(func(_, rec gjson.Result) bool {
		n++
		l.loadRecord(rec, place{pointer: ptr + "/" + strconv.Itoa(n-1)}, n)
		return true
	})
	if n == 0 {
		l.add(l.at(diag.Diagnostic{
			Code: "empty-input", Severity: diag.Warning, Pointer: ptr,
			Message: "the array holds no documents",
		}, arr.Index))
	}
}

// findWrapper finds the array of records inside an API response object:
// under a wrapper key at the top, or one level down (e.g. the Guardian's
// response.results).
func findWrapper(root gjson.Result) (gjson.Result, string, bool) {
	for _, k := range wrapperKeys {
		if v := root.Get(k); v.IsArray() {
			return v, "/" + k, true
		}
	}
	if looksLikeRecord(root) {
		return gjson.Result{}, "", false
	}
	var found gjson.Result
	var ptr string
	root.ForEach(func(key, outer gjson.Result) bool {
		if !outer.IsObject() {
			return true
		}
		for _, k := range wrapperKeys {
			if v := outer.Get(k); v.IsArray() {
				found, ptr = v, "/"+escapePointer(key.String())+"/"+k
				return false
			}
		}
		return true
	})
	return found, ptr, ptr != ""
}

// looksLikeRecord reports whether obj has a default text field, so a
// single article with a "data" sub-object is not mistaken for a response.
func looksLikeRecord(obj gjson.Result) bool {
	for _, p := range defaultPaths["text"] {
		if obj.Get(p).Type == gjson.String {
			return true
		}
	}
	return false
}

// validJSON checks data (which starts at byte base of the input) and
// reports the first syntax error at its line and column.
func (l *loader) validJSON(data []byte, base int) bool {
	if off, ok := depthOK(data); !ok {
		l.add(l.at(diag.Diagnostic{
			Code: "json-too-deep", Severity: diag.Error,
			Message: fmt.Sprintf("JSON nests deeper than %d levels", maxDepth),
		}, base+off))
		return false
	}
	if gjson.ValidBytes(data) {
		return true
	}
	var raw json.RawMessage
	err := json.Unmarshal(data, &raw)
	d := diag.Diagnostic{Code: "json-syntax", Severity: diag.Error, Message: "invalid JSON"}
	off := 0
	var se *json.SyntaxError
	if errors.As(err, &se) {
		d.Message = "invalid JSON: " + se.Error()
		off = int(se.Offset)
		// Offset counts the bad byte itself; point at it, not past it.
		// At the end of input there is no bad byte: point past the last.
		if off > 0 && !strings.Contains(se.Error(), "unexpected end") {
			off--
		}
		if strings.Contains(se.Error(), "after top-level value") {
			d.Hint = "one value per line is JSON Lines; name the file .jsonl or pass --format jsonl"
		}
	}
	l.add(l.at(d, base+off))
	return false
}

// depthOK scans nesting outside strings; it returns the offset where
// maxDepth is passed.
func depthOK(data []byte) (int, bool) {
	depth, inStr, esc := 0, false, false
	for i, c := range data {
		switch {
		case inStr:
			if esc {
				esc = false
			} else if c == '\\' {
				esc = true
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '[' || c == '{':
			depth++
			if depth > maxDepth {
				return i, false
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return 0, true
}

// blankBOM replaces a leading byte order mark with spaces, which JSON
// allows, so offsets still match the input.
func blankBOM(data []byte) []byte {
	if len(data) < len(bom) || string(data[:len(bom)]) != string(bom) {
		return data
	}
	out := make([]byte, len(data))
	copy(out, data)
	copy(out, "   ")
	return out
}

// escapePointer escapes a key for a JSON pointer (RFC 6901).
func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// typeName names a JSON value's type for messages.
func typeName(r gjson.Result) string {
	switch r.Type {
	case gjson.Null:
		return "null"
	case gjson.False, gjson.True:
		return "boolean"
	case gjson.Number:
		return "number"
	case gjson.String:
		return "string"
	}
	if r.IsArray() {
		return "array"
	}
	return "object"
}
