package httpapi

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/tidwall/gjson"
)

// envelope is a request object: {"documents": …, "rules": "…", …}.
type envelope struct {
	docs     gjson.Result // the documents value, with its offset in the body
	rules    string
	hasRules bool
	rulesAt  diag.Diagnostic
	opts     *options
}

// members are the keys a request object may hold.
var members = []string{"documents", "rules", "rules_mode", "map", "fail_on", "format", "strict"}

// isEnvelope reports whether a JSON body is a request object: an object
// with a "documents" member. Any other JSON body is the documents
// themselves. A corpus file shaped {"documents": [...]} reads the same
// either way.
func isEnvelope(body []byte) bool {
	// json.Valid scans without recursion, so deep nesting cannot exhaust
	// the stack before gjson (which trusts its input) looks inside.
	if !json.Valid(body) {
		return false
	}
	root := gjson.ParseBytes(body)
	return root.IsObject() && root.Get("documents").Exists()
}

// jsonObject checks that body is one JSON object, or says where it is not.
func jsonObject(body []byte, lines *lineIndex) (diag.Diagnostic, bool) {
	var raw json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		off := 0
		if se, ok := err.(*json.SyntaxError); ok {
			off = int(se.Offset)
		}
		return bad(lines.at(diag.Diagnostic{}, off), "json-syntax", "invalid JSON: "+err.Error()), false
	}
	if !gjson.ParseBytes(body).IsObject() {
		return bad(lines.at(diag.Diagnostic{Pointer: ""}, 0), "bad-json", `the body must be a JSON object, like {"rules": "…"}`), false
	}
	return diag.Diagnostic{}, true
}

// readEnvelope reads a request object's members, placing every problem
// by JSON pointer and line:col in the body. allowed names the members
// this endpoint takes.
func readEnvelope(body []byte, lines *lineIndex, allowed []string) *envelope {
	e := &envelope{opts: &options{single: map[string]option{}}}
	seen := map[string]bool{}
	gjson.ParseBytes(body).ForEach(func(key, v gjson.Result) bool {
		k := key.String()
		at := lines.at(diag.Diagnostic{Pointer: "/" + escapePointer(k)}, v.Index)
		if seen[k] {
			e.opts.diags = append(e.opts.diags, bad(at, "repeated-member", fmt.Sprintf("member %q is given twice", k)))
			return true
		}
		seen[k] = true
		switch {
		case !contains(allowed, k):
			d := bad(lines.at(diag.Diagnostic{Pointer: "/" + escapePointer(k)}, key.Index), "unknown-member", fmt.Sprintf("unknown member %q", k))
			d.Hint = hint(k, allowed, "members are "+strings.Join(allowed, ", ")+`; to send an object with other members as the documents, put it under "documents"`)
			e.opts.diags = append(e.opts.diags, d)
		case k == "documents" && (v.IsArray() || v.IsObject() || v.Type == gjson.String):
			e.docs = v
		case k == "documents":
			e.opts.diags = append(e.opts.diags, bad(at, "member-type", `"documents" must be an array, an object or a string (JSON, JSON Lines or text), not `+typeOf(v)))
		case k == "map":
			e.readMap(v, lines)
		case k == "strict" && (v.Type == gjson.True || v.Type == gjson.False):
			e.opts.single[k] = option{v.Raw, at}
		case k == "strict":
			e.opts.diags = append(e.opts.diags, bad(at, "member-type", fmt.Sprintf(`"strict" must be a boolean, not %s`, typeOf(v))))
		case v.Type != gjson.String:
			e.opts.diags = append(e.opts.diags, bad(at, "member-type", fmt.Sprintf("%q must be a string, not %s", k, typeOf(v))))
		case k == "rules":
			e.rules, e.hasRules, e.rulesAt = v.String(), true, at
		default:
			e.opts.single[k] = option{v.String(), at}
		}
		return true
	})
	return e
}

// readMap reads {"text": "article.body", …} into FIELD=PATH mappings.
func (e *envelope) readMap(v gjson.Result, lines *lineIndex) {
	if !v.IsObject() {
		at := lines.at(diag.Diagnostic{Pointer: "/map"}, v.Index)
		e.opts.diags = append(e.opts.diags, bad(at, "member-type", fmt.Sprintf(`"map" must be an object of field names to JSON paths, like {"text": "article.body"}, not %s`, typeOf(v))))
		return
	}
	var keys []string
	vals := map[string]gjson.Result{}
	v.ForEach(func(k, p gjson.Result) bool {
		keys = append(keys, k.String())
		vals[k.String()] = p
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		p := vals[k]
		at := lines.at(diag.Diagnostic{Pointer: "/map/" + escapePointer(k)}, p.Index)
		if p.Type != gjson.String {
			e.opts.diags = append(e.opts.diags, bad(at, "member-type", fmt.Sprintf("map %q must be a string (a JSON path), not %s", k, typeOf(p))))
			continue
		}
		e.opts.maps = append(e.opts.maps, option{k + "=" + p.String(), at})
	}
}

// typeOf names a JSON value's type for messages.
func typeOf(v gjson.Result) string {
	switch {
	case v.IsObject():
		return "an object"
	case v.IsArray():
		return "an array"
	case v.Type == gjson.String:
		return "a string"
	case v.Type == gjson.Number:
		return "a number"
	case v.Type == gjson.True, v.Type == gjson.False:
		return "a boolean"
	}
	return "null"
}

// escapePointer escapes a key for a JSON pointer (RFC 6901).
func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}
